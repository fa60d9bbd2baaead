package dev.linkwright.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.app.LinkwrightApp;
import dev.linkwright.io.BuiltInSamples;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Vpc;
import dev.linkwright.testing.SharedFiles;
import dev.linkwright.ui.awsimport.AwsImportViewModel;
import dev.linkwright.ui.common.RecentFiles;
import dev.linkwright.ui.common.Theme;
import dev.linkwright.ui.testing.FakeDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Import ▸ AWS snapshot folder as a user drives it. */
@ExtendWith(ApplicationExtension.class)
class ImportWindowTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private MainWindowViewModel model;
    private LinkwrightApp.MainWindow window;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        model = new MainWindowViewModel(dialogs, new RecentFiles(RecentFiles.inMemory()), "test");
        window = LinkwrightApp.open(stage, model);
        model.openSample(BuiltInSamples.DEFAULT);
        stage.show();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Path snapshot(String name) {
        return SharedFiles.root().resolve("aws-snapshots/batfish").resolve(name);
    }

    @Test
    void importingASnapshotFolderOpensItAndShowsTheReport(FxRobot robot) throws Exception {
        dialogs.folders.add(snapshot("test-vpc-peering"));
        robot.clickOn("File").clickOn("Import").clickOn("AWS Snapshot Folder…");
        AwsImportViewModel vm = window.view().awsImport().model();
        waitUntil(() -> vm.outcomeProperty().get() == AwsImportViewModel.Outcome.IMPORTED);

        assertThat(window.stage().getTitle()).as("unsaved: marked with *").isEqualTo("Linkwright — *test-vpc-peering");
        assertThat(model.getFile()).as("not saved yet").isNull();
        assertThat(model.hasUnsavedChanges()).isTrue();
        assertThat(robot.lookup("#import-report-headline").queryAs(Label.class).getText())
                .startsWith("Imported test-vpc-peering").contains(model.getDesign().topology().size() + " elements");
        TableView<?> kinds = robot.lookup("#import-report-kinds").queryAs(TableView.class);
        assertThat(kinds.getItems()).isNotEmpty();
        assertThat(window.view().panels().getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-import-report");
        Vpc vpc = model.getDesign().topology().all(Vpc.class).get(0);
        assertThat(window.view().canvas().nodeFor(vpc.id())).isPresent();
        waitUntil(() -> window.view().findings().model().upToDateProperty().get());
        assertThat(window.view().findings().model().lastResult().elementCount()).isEqualTo(model.getDesign().topology().size());
        assertThat(robot.lookup("#progress-dialog").tryQuery()).as("the progress dialog is gone").isEmpty();

        // a second import replaces unsaved work only after asking
        dialogs.folders.add(snapshot("test-subnet"));
        dialogs.answers.add(false);
        robot.clickOn("File").clickOn("Import").clickOn("AWS Snapshot Folder…");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.questions).hasSize(1);
        assertThat(window.stage().getTitle()).as("unsaved: marked with *").isEqualTo("Linkwright — *test-vpc-peering");
    }

    @Test
    void aBrokenSnapshotIsReportedAndTheDesignStays(FxRobot robot) throws Exception {
        Path folder = dir.resolve("broken");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("Subnets.json"), "{\"Subnets\": [ {\"SubnetId\": \"subnet-1\",, } ]}");
        dialogs.folders.add(folder);
        robot.clickOn("File").clickOn("Import").clickOn("AWS Snapshot Folder…");
        waitUntil(() -> window.view().awsImport().model().outcomeProperty().get() == AwsImportViewModel.Outcome.FAILED);
        assertThat(dialogs.errors).singleElement().satisfies(e -> {
            assertThat(e.headline()).isEqualTo("Cannot import broken");
            assertThat(e.details()).singleElement().asString().startsWith("Subnets.json:1:");
        });
        assertThat(model.getDesign().topology().contains(ElementId.of("vpc-a"))).isTrue();
    }
}
