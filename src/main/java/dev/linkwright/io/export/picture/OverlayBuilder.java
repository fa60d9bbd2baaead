package dev.linkwright.io.export.picture;

import dev.linkwright.diagram.DiagramGeometry;
import dev.linkwright.diagram.DiagramNode;
import dev.linkwright.diagram.NodeShape;
import dev.linkwright.diagram.Point;
import dev.linkwright.io.export.BadgeSeverity;
import dev.linkwright.io.export.ExportOptions;
import dev.linkwright.model.Bounds;
import dev.linkwright.model.ElementId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The optional overlays of an exported diagram: a flow's path (blue, hop by hop, numbered, as the
 * simulator draws forward packets) and validation badges (a red or amber disc on the element).
 */
final class OverlayBuilder {

    private final DiagramGeometry geometry;
    private final ExportOptions options;
    private final UnaryOperator<Point> move;
    private final List<PictureItem> items;
    private final Predicate<ElementId> drawn;

    OverlayBuilder(DiagramGeometry geometry, ExportOptions options, UnaryOperator<Point> move, List<PictureItem> items,
                   Predicate<ElementId> drawn) {
        this.geometry = geometry;
        this.options = options;
        this.move = move;
        this.items = items;
        this.drawn = drawn;
    }

    void build() {
        flowPath();
        badges();
    }

    /**
     * The hops' visible nodes that are drawn, in order, without repeats of the same node. Hops at
     * containers (a VPC's router, a transit gateway) are passed through: the arrows go between the
     * resources inside them, as people draw a packet's way.
     */
    static List<DiagramNode> hops(DiagramGeometry geometry, List<ElementId> path, Predicate<ElementId> drawn) {
        List<DiagramNode> nodes = new ArrayList<>();
        for (ElementId id : path) {
            Optional<DiagramNode> n = geometry.visibleNode(id).filter(node -> drawn.test(node.id()))
                    .filter(node -> node.shape() != NodeShape.GROUP);
            if (n.isPresent() && (nodes.isEmpty() || nodes.get(nodes.size() - 1) != n.get())) {
                nodes.add(n.get());
            }
        }
        return nodes;
    }

    private void flowPath() {
        List<DiagramNode> hops = hops(geometry, options.flowPath(), drawn);
        if (hops.isEmpty()) {
            return;
        }
        List<Mark> marks = new ArrayList<>();
        for (int i = 1; i < hops.size(); i++) {
            Bounds from = hops.get(i - 1).anchor();
            Bounds to = hops.get(i).anchor();
            Point a = move.apply(edgePoint(from, center(to)));
            Point tip = move.apply(edgePoint(to, center(from)));
            marks.add(new Mark.Line(List.of(a, ConnectionMarks.back(a, tip, 9)), Colors.FLOW, 4, 0.85, List.of(), true));
            marks.add(ConnectionMarks.arrowhead(a, tip, Colors.FLOW, 13));
        }
        for (int i = 0; i < hops.size(); i++) {
            Point c = move.apply(new Point(hops.get(i).anchor().x(), hops.get(i).anchor().y()));
            marks.add(new Mark.Dot(c.x(), c.y(), 9, Colors.FLOW, Colors.WHITE, Integer.toString(i + 1), Colors.WHITE));
        }
        List<String> ids = new ArrayList<>();
        hops.forEach(h -> ids.add(h.id().value()));
        items.add(new PictureItem(null, "lw-overlay lw-flow", "Flow path: " + String.join(" → ", ids),
                List.of("data-hops", String.join(" ", ids)), marks));
    }

    private void badges() {
        for (Map.Entry<ElementId, BadgeSeverity> badge : options.badges().entrySet()) {
            Optional<DiagramNode> n = geometry.visibleNode(badge.getKey()).filter(node -> drawn.test(node.id()));
            if (n.isEmpty()) {
                continue;
            }
            Bounds a = n.get().anchor();
            Point c = move.apply(new Point(a.maxX() - 2, a.y() + 2));
            BadgeSeverity s = badge.getValue();
            items.add(new PictureItem(null, "lw-overlay lw-badge lw-badge-" + s.name().toLowerCase(java.util.Locale.ROOT),
                    s.name().toLowerCase(java.util.Locale.ROOT) + " on " + badge.getKey(), List.of("data-element", badge.getKey().value()),
                    List.of(new Mark.Dot(c.x(), c.y(), 8, s.color(), Colors.WHITE, s == BadgeSeverity.INFO ? "i" : "!", Colors.WHITE))));
        }
    }

    /** Where the line from the centre of {@code box} towards {@code target} leaves the box (2 units out). */
    static Point edgePoint(Bounds box, Point target) {
        Point c = center(box);
        double dx = target.x() - c.x();
        double dy = target.y() - c.y();
        if (dx == 0 && dy == 0) {
            return c;
        }
        double hx = box.width() / 2 + 2;
        double hy = box.height() / 2 + 2;
        double t = Math.min(dx == 0 ? Double.MAX_VALUE : hx / Math.abs(dx), dy == 0 ? Double.MAX_VALUE : hy / Math.abs(dy));
        t = Math.min(t, 1);
        return new Point(c.x() + dx * t, c.y() + dy * t);
    }

    private static Point center(Bounds b) {
        return new Point(b.centerX(), b.centerY());
    }
}
