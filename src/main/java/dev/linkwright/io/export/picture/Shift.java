package dev.linkwright.io.export.picture;

import dev.linkwright.diagram.Point;
import java.util.ArrayList;
import java.util.List;

/** Moves marks drawn at the origin to where they belong. */
final class Shift {

    private Shift() {
    }

    static Mark by(Mark m, double dx, double dy) {
        if (m instanceof Mark.Box b) {
            return new Mark.Box(b.x() + dx, b.y() + dy, b.width(), b.height(), b.radius(), b.stroke(), b.strokeWidth(), b.fill(),
                    b.fillOpacity(), b.dashes());
        }
        if (m instanceof Mark.Line l) {
            return new Mark.Line(points(l.points(), dx, dy), l.stroke(), l.width(), l.opacity(), l.dashes(), l.roundCaps());
        }
        if (m instanceof Mark.Polygon p) {
            return new Mark.Polygon(points(p.points(), dx, dy), p.fill());
        }
        if (m instanceof Mark.Icon i) {
            return new Mark.Icon(i.icon(), i.x() + dx, i.y() + dy, i.size());
        }
        if (m instanceof Mark.Text t) {
            return new Mark.Text(t.x() + dx, t.y() + dy, t.text(), t.size(), t.bold(), t.color(), t.anchor());
        }
        Mark.Dot d = (Mark.Dot) m;
        return new Mark.Dot(d.cx() + dx, d.cy() + dy, d.radius(), d.fill(), d.stroke(), d.text(), d.textColor());
    }

    private static List<Point> points(List<Point> points, double dx, double dy) {
        List<Point> moved = new ArrayList<>(points.size());
        points.forEach(p -> moved.add(new Point(p.x() + dx, p.y() + dy)));
        return moved;
    }
}
