package dev.linkwright.ui.canvas;

import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * Zoom and pan gestures of the canvas: Ctrl+wheel and pinch zoom around the pointer; the middle
 * button, or the left button while Space is held, drags the view; +/- zoom when the canvas has the
 * focus. (Plain wheel and the scroll bars scroll, as the scroll pane does by itself.)
 */
final class CanvasGestures {

    private final DiagramCanvas canvas;
    private final ScrollPane scroll;
    private boolean spaceDown;
    private boolean panning;
    private double lastX;
    private double lastY;

    CanvasGestures(DiagramCanvas canvas, ScrollPane scroll) {
        this.canvas = canvas;
        this.scroll = scroll;
    }

    void install() {
        scroll.addEventFilter(ScrollEvent.SCROLL, this::wheel);
        scroll.addEventFilter(ZoomEvent.ZOOM, e -> {
            canvas.zoomAt(canvas.getZoom() * e.getZoomFactor(), new Point2D(e.getSceneX(), e.getSceneY()));
            e.consume();
        });
        scroll.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        scroll.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        scroll.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        canvas.addEventFilter(KeyEvent.KEY_RELEASED, this::keyReleased);
    }

    private void wheel(ScrollEvent e) {
        if (!e.isShortcutDown() && !e.isControlDown()) {
            return;
        }
        if (e.getDeltaY() != 0) {
            double factor = Math.pow(1.0015, e.getDeltaY());
            canvas.zoomAt(canvas.getZoom() * factor, new Point2D(e.getSceneX(), e.getSceneY()));
        }
        e.consume();
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            panning = true;
            lastX = e.getScreenX();
            lastY = e.getScreenY();
            canvas.setCursor(Cursor.CLOSED_HAND);
            canvas.requestFocus();
            e.consume();
        }
    }

    private void dragged(MouseEvent e) {
        if (!panning) {
            return;
        }
        canvas.scrollBy(lastX - e.getScreenX(), lastY - e.getScreenY());
        lastX = e.getScreenX();
        lastY = e.getScreenY();
        e.consume();
    }

    private void released(MouseEvent e) {
        if (!panning) {
            return;
        }
        panning = false;
        canvas.setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            spaceDown = true;
            if (!panning) {
                canvas.setCursor(Cursor.OPEN_HAND);
            }
            e.consume();
            return;
        }
        if (e.isShortcutDown() || e.isAltDown()) {
            return; // menu accelerators
        }
        switch (e.getCode()) {
            case PLUS: case EQUALS: case ADD:
                canvas.zoomIn();
                e.consume();
                break;
            case MINUS: case SUBTRACT:
                canvas.zoomOut();
                e.consume();
                break;
            case ESCAPE:
                if (!canvas.cancelGesture()) {
                    canvas.getSelection().clear();
                }
                e.consume();
                break;
            default:
                break;
        }
    }

    private void keyReleased(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            spaceDown = false;
            if (!panning) {
                canvas.setCursor(Cursor.DEFAULT);
            }
            e.consume();
        }
    }
}
