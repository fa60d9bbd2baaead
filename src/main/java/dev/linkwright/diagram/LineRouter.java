package dev.linkwright.diagram;

import dev.linkwright.model.Bounds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes connection lines: straight from icon to icon when no icon is in the way, else the gentlest
 * curve that avoids the icons in between (so a load balancer's line to its second target does not
 * run through the first), preferring curves that also miss labels. Ends stop at the element's
 * outline: for an icon, the icon and the label under it, so lines never cross their own element's
 * text. Obstacles are found through a grid index, so routing stays near linear in the number of
 * lines.
 */
final class LineRouter {

    private static final double CELL = 256;
    private static final double CLEARANCE = 3;
    private static final int CURVE_SEGMENTS = 18;

    private final Map<Long, List<Bounds>> grid = new HashMap<>();
    private final Map<Long, List<Bounds>> labels = new HashMap<>();

    /**
     * One end of a line: where lines attach (an icon, or a group's box) and, for an icon, the label
     * under it. Obstacles are told apart from the ends by identity of these bounds.
     */
    record End(Bounds anchor, Bounds labelArea, boolean icon) {
        static End of(DiagramNode n) {
            return new End(n.anchor(), n.labelArea(), n.shape() == NodeShape.ICON);
        }

        static End of(DiagramNode.Replica r) {
            return new End(r.anchor(), r.labelArea(), true);
        }
    }

    LineRouter(List<DiagramNode> nodes) {
        for (DiagramNode n : nodes) {
            if (n.hidden()) {
                continue;
            }
            if (n.shape() == NodeShape.ICON) {
                index(grid, n.anchor(), n.anchor());
            }
            index(labels, n.labelArea(), n.labelArea());
            for (DiagramNode.Replica r : n.replicas()) {
                index(grid, r.anchor(), r.anchor());
                index(labels, r.labelArea(), r.labelArea());
            }
        }
    }

    private static <T> void index(Map<Long, List<T>> index, Bounds area, T item) {
        for (long cx = cell(area.x()); cx <= cell(area.maxX()); cx++) {
            for (long cy = cell(area.y()); cy <= cell(area.maxY()); cy++) {
                index.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(item);
            }
        }
    }

    /** The points of a line from {@code from} to {@code to}. */
    List<Point> route(End from, End to) {
        Point a = new Point(from.anchor().centerX(), from.anchor().centerY());
        Point b = new Point(to.anchor().centerX(), to.anchor().centerY());
        if (inside(from, b) || inside(to, a)) {
            return List.of(a, b);
        }
        List<Point> best = clip(straightCurve(a, b), from, to);
        int iconsHit = hits(best, from, to);
        int bestScore = iconsHit * 100 + labelHits(best, from, to);
        if (bestScore == 0) {
            return best;
        }
        boolean onlyLabels = iconsHit == 0; // then only a curve that misses everything is worth it
        double length = Math.hypot(b.x() - a.x(), b.y() - a.y());
        for (double bulge : new double[] {0.12, -0.12, 0.22, -0.22, 0.4, -0.4}) {
            double offset = Math.signum(bulge) * Math.max(34, Math.min(180, Math.abs(bulge) * length));
            List<Point> curve = clip(quadratic(a, b, offset), from, to);
            int score = hits(curve, from, to) * 100 + labelHits(curve, from, to);
            if (onlyLabels && score > 0) {
                continue;
            }
            if (score < bestScore) {
                best = curve;
                bestScore = score;
                if (score == 0) {
                    break;
                }
            }
        }
        return best;
    }

    // ---- curves -----------------------------------------------------------------------------------

    private interface Curve {
        Point at(double t);

        boolean straight();
    }

    private static Curve straightCurve(Point a, Point b) {
        return new Curve() {
            @Override
            public Point at(double t) {
                return new Point(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t);
            }

            @Override
            public boolean straight() {
                return true;
            }
        };
    }

