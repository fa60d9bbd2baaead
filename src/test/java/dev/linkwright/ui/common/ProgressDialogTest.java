package dev.linkwright.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The progress dialog follows the work and cancels it; the work's end closes it. */
@ExtendWith(ApplicationExtension.class)
class ProgressDialogTest {

    private Stage owner;
    private final SimpleStringProperty message = new SimpleStringProperty("Reading Vpcs.json");
    private final SimpleDoubleProperty progress = new SimpleDoubleProperty(-1);
    private final AtomicInteger cancels = new AtomicInteger();
    private ProgressDialog dialog;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 600, 400));
        stage.show();
        dialog = ProgressDialog.show(stage, "Importing test-subnet", message, progress, cancels::incrementAndGet);
    }

    @Test
    void theDialogShowsProgressAndCancelsTheWork(FxRobot robot) {
        ProgressBar bar = robot.lookup("#progress-bar").queryAs(ProgressBar.class);
        assertThat(bar.getProgress()).as("unknown at first").isEqualTo(ProgressBar.INDETERMINATE_PROGRESS);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            progress.set(0.25);
            message.set("Reading Subnets.json");
        });
        assertThat(bar.getProgress()).isEqualTo(0.25);
        assertThat(robot.lookup("#progress-message").queryAs(Label.class).getText()).isEqualTo("Reading Subnets.json");

        robot.clickOn("#progress-cancel");
        assertThat(cancels.get()).isEqualTo(1);
        Button cancel = robot.lookup("#progress-cancel").queryButton();
        assertThat(cancel.isDisabled()).isTrue();
        assertThat(cancel.getText()).isEqualTo("Cancelling…");
        assertThat(dialog.isShowing()).as("open until the work has stopped").isTrue();

        WaitForAsyncUtils.waitForAsyncFx(5000, dialog::close);
        assertThat(dialog.isShowing()).isFalse();
        assertThat(owner.isShowing()).isTrue();
    }
}
