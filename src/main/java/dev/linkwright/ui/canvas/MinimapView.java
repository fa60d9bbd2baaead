package dev.linkwright.ui.canvas;

import dev.linkwright.diagram.DiagramGeometry;
import dev.linkwright.diagram.DiagramNode;
import dev.linkwright.diagram.NodeShape;
import dev.linkwright.model.Bounds;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

/**
 * An overview of the whole diagram in a corner of the canvas: the containers as outlines in their
 * AWS colours, resources as dots, and the part in view as a rectangle. Clicking or dragging in it
 * moves the view there. Shown while the diagram does not fit in the window.
 */
public final class MinimapView extends StackPane {

    static final double WIDTH = 220;
    static final double HEIGHT = 150;

    private final DiagramCanvas canvas;
    private final Canvas drawing = new Canvas(WIDTH, HEIGHT);
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private double scale = 1;
    private double offsetX;
    private double offsetY;
    private Bounds area = new Bounds(0, 0, 1, 1);

    MinimapView(DiagramCanvas canvas) {
        this.canvas = canvas;
        getStyleClass().add("minimap");
        setId("minimap");
        getChildren().add(drawing);
        setMaxSize(WIDTH + 2, HEIGHT + 2);
        setPrefSize(WIDTH + 2, HEIGHT + 2);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::jump);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::jump);
        canvas.geometryProperty().addListener((o, was, is) -> redraw());
        canvas.visibleAreaProperty().addListener((o, was, is) -> redraw());
        canvas.darkThemeProperty().addListener((o, was, is) -> redraw());
        enabled.addListener((o, was, is) -> redraw());
        setVisible(false);
        setManaged(false);
    }

    /** Whether the minimap may show (View ▸ Minimap); it shows only while the diagram does not fit. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    private void jump(MouseEvent e) {
        javafx.geometry.Point2D p = drawing.sceneToLocal(e.getSceneX(), e.getSceneY());
        double x = (Math.max(0, Math.min(WIDTH, p.getX())) - offsetX) / scale + area.x();
        double y = (Math.max(0, Math.min(HEIGHT, p.getY())) - offsetY) / scale + area.y();
        canvas.centreOn(x, y);
        e.consume();
    }

    void redraw() {
        DiagramGeometry g = canvas.getGeometry();
        Bounds view = canvas.visibleAreaProperty().get();
        area = canvas.diagramArea();
        boolean needed = enabled.get() && g.size() > 0 && area.width() > 0 && view.width() > 0
                && (view.width() < area.width() - 1 || view.height() < area.height() - 1);
        setVisible(needed);
        setManaged(needed);
        if (!needed) {
            return;
        }
        scale = Math.min(WIDTH / area.width(), HEIGHT / area.height());
        offsetX = (WIDTH - area.width() * scale) / 2;
        offsetY = (HEIGHT - area.height() * scale) / 2;
        boolean dark = canvas.darkThemeProperty().get();
        GraphicsContext gc = drawing.getGraphicsContext2D();
        gc.setFill(dark ? Color.web("#161B22") : Color.web("#F6F8FA"));
        gc.fillRect(0, 0, WIDTH, HEIGHT);
        gc.setLineWidth(1);
        for (DiagramNode n : g.nodes()) {
            if (n.hidden()) {
                continue;
            }
            Bounds b = n.bounds();
            double x = offsetX + (b.x() - area.x()) * scale;
            double y = offsetY + (b.y() - area.y()) * scale;
            double w = b.width() * scale;
            double h = b.height() * scale;
            if (n.shape() == NodeShape.GROUP) {
                Color c = n.style().stroke() == null ? Color.GRAY : Color.web(n.style().stroke());
                if (n.style().fill() != null) {
                    gc.setFill(c.deriveColor(0, 1, 1, 0.25));
                    gc.fillRect(x, y, w, h);
                } else if (w > 3 && h > 3) {
                    gc.setStroke(c);
                    gc.strokeRect(x, y, w, h);
                }
            } else {
                gc.setFill(dark ? Color.web("#9198A1") : Color.web("#59636E"));
                double s = Math.max(1.5, Math.min(w, h) * 0.5);
                gc.fillRect(x + w / 2 - s / 2, y + Math.min(h, s * 2) / 2 - s / 2, s, s);
            }
        }
        double vx = offsetX + (view.x() - area.x()) * scale;
        double vy = offsetY + (view.y() - area.y()) * scale;
        gc.setFill(RenderContext.SELECTION.deriveColor(0, 1, 1, 0.12));
        gc.fillRect(vx, vy, view.width() * scale, view.height() * scale);
        gc.setStroke(RenderContext.SELECTION);
        gc.setLineWidth(2);
        gc.strokeRect(vx, vy, view.width() * scale, view.height() * scale);
    }
}