    /** A quadratic Bézier from a to b bulging {@code offset} units to the left of a→b. */
    private static Curve quadratic(Point a, Point b, double offset) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double len = Math.hypot(dx, dy);
        // the control point sits at twice the wanted bulge: a quadratic reaches half way to it
        double cx = (a.x() + b.x()) / 2 + (dy / len) * offset * 2;
        double cy = (a.y() + b.y()) / 2 - (dx / len) * offset * 2;
        return new Curve() {
            @Override
            public Point at(double t) {
                double u = 1 - t;
                return new Point(u * u * a.x() + 2 * u * t * cx + t * t * b.x(), u * u * a.y() + 2 * u * t * cy + t * t * b.y());
            }

            @Override
            public boolean straight() {
                return false;
            }
        };
    }

    /** The part of the curve outside both ends' outlines, as points. */
    private static List<Point> clip(Curve c, End from, End to) {
        double t0 = boundary(c, from, 0, 1);
        double t1 = boundary(c, to, 1, 0);
        if (t0 >= t1) {
            return List.of(c.at(0), c.at(1));
        }
        if (c.straight()) {
            return List.of(c.at(t0), c.at(t1));
        }
        List<Point> points = new ArrayList<>(CURVE_SEGMENTS + 1);
        for (int i = 0; i <= CURVE_SEGMENTS; i++) {
            points.add(c.at(t0 + (t1 - t0) * i / CURVE_SEGMENTS));
        }
        return points;
    }

    /** Where the curve, going from {@code start} towards {@code end}, leaves {@code node}'s outline. */
    private static double boundary(Curve c, End node, double start, double end) {
        double outside = end;
        int steps = 48;
        for (int i = 1; i <= steps; i++) {
            double t = start + (end - start) * i / steps;
            if (!inside(node, c.at(t))) {
                outside = t;
                break;
            }
        }
        double in = start;
        for (int i = 0; i < 24; i++) {
            double mid = (in + outside) / 2;
            if (inside(node, c.at(mid))) {
                in = mid;
            } else {
                outside = mid;
            }
        }
        return outside;
    }

    private static boolean inside(End n, Point p) {
        if (contains(n.anchor(), p)) {
            return true;
        }
        return n.icon() && contains(n.labelArea(), p);
    }

    private static boolean contains(Bounds r, Point p) {
        return p.x() >= r.x() - CLEARANCE && p.x() <= r.maxX() + CLEARANCE
                && p.y() >= r.y() - CLEARANCE && p.y() <= r.maxY() + CLEARANCE;
    }

    // ---- obstacles ------------------------------------------------------------------------------------

    /** How many icons (other than the ends) the polyline runs through. */
    private int hits(List<Point> line, End from, End to) {
        java.util.Set<Bounds> hit = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 1; i < line.size(); i++) {
            Point p = line.get(i - 1);
            Point q = line.get(i);
            forEachCell(p, q, cellKey -> {
                for (Bounds icon : grid.getOrDefault(cellKey, List.of())) {
                    if (icon != from.anchor() && icon != to.anchor() && !hit.contains(icon) && crosses(p, q, icon)) {
                        hit.add(icon);
                    }
                }
            });
        }
        return hit.size();
    }

    /** How many labels (other than the ends' own) the polyline runs through. */
    private int labelHits(List<Point> line, End from, End to) {
        java.util.Set<Bounds> hit = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 1; i < line.size(); i++) {
            Point p = line.get(i - 1);
            Point q = line.get(i);
            forEachCell(p, q, cellKey -> {
                for (Bounds label : labels.getOrDefault(cellKey, List.of())) {
                    if (label != from.labelArea() && label != to.labelArea() && !hit.contains(label) && crosses(p, q, label)) {
                        hit.add(label);
                    }
                }
            });
        }
        return hit.size();
    }

    /** Visits the grid cells segment p-q passes through (Amanatides-Woo traversal). */
    private static void forEachCell(Point p, Point q, java.util.function.LongConsumer visit) {
        long cx = cell(p.x());
        long cy = cell(p.y());
        long endX = cell(q.x());
        long endY = cell(q.y());
        double dx = q.x() - p.x();
        double dy = q.y() - p.y();
        int stepX = dx > 0 ? 1 : dx < 0 ? -1 : 0;
        int stepY = dy > 0 ? 1 : dy < 0 ? -1 : 0;
        double tMaxX = stepX == 0 ? Double.POSITIVE_INFINITY
                : ((stepX > 0 ? (cx + 1) * CELL : cx * CELL) - p.x()) / dx;
        double tMaxY = stepY == 0 ? Double.POSITIVE_INFINITY
                : ((stepY > 0 ? (cy + 1) * CELL : cy * CELL) - p.y()) / dy;
        double tDeltaX = stepX == 0 ? Double.POSITIVE_INFINITY : CELL / Math.abs(dx);
        double tDeltaY = stepY == 0 ? Double.POSITIVE_INFINITY : CELL / Math.abs(dy);
        visit.accept(key(cx, cy));
        int guard = 0;
        while ((cx != endX || cy != endY) && guard++ < 100_000) {
            if (tMaxX < tMaxY) {
                cx += stepX;
                tMaxX += tDeltaX;
            } else {
                cy += stepY;
                tMaxY += tDeltaY;
            }
            visit.accept(key(cx, cy));
        }
    }

    /** True when segment p-q passes through {@code r} (Liang-Barsky). */
    private static boolean crosses(Point p, Point q, Bounds r) {
        double dx = q.x() - p.x();
        double dy = q.y() - p.y();
        double[] pk = {-dx, dx, -dy, dy};
        double[] qk = {p.x() - r.x(), r.maxX() - p.x(), p.y() - r.y(), r.maxY() - p.y()};
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (pk[i] == 0) {
                if (qk[i] < 0) {
                    return false;
                }
            } else {
                double t = qk[i] / pk[i];
                if (pk[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
                if (t0 > t1) {
                    return false;
                }
            }
        }
        return true;
    }

    private static long cell(double v) {
        return (long) Math.floor(v / CELL);
    }

    /** A cell's key; spread so that Long.hashCode (high ^ low word) does not collide on diagonals. */
    private static long key(long cx, long cy) {
        return cx * 0x9E3779B97F4A7C15L + cy;
    }
}
