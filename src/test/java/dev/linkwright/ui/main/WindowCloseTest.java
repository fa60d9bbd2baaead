package dev.linkwright.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.app.LinkwrightApp;
import dev.linkwright.command.SetDesignInfo;
import dev.linkwright.io.BuiltInSamples;
import dev.linkwright.ui.common.RecentFiles;
import dev.linkwright.ui.testing.FakeDialogs;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Closing the window (title bar, Alt+F4) never drops unsaved work without asking. */
@ExtendWith(ApplicationExtension.class)
class WindowCloseTest {

    private int asked;
    private final FakeDialogs dialogs = new FakeDialogs() {
        @Override
        public SaveChoice askToSaveChanges(String documentName) {
            asked++;
            return SaveChoice.CANCEL;
        }
    };
    private MainWindowViewModel model;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        model = new MainWindowViewModel(dialogs, new RecentFiles(RecentFiles.inMemory()), "test");
        LinkwrightApp.open(s, model);
        model.openSample(BuiltInSamples.DEFAULT);
        s.show();
    }

    @Test
    void closingWithUnsavedWorkAsksAndCancelKeepsTheWindowAndTheWork() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.execute(new SetDesignInfo("unsaved", ""))).get();
        WaitForAsyncUtils.asyncFx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST))).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).isEqualTo(1);
        assertThat(stage.isShowing()).isTrue();
        assertThat(model.hasUnsavedChanges()).isTrue();
        assertThat(model.getDesign().title()).isEqualTo("unsaved");
    }
}
