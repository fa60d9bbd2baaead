package dev.linkwright.ui.simulation;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/**
 * Live-traffic packets drawn in one pass on a canvas over the visible part of the diagram: hundreds
 * of moving dots cost one node, not hundreds, and moving them never changes the bounds of the
 * diagram's nodes.
 */
final class PacketCanvas extends Canvas {

    PacketCanvas() {
        setId("sim-packet-canvas");
        setMouseTransparent(true);
    }

    /** Clears the canvas. */
    void clear() {
        getGraphicsContext2D().clearRect(0, 0, getWidth(), getHeight());
    }

    /**
     * Draws {@code packets} (diagram coordinates) through {@code diagramToScene}, scaled by
     * {@code zoom}, then the played trace's packet (null for none), larger, with its burst (0 to 1, or
     * negative for none).
     */
    void draw(List<LiveTraffic.Packet> packets, LiveTraffic.Packet played, Transform diagramToScene, double zoom) {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        double r = Math.max(2.5, 5 * Math.min(1.5, zoom));
        dots(g, packets, diagramToScene, zoom, r);
        if (played != null) {
            dots(g, List.of(played), diagramToScene, zoom, Math.max(4, 7 * Math.min(1.5, zoom)));
            Point2D at = sceneToLocal(diagramToScene.transform(played.x(), played.y()));
            if (at != null) {
                g.setStroke(Color.WHITE);
                double pr = Math.max(4, 7 * Math.min(1.5, zoom));
                g.setLineWidth(1.5);
                g.strokeOval(at.getX() - pr, at.getY() - pr, 2 * pr, 2 * pr);
            }
        }
    }

    private void dots(GraphicsContext g, List<LiveTraffic.Packet> packets, Transform diagramToScene, double zoom, double r) {
        for (LiveTraffic.Packet p : packets) {
            Point2D scene = diagramToScene.transform(p.x(), p.y());
            Point2D at = sceneToLocal(scene);
            if (at == null || at.getX() < -30 || at.getY() < -30 || at.getX() > getWidth() + 30 || at.getY() > getHeight() + 30) {
                continue;
            }
            Color fill = p.kind() == LiveTraffic.Kind.FORWARD ? SimulationLayer.FORWARD
                    : p.kind() == LiveTraffic.Kind.RETURN ? SimulationLayer.RETURN : SimulationLayer.BLOCKED;
            if (p.kind() == LiveTraffic.Kind.BLOCKED) {
                double burst = r + 18 * Math.min(1.5, zoom) * p.burst();
                g.setGlobalAlpha(Math.max(0, 1 - p.burst()));
                g.setStroke(SimulationLayer.BLOCKED);
                g.setLineWidth(2);
                g.strokeOval(at.getX() - burst, at.getY() - burst, 2 * burst, 2 * burst);
                g.setGlobalAlpha(1);
            }
            g.setFill(fill);
            g.fillOval(at.getX() - r, at.getY() - r, 2 * r, 2 * r);
        }
    }
}
