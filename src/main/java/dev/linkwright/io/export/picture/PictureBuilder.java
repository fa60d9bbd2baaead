package dev.linkwright.io.export.picture;

import dev.linkwright.diagram.ConnectionKind;
import dev.linkwright.diagram.DiagramConnection;
import dev.linkwright.diagram.DiagramGeometry;
import dev.linkwright.diagram.DiagramNode;
import dev.linkwright.diagram.DiagramStyles;
import dev.linkwright.diagram.LayoutMetrics;
import dev.linkwright.diagram.NodeShape;
import dev.linkwright.diagram.NodeStyle;
import dev.linkwright.diagram.Point;
import dev.linkwright.io.export.BadgeSeverity;
import dev.linkwright.io.export.ExportOptions;
import dev.linkwright.io.export.ExportScope;
import dev.linkwright.model.Bounds;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a design's diagram geometry into a {@link Picture}: the AWS Cloud frame, the groups
 * (account, Region, VPC, AZ, subnets) with their corner icons and titles, the connection lines,
 * the resource icons with their two label lines, the rule-table chips, the optional overlays (a
 * flow's path, validation badges) and a legend of the line styles present. It draws what the
 * canvas draws, with the same measures.
 */
final class PictureBuilder {

    static final double MARGIN = LayoutMetrics.MARGIN;
    static final double TITLE_SPACE = 40;

    private final Design design;
    private final DiagramGeometry geometry;
    private final ExportOptions options;
    private final ExportScope scope;
    private final List<PictureItem> items = new ArrayList<>();
    private double dx;
    private double dy;

    PictureBuilder(Design design, DiagramGeometry geometry, ExportOptions options, ExportScope scope) {
        this.design = design;
        this.geometry = geometry;
        this.options = options;
        this.scope = scope;
    }

    Picture build() {
        Bounds extent = extent();
        boolean titled = !design.title().isEmpty();
        dx = MARGIN - extent.x();
        dy = MARGIN + (titled ? TITLE_SPACE : 0) - extent.y();
        double width = extent.width() + 2 * MARGIN;
        double height = extent.height() + 2 * MARGIN + (titled ? TITLE_SPACE : 0);
        if (titled) {
            items.add(decoration("lw-title", List.of(new Mark.Text(MARGIN, MARGIN + 20,
                    TextFit.ellipsize(design.title(), 18, true, Math.max(200, width - 2 * MARGIN)), 18, true, Colors.INK, "start"))));
        }
        if (scope.isWhole()) {
            geometry.awsCloud().ifPresent(b -> items.add(decoration("lw-aws-cloud",
                    group(move(b), "AWS Cloud", "", DiagramStyles.AWS_CLOUD, false))));
        }
        nodes(NodeShape.GROUP);
        connections();
        nodes(NodeShape.ICON);
        nodes(NodeShape.CHIP);
        hiddenNodes();
        new OverlayBuilder(geometry, options, this::move, items, scope::includes).build();
        if (options.legend()) {
            height += new LegendBuilder(this::usedKinds, items, hasSubnets(true), hasSubnets(false),
                    !OverlayBuilder.hops(geometry, options.flowPath(), scope::includes).isEmpty(), badgeSeverities()).build(MARGIN, height - MARGIN + 8, width - 2 * MARGIN);
        }
        return new Picture(width, height, design.title(), items);
    }

    /** The bounds of everything drawn: the whole diagram, or the selected elements and their containers. */
    private Bounds extent() {
        if (scope.isWhole()) {
            return geometry.extent();
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (DiagramNode n : visibleNodes()) {
            minX = Math.min(minX, n.bounds().x());
            minY = Math.min(minY, n.bounds().y());
            maxX = Math.max(maxX, n.bounds().maxX());
            maxY = Math.max(maxY, n.bounds().maxY());
        }
        return minX == Double.MAX_VALUE ? new Bounds(0, 0, 0, 0) : new Bounds(minX, minY, maxX - minX, maxY - minY);
    }

    private List<DiagramNode> visibleNodes() {
        List<DiagramNode> list = new ArrayList<>();
        for (DiagramNode n : geometry.nodes()) {
            if (!n.hidden() && scope.includes(n.id())) {
                list.add(n);
            }
        }
        return list;
    }

    /** Moves a point of the geometry into picture coordinates. */
    Point move(Point p) {
        return new Point(p.x() + dx, p.y() + dy);
    }

    private Bounds move(Bounds b) {
        return b.movedBy(dx, dy);
    }

    private static PictureItem decoration(String cssClass, List<Mark> marks) {
        return new PictureItem(null, cssClass, null, List.of(), marks);
    }

    // ---- nodes ----------------------------------------------------------------------------------

    private void nodes(NodeShape shape) {
        for (DiagramNode n : visibleNodes()) {
            if (n.shape() != shape) {
                continue;
            }
            List<Mark> marks = switch (shape) {
                case GROUP -> group(move(n.bounds()), n.title(),
                        n.collapsed() ? (n.detail().isEmpty() ? "" : n.detail() + "  ") + "(collapsed)" : n.detail(), n.style(), true);
                case ICON -> icon(n);
                case CHIP -> chip(n);
            };
            items.add(new PictureItem(n.id().value(), "lw-node lw-" + n.style().name(), tooltip(n), attributes(n), marks));
        }
    }

    private void hiddenNodes() {
        for (DiagramNode n : geometry.nodes()) {
            if (n.hidden() && scope.includes(n.id())) {
                items.add(new PictureItem(n.id().value(), "lw-node lw-hidden", tooltip(n) + " (inside a collapsed container)",
                        attributes(n), List.of()));
            }
        }
    }

    private String tooltip(DiagramNode n) {
        String kind = n.kind().label();
        String text = kind + ": " + n.title() + (n.detail().isEmpty() ? "" : " (" + n.detail() + ")");
        return n.title().equals(n.id().value()) ? text : text + " [" + n.id() + "]";
    }

    private static List<String> attributes(DiagramNode n) {
        List<String> a = new ArrayList<>(List.of("data-kind", n.kind().wire()));
        if (n.container() != null) {
            a.add("data-container");
            a.add(n.container().value());
        }
        return a;
    }

    /** A group box as the canvas draws it; also the AWS Cloud frame. */
    private List<Mark> group(Bounds b, String title, String detail, NodeStyle style, boolean element) {
        List<Mark> marks = new ArrayList<>();
        boolean subnet = style.fill() != null;
        boolean zone = style.name().equals("availability-zone");
        double sw = zone ? 1.5 : 1.8;
        List<Double> dashes = style.dashed() ? (zone ? List.of(8.0, 5.0) : List.of(6.0, 4.0)) : List.of();
        if (subnet) {
            marks.add(new Mark.Box(b.x(), b.y(), b.width(), b.height(), 0, null, 0, style.fill(), 1, List.of()));
        } else {
            marks.add(new Mark.Box(b.x() + sw / 2, b.y() + sw / 2, b.width() - sw, b.height() - sw, 0, style.stroke(), sw, null, 0, dashes));
        }
        double textX = 10;
        if (style.icon() != null) {
            double s = LayoutMetrics.GROUP_ICON_SIZE;
            boolean square = style.icon().hasBackground();
            marks.add(square ? new Mark.Icon(style.icon(), b.x(), b.y(), s) : new Mark.Icon(style.icon(), b.x() + 3, b.y() + 3, s - 6));
            textX = s + 9;
        }
        String titleColor = zone || style.name().endsWith("subnet") ? Colors.shade(style.stroke(), 0.8) : style.stroke();
        String fitted = TextFit.ellipsize(title, LayoutMetrics.GROUP_TITLE_FONT, true, Math.max(20, b.width() - textX - 8));
        marks.add(new Mark.Text(b.x() + textX, b.y() + 21, fitted, LayoutMetrics.GROUP_TITLE_FONT, true, titleColor, "start"));
        double detailX = textX + TextFit.width(fitted, LayoutMetrics.GROUP_TITLE_FONT, true) + 10;
        double room = b.width() - detailX - 8;
        if (!detail.isEmpty() && room > 24) {
            marks.add(new Mark.Text(b.x() + detailX, b.y() + 21, TextFit.ellipsize(detail, LayoutMetrics.DETAIL_FONT, false, room),
                    LayoutMetrics.DETAIL_FONT, false, Colors.MUTED, "start"));
        }
        return marks;
    }

    /**
     * An icon with the title (up to two lines) and the detail under it; again in every further
     * subnet the element is drawn in (a load balancer's other nodes, an endpoint's other interfaces).
     */
    private List<Mark> icon(DiagramNode n) {
        List<Mark> marks = new ArrayList<>(icon(n, n.bounds(), n.detail()));
        for (DiagramNode.Replica r : n.replicas()) {
            if (scope.includes(r.subnet())) {
                marks.addAll(icon(n, r.bounds(), r.detail()));
            }
        }
        return marks;
    }

    private List<Mark> icon(DiagramNode n, Bounds at, String detail) {
        List<Mark> marks = new ArrayList<>();
        Bounds b = move(at);
        double s = LayoutMetrics.ICON_SIZE;
        if (n.style().icon() != null) {
            marks.add(new Mark.Icon(n.style().icon(), b.x() + (b.width() - s) / 2, b.y() + LayoutMetrics.ICON_TOP, s));
        }
        double textWidth = b.width() - 4;
        double baseline = b.y() + LayoutMetrics.ICON_TOP + s + 4 + 12;
        for (String line : TextFit.wrap(n.title(), LayoutMetrics.TITLE_FONT, textWidth, 2)) {
            marks.add(new Mark.Text(b.centerX(), baseline, line, LayoutMetrics.TITLE_FONT, false, Colors.INK, "middle"));
            baseline += 15;
        }
        if (!detail.isEmpty()) {
            marks.add(new Mark.Text(b.centerX(), baseline, TextFit.ellipsize(detail, LayoutMetrics.DETAIL_FONT, false, textWidth),
                    LayoutMetrics.DETAIL_FONT, false, Colors.MUTED, "middle"));
        }
        return marks;
    }

    /** A pill with a coloured tag (RT, SG, ACL ...) and the name. */
    private List<Mark> chip(DiagramNode n) {
        Bounds b = move(n.bounds());
        String color = n.style().stroke();
        String tag = n.style().chipTag() == null ? "" : n.style().chipTag();
        double mid = b.y() + b.height() / 2 + 3.8;
        double labelX = 8 + TextFit.width(tag, 10, true) + 6;
        return List.of(
                new Mark.Box(b.x() + 0.5, b.y() + 0.5, b.width() - 1, b.height() - 1, (b.height() - 1) / 2,
                        Colors.tint(color, 0.6), 1, Colors.tint(color, 0.08), 1, List.of()),
                new Mark.Text(b.x() + 8, mid, tag, 10, true, color, "start"),
                new Mark.Text(b.x() + labelX, mid, TextFit.ellipsize(n.title(), LayoutMetrics.TITLE_FONT - 1, false,
                        b.width() - labelX - 8), LayoutMetrics.TITLE_FONT - 1, false, Colors.INK, "start"));
    }

    // ---- connections ----------------------------------------------------------------------------

    private void connections() {
        for (DiagramConnection c : geometry.connections()) {
            if (!scope.includes(c.from()) || !scope.includes(c.to())) {
                continue;
            }
            List<Point> points = new ArrayList<>();
            c.points().forEach(p -> points.add(move(p)));
            List<Mark> marks = new ArrayList<>(ConnectionMarks.of(points, c.kind().style()));
            String tip = c.kind().legend() + ": " + c.from() + " to " + c.to();
            items.add(new PictureItem(null, "lw-connection lw-" + c.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    tip, List.of("data-element", c.element().value(), "data-from", c.from().value(), "data-to", c.to().value()), marks));
        }
    }

    private Set<ConnectionKind> usedKinds() {
        Set<ConnectionKind> kinds = EnumSet.noneOf(ConnectionKind.class);
        for (DiagramConnection c : geometry.connections()) {
            if (scope.includes(c.from()) && scope.includes(c.to())) {
                kinds.add(c.kind());
            }
        }
        return kinds;
    }

    private boolean hasSubnets(boolean isPublic) {
        String name = isPublic ? "public-subnet" : "private-subnet";
        return visibleNodes().stream().anyMatch(n -> n.style().name().equals(name));
    }

    private Set<BadgeSeverity> badgeSeverities() {
        Set<BadgeSeverity> set = EnumSet.noneOf(BadgeSeverity.class);
        for (Map.Entry<ElementId, BadgeSeverity> b : options.badges().entrySet()) {
            Optional<DiagramNode> n = geometry.visibleNode(b.getKey());
            if (n.isPresent() && scope.includes(n.get().id())) {
                set.add(b.getValue());
            }
        }
        return set;
    }
}
