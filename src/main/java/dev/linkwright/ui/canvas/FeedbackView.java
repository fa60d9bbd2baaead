package dev.linkwright.ui.canvas;

import dev.linkwright.model.Bounds;
import javafx.animation.PauseTransition;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * Drag feedback on the canvas: the element that would receive a drop outlined in green (allowed)
 * or red (refused), and a message beside the pointer saying what will happen or why not. A refused
 * drop leaves its message on screen for a few seconds ("flash"), in place, never as a dialog.
 */
final class FeedbackView {

    static final Color ALLOWED = Color.web("#1A7F37");
    static final Color REFUSED = Color.web("#D1242F");

    private final Rectangle highlight = new Rectangle();
    private final Label label = new Label();
    private final PauseTransition linger = new PauseTransition(Duration.seconds(4));

    FeedbackView() {
        highlight.setVisible(false);
        highlight.setMouseTransparent(true);
        highlight.setStrokeWidth(3);
        highlight.setArcWidth(8);
        highlight.setArcHeight(8);
        highlight.getStyleClass().add("drop-target");
        label.setVisible(false);
        label.setManaged(false);
        label.setWrapText(true);
        label.setMaxWidth(420);
        label.getStyleClass().add("drop-message");
        linger.setOnFinished(e -> label.setVisible(false));
    }

    Rectangle highlight() {
        return highlight;
    }

    Label label() {
        return label;
    }

    /** Outlines {@code target} (diagram units; none when null) and shows {@code message} near {@code pointer}. */
    void show(Bounds target, boolean allowed, String message, Point2D pointer, double maxW, double maxH) {
        linger.stop();
        Color c = allowed ? ALLOWED : REFUSED;
        if (target != null) {
            highlight.setX(target.x() - 3);
            highlight.setY(target.y() - 3);
            highlight.setWidth(target.width() + 6);
            highlight.setHeight(target.height() + 6);
            highlight.setStroke(c);
            highlight.setFill(c.deriveColor(0, 1, 1, 0.08));
            highlight.getStyleClass().setAll("drop-target", allowed ? "drop-allowed" : "drop-refused");
            highlight.setVisible(true);
        } else {
            highlight.setVisible(false);
        }
        place(message, allowed, pointer, maxW, maxH);
    }

    /** Shows {@code message} near {@code pointer} for a few seconds. */
    void flash(String message, boolean error, Point2D pointer, double maxW, double maxH) {
        highlight.setVisible(false);
        place(message, !error, pointer, maxW, maxH);
        label.getStyleClass().add("flash");
        linger.playFromStart();
    }

    private void place(String message, boolean allowed, Point2D pointer, double maxW, double maxH) {
        if (message == null || message.isEmpty() || pointer == null) {
            label.setVisible(false);
            return;
        }
        label.setText(message);
        label.getStyleClass().setAll("label", "drop-message", allowed ? "drop-allowed" : "drop-refused");
        label.setStyle("-fx-background-color: " + (allowed ? "#1A7F37" : "#D1242F") + "; -fx-text-fill: white; "
                + "-fx-padding: 5 9 5 9; -fx-background-radius: 6; -fx-font-size: 12px;");
        label.applyCss();
        double w = Math.min(420, label.prefWidth(-1));
        double h = label.prefHeight(w);
        label.resize(w, h);
        double x = pointer.getX() + 18;
        double y = pointer.getY() + 20;
        if (maxW > 0 && x + w > maxW - 8) {
            x = Math.max(8, pointer.getX() - w - 12);
        }
        if (maxH > 0 && y + h > maxH - 8) {
            y = Math.max(8, pointer.getY() - h - 12);
        }
        label.relocate(x, y);
        label.setVisible(true);
    }

    void clear() {
        highlight.setVisible(false);
        if (linger.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            label.setVisible(false);
        }
    }
}
