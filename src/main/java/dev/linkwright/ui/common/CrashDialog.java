package dev.linkwright.ui.common;

import dev.linkwright.diagnostics.CrashReport;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/**
 * Shows a {@link CrashReport}: the headline and a sentence, the details folded away, a "Copy
 * details" button for bug reports and OK. Only one is open at a time: errors that follow while it
 * is open (often the same error again) are logged, not shown. Callable from any thread.
 */
public final class CrashDialog {

    private final Supplier<Window> owner;
    private boolean open;

    public CrashDialog(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** Shows {@code report} on the JavaFX thread, unless a report is already open. */
    public void show(CrashReport report) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> show(report));
            return;
        }
        if (open) {
            return;
        }
        open = true;
        try {
            build(report).showAndWait();
        } finally {
            open = false;
        }
    }

    /** The dialog of {@code report}, not shown: for tests. */
    public Alert build(CrashReport report) {
        ButtonType copy = new ButtonType("Copy details", ButtonBar.ButtonData.LEFT);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", copy, ButtonType.OK);
        Window w = owner.get();
        if (w != null && w.getScene() != null) { // an owner without a scene would make this dialog fail too
            alert.initOwner(w);
        }
        alert.setTitle("Linkwright");
        alert.setHeaderText(report.headline());
        Label message = new Label(report.message());
        message.setWrapText(true);
        message.setPrefWidth(520);
        alert.getDialogPane().setContent(message);
        TextArea details = new TextArea(report.details());
        details.setEditable(false);
        details.setId("crash-details");
        details.setPrefRowCount(14);
        alert.getDialogPane().setExpandableContent(details);
        alert.getDialogPane().getStyleClass().add("crash-dialog");
        Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
        copyButton.setId("crash-copy-details");
        copyButton.addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(report.details());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            e.consume(); // copying does not close the dialog
        });
        return alert;
    }
}
