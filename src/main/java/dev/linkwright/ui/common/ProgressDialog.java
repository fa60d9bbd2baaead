package dev.linkwright.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * A small window showing how far long work has come, with a Cancel button; closing it cancels too.
 * It does not block the caller: the work runs elsewhere and {@link #close()} is called when it ends.
 *
 * <pre>{@code
 * ProgressDialog d = ProgressDialog.show(window, "Importing AWS snapshot", vm.messageProperty(), vm.progressProperty(), vm::cancel);
 * vm.runningProperty().addListener((o, was, running) -> { if (!running) d.close(); });
 * }</pre>
 */
public final class ProgressDialog {

    private final Stage stage;
    private boolean closing;

    private ProgressDialog(Stage stage) {
        this.stage = stage;
    }

    /**
     * Shows the dialog over {@code owner} (which it blocks: the work replaces or reads what the
     * window shows). {@code progress} is 0 to 1, or negative while unknown.
     */
    public static ProgressDialog show(Window owner, String title, ObservableValue<String> message,
                                      ObservableValue<? extends Number> progress, Runnable cancel) {
        Stage stage = new Stage(StageStyle.UTILITY);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(title);
        stage.setResizable(false);
        Label heading = new Label(title);
        heading.getStyleClass().add("title-4");
        heading.setId("progress-title");
        ProgressBar bar = new ProgressBar();
        bar.setId("progress-bar");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> {
            Number n = progress.getValue();
            return n == null || n.doubleValue() < 0 ? ProgressBar.INDETERMINATE_PROGRESS : Math.min(1, n.doubleValue());
        }, progress));
        Label text = new Label();
        text.setId("progress-message");
        text.getStyleClass().add("text-muted");
        text.setMaxWidth(420);
        text.textProperty().bind(message);
        Button cancelButton = new Button("Cancel");
        cancelButton.setId("progress-cancel");
        cancelButton.setCancelButton(true);
        ProgressDialog dialog = new ProgressDialog(stage);
        cancelButton.setOnAction(e -> {
            cancelButton.setDisable(true);
            cancelButton.setText("Cancelling…");
            cancel.run();
        });
        stage.setOnCloseRequest(e -> {
            if (!dialog.closing) {
                e.consume(); // the work ends first; its end closes the dialog
                cancelButton.fire();
            }
        });
        HBox buttons = new HBox(cancelButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(10, heading, bar, text, buttons);
        box.setPadding(new Insets(16, 18, 14, 18));
        box.setId("progress-dialog");
        stage.setScene(new Scene(box));
        stage.show();
        return dialog;
    }

    /** Closes the dialog (the work has ended). */
    public void close() {
        closing = true;
        stage.close();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }
}
