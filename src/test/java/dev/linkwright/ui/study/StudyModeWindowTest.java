package dev.linkwright.ui.study;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.app.LinkwrightApp;
import dev.linkwright.io.BuiltInSamples;
import dev.linkwright.study.ProgressStore;
import dev.linkwright.study.StudyProgress;
import dev.linkwright.study.StudyTestPacks;
import dev.linkwright.ui.common.RecentFiles;
import dev.linkwright.ui.common.Theme;
import dev.linkwright.ui.main.MainWindowViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window switches between the design and Study mode, and back, keeping the design. */
@ExtendWith(ApplicationExtension.class)
class StudyModeWindowTest {

    @TempDir
    static Path dir;
    private LinkwrightApp.MainWindow window;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        MainWindowViewModel model = new MainWindowViewModel(new SilentDialogs(), new RecentFiles(RecentFiles.inMemory()), "test");
        window = LinkwrightApp.open(stage, model);
        window.view().setStudyFactory(() -> {
            try {
                return new StudyView(new StudyViewModel(List.of(StudyTestPacks.allModes()), new ProgressStore(dir.resolve("p.json")),
                        new StudyProgress("tester")));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        model.openSample(BuiltInSamples.DEFAULT);
        stage.setWidth(1260);
        stage.setHeight(780);
        stage.show();
    }

    /** Dialogs that choose nothing and show nothing. */
    static final class SilentDialogs implements dev.linkwright.ui.common.DialogService {
        @Override
        public java.util.Optional<Path> chooseFileToOpen(String title, Path initialDirectory) {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<Path> chooseFileToSave(String title, Path initialDirectory, String suggestedName) {
            return java.util.Optional.empty();
        }

        @Override
        public void showError(String headline, String message, List<String> details) {
        }

        @Override
        public void showInformation(String headline, String message) {
        }
    }

    @Test
    void theModeSwitchShowsStudyModeAndTheDesignAgain(FxRobot robot) {
        Node designCanvas = window.view().canvas();
        robot.clickOn("#tool-mode-study");
        assertThat(robot.lookup("#study-view").tryQuery()).isPresent();
        assertThat(designCanvas.getScene()).isNull();
        assertThat(window.view().studyModeProperty().get()).isTrue();
        assertThat(robot.lookup("#tool-undo").query().isVisible()).as("design tools hidden in Study mode").isFalse();
        assertThat(robot.lookup("#tool-zoom-in").query().isVisible()).isFalse();
        assertThat(robot.lookup("#tool-mode-design").query().isVisible()).isTrue();

        robot.clickOn("#tool-mode-design");
        assertThat(robot.lookup("#study-view").tryQuery()).isEmpty();
        assertThat(designCanvas.getScene()).isSameAs(window.stage().getScene());
        assertThat(robot.lookup("#tool-undo").query().isVisible()).as("and back in Design mode").isTrue();
        assertThat(window.model().getDesign().topology().size()).isPositive();

        robot.clickOn("Study").clickOn("Study Mode");
        assertThat(robot.lookup("#study-view").tryQuery()).isPresent();
        assertThat(window.view().studyView()).isNotNull();
    }

    @Test
    void theBuiltInPacksLoadInTheBackground(FxRobot robot) throws Exception {
        Node[] holder = new Node[1];
        robot.interact(() -> {
            holder[0] = StudyView.builtIn(new ProgressStore(dir.resolve("builtin.json")), null);
            ((javafx.scene.layout.BorderPane) window.view()).setCenter(holder[0]);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> ((StackPane) holder[0]).getChildren().get(0) instanceof StudyView);
        StudyView view = (StudyView) ((StackPane) holder[0]).getChildren().get(0);
        assertThat(view.model().exercises()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(view.model().topics()).hasSize(7);
    }
}
