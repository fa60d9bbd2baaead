package dev.linkwright.ui.canvas;

import dev.linkwright.diagram.DiagramGeometry;
import dev.linkwright.diagram.DiagramNode;
import dev.linkwright.diagram.NodeShape;
import dev.linkwright.model.Bounds;
import dev.linkwright.model.ElementId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * The editing gestures of the canvas, in the manner of GEF: a drag previews live, commits once on
 * release (one command, one undo entry) and rolls back on Esc.
 *
 * <ul>
 * <li>Select tool: click selects, shift-click adds or removes, a drag on the background draws a
 * marquee (elements fully inside are selected), a drag on a selected element moves the selection
 * (into another container when dropped on one that may hold it, which is highlighted; a container
 * that may not says why), the handle at a selected container's corner resizes it.</li>
 * <li>Connect tool: drag from one element to another; the target lights up green when the pair
 * connects, red with the reason when not.</li>
 * </ul>
 */
final class EditGestures {

    /** Pointer travel (screen pixels) before a press becomes a drag. */
    private static final double DRAG_THRESHOLD = 4;

    private enum Mode { NONE, PRESSED, MOVING, BACKGROUND, MARQUEE, RESIZE, CONNECT }

    private final DiagramCanvas canvas;
    private final ScrollPane scroll;
    private final Rectangle marquee = new Rectangle();
    private final Rectangle ghost = new Rectangle();
    private final Line rubber = new Line();
    private CanvasEditing editor;

    private Mode mode = Mode.NONE;
    private Point2D pressDiagram;
    private double pressSceneX;
    private double pressSceneY;
    private ElementId pressed;
    private Set<ElementId> dragIds = Set.of();
    private Set<ElementId> dragInside = Set.of();
    private double dx;
    private double dy;
    private ElementId under;
    private ElementId resizeId;
    private Bounds resizeStart;
    private Bounds resizeTo;
    private ElementId connectTo;
    private boolean shift;

    EditGestures(DiagramCanvas canvas, ScrollPane scroll) {
        this.canvas = canvas;
        this.scroll = scroll;
        marquee.getStyleClass().add("marquee");
        marquee.setFill(RenderContext.SELECTION.deriveColor(0, 1, 1, 0.08));
        marquee.setStroke(RenderContext.SELECTION);
        marquee.getStrokeDashArray().setAll(5.0, 4.0);
        marquee.setMouseTransparent(true);
        ghost.getStyleClass().add("resize-ghost");
        ghost.setFill(Color.TRANSPARENT);
        ghost.setStroke(RenderContext.SELECTION);
        ghost.setStrokeWidth(2);
        ghost.getStrokeDashArray().setAll(6.0, 4.0);
        ghost.setMouseTransparent(true);
        rubber.getStyleClass().add("connect-line");
        rubber.setStroke(RenderContext.SELECTION);
        rubber.setStrokeWidth(2.5);
        rubber.getStrokeDashArray().setAll(8.0, 5.0);
        rubber.setMouseTransparent(true);
    }

    void setEditor(CanvasEditing editor) {
        this.editor = editor;
    }

    /**
     * A press is handled as it bubbles (so a pan gesture, which consumes it first, wins); drags and
     * the release of a gesture that started here are taken before the scroll pane's skin sees them.
     */
    void install() {
        scroll.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        scroll.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        scroll.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
    }

    private DiagramGeometry geometry() {
        return canvas.getGeometry();
    }

    private DiagramSelection selection() {
        return canvas.getSelection();
    }

    // ---- press ----------------------------------------------------------------------------------------

