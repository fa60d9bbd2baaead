package dev.linkwright.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.diagnostics.CrashReport;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dialog of an unexpected error: a sentence up front, the trace folded away, details to copy. */
@ExtendWith(ApplicationExtension.class)
class CrashDialogTest {

    private final CrashReport report = new CrashReport("Something went wrong", "Linkwright hit an unexpected problem (boom).",
            "Linkwright 0.1.0\n\njava.lang.IllegalStateException: boom\n\tat somewhere");
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        s.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        s.show();
    }

    @Test
    void anOwnerWithoutASceneDoesNotStopTheDialog() throws Exception {
        Alert alert = WaitForAsyncUtils.asyncFx(() -> new CrashDialog(Stage::new).build(report)).get();
        assertThat(alert.getOwner()).isNull();
    }

    @Test
    void theMessageShowsTheTraceIsFoldedAwayAndCopyDetailsCopiesWithoutClosing() throws Exception {
        Alert alert = WaitForAsyncUtils.asyncFx(() -> new CrashDialog(() -> stage).build(report)).get();
        assertThat(((Label) alert.getDialogPane().getContent()).getText()).isEqualTo(report.message());
        assertThat(alert.getDialogPane().isExpanded()).isFalse();
        WaitForAsyncUtils.asyncFx(alert::show).get();
        Button copy = (Button) alert.getDialogPane().lookup("#crash-copy-details");
        WaitForAsyncUtils.asyncFx(copy::fire).get();
        assertThat(alert.isShowing()).as("copying does not close the dialog").isTrue();
        assertThat(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get()).isEqualTo(report.details());
        WaitForAsyncUtils.asyncFx(alert::close).get();
    }
}
