package dev.linkwright.ui.canvas;

import dev.linkwright.diagram.DiagramConnection;
import dev.linkwright.diagram.LineStyle;
import dev.linkwright.diagram.Point;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.effect.DropShadow;
import javafx.scene.paint.Color;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;

/** A connection line in its kind's style, with an arrowhead or a VPN padlock where the style says. */
final class ConnectionView extends Group {

    private DiagramConnection connection;
    private boolean dark;
    private Polyline line;
    private double minX;
    private double minY;
    private double maxX;
    private double maxY;

    ConnectionView() {
        getStyleClass().add("diagram-connection");
    }

    DiagramConnection connection() {
        return connection;
    }

    boolean update(DiagramConnection c, RenderContext ctx) {
        if (c.equals(connection) && dark == ctx.dark()) {
            return false;
        }
        connection = c;
        dark = ctx.dark();
        minX = Double.MAX_VALUE;
        minY = Double.MAX_VALUE;
        maxX = -Double.MAX_VALUE;
        maxY = -Double.MAX_VALUE;
        for (Point p : c.points()) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        LineStyle style = c.kind().style();
        Color color = ctx.color(style.color());
        List<Double> coords = new ArrayList<>();
        for (Point p : c.points()) {
            coords.add(p.x());
            coords.add(p.y());
        }
        Polyline hit = new Polyline();
        hit.getPoints().setAll(coords);
        hit.setStroke(Color.TRANSPARENT);
        hit.setStrokeWidth(Math.max(10, style.width() + 6));
        line = new Polyline();
        line.getPoints().setAll(coords);
        line.setStroke(color);
        line.setStrokeWidth(style.width());
        line.setStrokeLineCap(style.roundCaps() ? StrokeLineCap.ROUND : StrokeLineCap.BUTT);
        line.getStrokeDashArray().setAll(style.dashes());
        line.getStyleClass().add("connection-line");
        getChildren().setAll(hit, line);
        if (style.arrow()) {
            getChildren().add(arrowHead(c, color, style.width()));
        }
        if (style.lock()) {
            getChildren().add(padlock(c.middle(), color, ctx));
        }
        return true;
    }

    /** True when the line passes through the rectangle (with a margin for its width and markers). */
    boolean crosses(double x0, double y0, double x1, double y1) {
        return connection != null && maxX + 16 >= x0 && minX - 16 <= x1 && maxY + 16 >= y0 && minY - 16 <= y1;
    }

    void setHighlighted(boolean on) {
        if (line != null) {
            line.setEffect(on ? new DropShadow(6, RenderContext.SELECTION) : null);
        }
    }

    private static Polygon arrowHead(DiagramConnection c, Color color, double width) {
        Point a = c.points().get(c.points().size() - 2);
        Point b = c.end();
        double angle = Math.atan2(b.y() - a.y(), b.x() - a.x());
        double len = 9 + width * 1.5;
        double spread = Math.toRadians(24);
        Polygon head = new Polygon(b.x(), b.y(),
                b.x() - len * Math.cos(angle - spread), b.y() - len * Math.sin(angle - spread),
                b.x() - len * Math.cos(angle + spread), b.y() - len * Math.sin(angle + spread));
        head.setFill(color);
        head.setStroke(null);
        return head;
    }

    private static Group padlock(Point m, Color color, RenderContext ctx) {
        Circle disc = new Circle(m.x(), m.y(), 10);
        disc.setFill(ctx.dark() ? Color.web("#0D1117") : Color.WHITE);
        disc.setStroke(color);
        disc.setStrokeWidth(1.5);
        Rectangle body = new Rectangle(m.x() - 5, m.y() - 2, 10, 8);
        body.setArcWidth(2);
        body.setArcHeight(2);
        body.setFill(color);
        Arc shackle = new Arc(m.x(), m.y() - 2, 3.2, 4, 0, 180);
        shackle.setType(ArcType.OPEN);
        shackle.setFill(null);
        shackle.setStroke(color);
        shackle.setStrokeWidth(1.6);
        Group g = new Group(disc, shackle, body);
        g.getStyleClass().add("vpn-lock");
        return g;
    }
}