    private void pressed(MouseEvent e) {
        if (editor == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        cancel();
        canvas.requestFocus();
        pressDiagram = canvas.toDiagram(e.getSceneX(), e.getSceneY());
        pressSceneX = e.getSceneX();
        pressSceneY = e.getSceneY();
        shift = e.isShiftDown();
        Node picked = e.getPickResult().getIntersectedNode();
        ElementId handle = DiagramCanvas.resizeHandleAt(picked);
        if (handle != null && geometry().node(handle).isPresent()) {
            mode = Mode.RESIZE;
            resizeId = handle;
            resizeStart = geometry().get(handle).bounds();
            resizeTo = resizeStart;
            showGhost(resizeStart);
            e.consume();
            return;
        }
        pressed = DiagramCanvas.elementAt(picked);
        if (editor.tool() == CanvasEditing.Tool.CONNECT) {
            if (pressed != null) {
                mode = Mode.CONNECT;
                selection().select(pressed);
                Point2D from = centreOf(pressed);
                rubber.setStartX(from.getX());
                rubber.setStartY(from.getY());
                rubber.setEndX(from.getX());
                rubber.setEndY(from.getY());
                canvas.overlay().getChildren().add(rubber);
            }
            e.consume();
            return;
        }
        if (pressed == null || (!shift && isBodyOfUnselectedGroup(pressed, pressDiagram))) {
            mode = Mode.BACKGROUND; // a drag draws a marquee; a click selects the container (or clears)
            return;
        }
        if (shift) {
            selection().toggle(pressed);
        } else if (!selection().isSelected(pressed)) {
            selection().select(pressed);
        }
        mode = selection().isSelected(pressed) ? Mode.PRESSED : Mode.NONE;
        dragIds = new LinkedHashSet<>(selection().getSelectedIds());
        e.consume();
    }

    // ---- drag -----------------------------------------------------------------------------------------

    private void dragged(MouseEvent e) {
        if (mode == Mode.NONE) {
            return;
        }
        Point2D p = canvas.toDiagram(e.getSceneX(), e.getSceneY());
        boolean far = Math.hypot(e.getSceneX() - pressSceneX, e.getSceneY() - pressSceneY) >= DRAG_THRESHOLD;
        switch (mode) {
            case PRESSED:
                if (far) {
                    mode = Mode.MOVING;
                    dragInside = canvas.drawnInside(dragIds);
                    moveTo(p, e);
                }
                break;
            case MOVING:
                moveTo(p, e);
                break;
            case BACKGROUND:
                if (far) {
                    mode = Mode.MARQUEE;
                    canvas.overlay().getChildren().add(marquee);
                    marqueeTo(p);
                }
                break;
            case MARQUEE:
                marqueeTo(p);
                break;
            case RESIZE:
                resizeTo(p, e);
                break;
            case CONNECT:
                connectTo(p, e);
                break;
            default:
                break;
        }
        e.consume();
    }

    private void moveTo(Point2D p, MouseEvent e) {
        dx = p.getX() - pressDiagram.getX();
        dy = p.getY() - pressDiagram.getY();
        canvas.previewMove(dragIds, dx, dy);
        under = containerAt(p, dragInside);
        DropFeedback f = editor.checkMove(dragIds, under);
        canvas.showFeedback(f, e.getSceneX(), e.getSceneY());
    }

    private void marqueeTo(Point2D p) {
        marquee.setX(Math.min(p.getX(), pressDiagram.getX()));
        marquee.setY(Math.min(p.getY(), pressDiagram.getY()));
        marquee.setWidth(Math.abs(p.getX() - pressDiagram.getX()));
        marquee.setHeight(Math.abs(p.getY() - pressDiagram.getY()));
    }

    private void resizeTo(Point2D p, MouseEvent e) {
        Bounds min = editor.minimumSize(resizeId);
        double w = Math.max(min.width(), resizeStart.width() + p.getX() - pressDiagram.getX());
        double h = Math.max(min.height(), resizeStart.height() + p.getY() - pressDiagram.getY());
        resizeTo = new Bounds(resizeStart.x(), resizeStart.y(), Math.round(w), Math.round(h));
        showGhost(resizeTo);
        canvas.showFeedback(new DropFeedback(null, true, Math.round(w) + " × " + Math.round(h)), e.getSceneX(), e.getSceneY());
    }

    private void connectTo(Point2D p, MouseEvent e) {
        rubber.setEndX(p.getX());
        rubber.setEndY(p.getY());
        ElementId target = geometry().nodeAt(p.getX(), p.getY()).map(DiagramNode::id).orElse(null);
        connectTo = target != null && !target.equals(pressed) ? target : null;
        DropFeedback f = connectTo == null ? DropFeedback.none() : editor.checkConnect(pressed, connectTo);
        rubber.setStroke(connectTo == null ? RenderContext.SELECTION : f.allowed() ? FeedbackView.ALLOWED : FeedbackView.REFUSED);
        canvas.showFeedback(f, e.getSceneX(), e.getSceneY());
    }

    // ---- release --------------------------------------------------------------------------------------

    private void released(MouseEvent e) {
        if (mode == Mode.NONE || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Mode was = mode;
        Set<ElementId> ids = dragIds;
        ElementId target = under;
        double mx = dx;
        double my = dy;
        ElementId from = pressed;
        ElementId to = connectTo;
        Bounds resized = resizeTo;
        ElementId resizedId = resizeId;
        reset();
        switch (was) {
            case MOVING:
                editor.move(ids, mx, my, target);
                break;
            case PRESSED:
                if (!shift && selection().getSelectedIds().size() > 1 && from != null) {
                    selection().select(from);
                }
                break;
            case BACKGROUND:
                if (from != null) {
                    selection().select(from);
                } else if (!shift) {
                    selection().clear();
                }
                break;
            case MARQUEE:
                selectInside(canvas.toDiagram(e.getSceneX(), e.getSceneY()));
                break;
            case RESIZE:
                if (!resized.equals(geometry().node(resizedId).map(DiagramNode::bounds).orElse(null))) {
                    editor.resize(resizedId, resized);
                }
                break;
            case CONNECT:
                if (to != null) {
                    editor.connect(from, to);
                }
                break;
            default:
                break;
        }
        e.consume();
    }

    private void selectInside(Point2D p) {
        double x0 = Math.min(p.getX(), pressDiagram.getX());
        double y0 = Math.min(p.getY(), pressDiagram.getY());
        double x1 = Math.max(p.getX(), pressDiagram.getX());
        double y1 = Math.max(p.getY(), pressDiagram.getY());
        List<ElementId> inside = new ArrayList<>();
        if (shift) {
            inside.addAll(selection().getSelectedIds());
        }
        for (DiagramNode n : geometry().nodes()) {
            Bounds b = n.bounds();
            if (!n.hidden() && b.x() >= x0 && b.y() >= y0 && b.maxX() <= x1 && b.maxY() <= y1 && !inside.contains(n.id())) {
                inside.add(n.id());
            }
        }
        selection().selectAll(inside, inside.isEmpty() ? null : inside.get(inside.size() - 1));
    }

    // ---- cancel and helpers ---------------------------------------------------------------------------

    /** Cancels the gesture in progress (Esc); true when there was one. */
    boolean cancel() {
        boolean active = mode == Mode.MOVING || mode == Mode.MARQUEE || mode == Mode.RESIZE || mode == Mode.CONNECT;
        reset();
        return active;
    }

    /** The diagram changed under a gesture: a preview of the old geometry would be wrong. */
    void geometryChanged() {
        if (mode == Mode.MOVING || mode == Mode.RESIZE) {
            reset();
        }
    }

    private void reset() {
        if (mode == Mode.MOVING) {
            canvas.clearPreview();
        }
        canvas.clearFeedback();
        canvas.overlay().getChildren().removeAll(marquee, ghost, rubber);
        mode = Mode.NONE;
        dragIds = Set.of();
        dragInside = Set.of();
        under = null;
        connectTo = null;
        resizeId = null;
        dx = 0;
        dy = 0;
    }

    private void showGhost(Bounds b) {
        ghost.setX(b.x());
        ghost.setY(b.y());
        ghost.setWidth(b.width());
        ghost.setHeight(b.height());
        if (!canvas.overlay().getChildren().contains(ghost)) {
            canvas.overlay().getChildren().add(ghost);
        }
    }

    private Point2D centreOf(ElementId id) {
        return geometry().visibleNode(id).map(n -> new Point2D(n.anchor().centerX(), n.anchor().centerY()))
                .orElse(pressDiagram);
    }

    /**
     * True when {@code p} is on the body of container {@code id} (below its header band) and the
     * container is not selected: a drag there draws a marquee; the header, or a selected container,
     * moves.
     */
    private boolean isBodyOfUnselectedGroup(ElementId id, Point2D p) {
        DiagramNode n = geometry().node(id).orElse(null);
        return n != null && n.shape() == NodeShape.GROUP && !selection().isSelected(id)
                && p.getY() > n.bounds().y() + dev.linkwright.diagram.LayoutMetrics.HEADER_HEIGHT;
    }

    /** The innermost container drawn at {@code p} that is not being dragged, or null for none. */
    private ElementId containerAt(Point2D p, Set<ElementId> exclude) {
        DiagramNode best = null;
        for (DiagramNode n : geometry().nodes()) {
            if (n.hidden() || exclude.contains(n.id()) || n.shape() != NodeShape.GROUP || !n.contains(p.getX(), p.getY())) {
                continue;
            }
            if (best == null || n.depth() >= best.depth()) {
                best = n;
            }
        }
        return best == null ? null : best.id();
    }
}
