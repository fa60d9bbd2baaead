package dev.linkwright.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.app.LinkwrightApp;
import dev.linkwright.io.BuiltInSamples;
import dev.linkwright.ui.common.RecentFiles;
import dev.linkwright.ui.common.Theme;
import dev.linkwright.ui.export.ExportViewModel;
import dev.linkwright.ui.testing.FakeDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Export as a user drives it. */
@ExtendWith(ApplicationExtension.class)
class ExportWindowTest {

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

    @Test
    void exportingToSvgAndTerraformThroughTheDialog(FxRobot robot) throws Exception {
        robot.clickOn("File").clickOn("Export…");
        waitUntil(() -> window.view().exportDialog() != null && window.view().exportDialog().stage().isShowing());
        ExportViewModel vm = window.view().exportDialog().model();
        waitUntil(() -> vm.previewProperty().get() instanceof ExportViewModel.Picture);
        ImageView image = robot.lookup("#export-preview-image").queryAs(ImageView.class);
        assertThat(image.getImage()).isNotNull();
        assertThat(image.getImage().getWidth()).isPositive();

        dialogs.filesToSave.add(dir.resolve("diagram"));
        robot.clickOn("#export-run");
        waitUntil(() -> vm.summaryProperty().get() != null);
        assertThat(Files.readString(dir.resolve("diagram.svg"))).contains("<svg").contains("vpc-a");
        ListView<?> summary = robot.lookup("#export-summary").queryAs(ListView.class);
        assertThat(summary.isVisible()).isTrue();
        assertThat(summary.getItems().get(0).toString()).startsWith("Exported");

        robot.clickOn("#export-format-tf-json");
        waitUntil(() -> vm.previewProperty().get() instanceof ExportViewModel.Text);
        assertThat(robot.lookup("#export-preview-text").queryAs(TextArea.class).getText()).startsWith("{");
        dialogs.filesToSave.add(dir.resolve("network"));
        robot.clickOn("#export-run");
        waitUntil(() -> vm.summaryProperty().get() != null && Files.exists(dir.resolve("network.tf.json")));
        assertThat(Files.readString(dir.resolve("network.tf.json"))).contains("aws_vpc");
        assertThat(dialogs.saveTypes).extracting(t -> t.extension()).containsExactly(".svg", ".tf.json");

        robot.clickOn("#export-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.view().exportDialog().stage().isShowing()).isFalse();
    }
}
