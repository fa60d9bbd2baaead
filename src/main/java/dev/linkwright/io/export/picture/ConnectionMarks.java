package dev.linkwright.io.export.picture;

import dev.linkwright.diagram.LineStyle;
import dev.linkwright.diagram.Point;
import java.util.ArrayList;
import java.util.List;

/**
 * The marks of one connection line: the polyline in its style, an arrowhead drawn as a polygon
 * (so every renderer shows it the same way) and the padlock of an encrypted VPN.
 */
final class ConnectionMarks {

    static final double ARROW_LENGTH = 10;

    private ConnectionMarks() {
    }

    static List<Mark> of(List<Point> points, LineStyle style) {
        List<Mark> marks = new ArrayList<>();
        List<Point> line = new ArrayList<>(points);
        if (style.arrow() && line.size() >= 2) {
            Point tip = line.get(line.size() - 1);
            Point from = line.get(line.size() - 2);
            marks.add(arrowhead(from, tip, style.color(), Math.max(ARROW_LENGTH, style.width() * 3)));
            line.set(line.size() - 1, back(from, tip, Math.max(ARROW_LENGTH, style.width() * 3) * 0.7));
        }
        marks.add(0, new Mark.Line(line, style.color(), style.width(), 1, style.dashes(), style.roundCaps()));
        if (style.lock()) {
            marks.addAll(padlock(middle(points), style.color()));
        }
        return marks;
    }

    /** A filled triangle pointing from {@code from} to {@code tip}. */
    static Mark.Polygon arrowhead(Point from, Point tip, String color, double length) {
        double angle = Math.atan2(tip.y() - from.y(), tip.x() - from.x());
        double half = length * 0.45;
        Point base = new Point(tip.x() - length * Math.cos(angle), tip.y() - length * Math.sin(angle));
        Point left = new Point(base.x() + half * Math.sin(angle), base.y() - half * Math.cos(angle));
        Point right = new Point(base.x() - half * Math.sin(angle), base.y() + half * Math.cos(angle));
        return new Mark.Polygon(List.of(tip, left, right), color);
    }

    /** The point {@code distance} back from {@code tip} towards {@code from}. */
    static Point back(Point from, Point tip, double distance) {
        double length = Math.hypot(tip.x() - from.x(), tip.y() - from.y());
        if (length <= distance) {
            return tip;
        }
        double t = (length - distance) / length;
        return new Point(from.x() + (tip.x() - from.x()) * t, from.y() + (tip.y() - from.y()) * t);
    }

    /** The point halfway along the polyline. */
    static Point middle(List<Point> points) {
        double total = 0;
        for (int i = 1; i < points.size(); i++) {
            total += Math.hypot(points.get(i).x() - points.get(i - 1).x(), points.get(i).y() - points.get(i - 1).y());
        }
        double half = total / 2;
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            double len = Math.hypot(b.x() - a.x(), b.y() - a.y());
            if (half <= len && len > 0) {
                return new Point(a.x() + (b.x() - a.x()) * half / len, a.y() + (b.y() - a.y()) * half / len);
            }
            half -= len;
        }
        return points.get(points.size() / 2);
    }

    /** A small padlock on a white disc: an arc for the shackle and a body. */
    private static List<Mark> padlock(Point c, String color) {
        List<Point> shackle = new ArrayList<>();
        for (int i = 0; i <= 8; i++) {
            double a = Math.PI + Math.PI * i / 8;
            shackle.add(new Point(c.x() + 3.2 * Math.cos(a), c.y() - 1 + 3.6 * Math.sin(a)));
        }
        return List.of(
                new Mark.Dot(c.x(), c.y(), 8.5, Colors.WHITE, color, null, null),
                new Mark.Line(shackle, color, 1.6, 1, List.of(), true),
                new Mark.Box(c.x() - 4.5, c.y() - 1, 9, 6.5, 1.2, null, 0, color, 1, List.of()));
    }
}
