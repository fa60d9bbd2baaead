package dev.linkwright.io.export.picture;

import dev.linkwright.diagram.ConnectionKind;
import dev.linkwright.diagram.DiagramConnection;
import dev.linkwright.diagram.DiagramGeometry;
import dev.linkwright.diagram.DiagramNode;
import dev.linkwright.diagram.DiagramStyles;
import dev.linkwright.diagram.LayoutMetrics;
import dev.linkwright.diagram.NodeShape;
import dev.linkwright.diagram.Point;
import dev.linkwright.io.export.BadgeSeverity;
import dev.linkwright.io.export.ExportOptions;
import dev.linkwright.io.export.ExportScope;
import dev.linkwright.model.Bounds;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a design's diagram geometry as a draw.io file: {@code mxfile > diagram > mxGraphModel >
 * root}, cells {@code 0} and {@code 1}, containers as draw.io's AWS group shapes with their
 * children placed relative to them, resources as AWS 4 shapes with their labels below,
 * connections as edges between the element cells, overlays and a legend. Element ids are the
 * cell ids, so the file and the design stay in step.
 */
final class DrawioWriter {

    private static final String CLOUD = "lw:aws-cloud";

    private final Design design;
    private final DiagramGeometry geometry;
    private final ExportOptions options;
    private final ExportScope scope;
    private final StringBuilder cells = new StringBuilder(64 * 1024);
    private final double dx;
    private final double dy;

    DrawioWriter(Design design, DiagramGeometry geometry, ExportOptions options, ExportScope scope) {
        this.design = design;
        this.geometry = geometry;
        this.options = options;
        this.scope = scope;
        Bounds e = geometry.extent();
        this.dx = PictureBuilder.MARGIN - e.x();
        this.dy = PictureBuilder.MARGIN + titleSpace(design) - e.y();
    }

    String write() {
        Bounds extent = geometry.extent();
        double width = extent.width() + 2 * PictureBuilder.MARGIN;
        double height = extent.height() + 2 * PictureBuilder.MARGIN + titleSpace(design);
        title();
        cloud();
        for (DiagramNode n : geometry.nodes()) {
            if (scope.includes(n.id())) {
                node(n);
            }
        }
        // after every node: a replica's subnet may come later in the node order, and a cell must follow its parent
        for (DiagramNode n : geometry.nodes()) {
            if (scope.includes(n.id()) && n.shape() == NodeShape.ICON) {
                replicas(n, n.style().icon() == null ? "rounded=1;whiteSpace=wrap;html=1;" : DrawioStyles.icon(n.style().icon()),
                        n.hidden() ? "visible=\"0\"" : null);
            }
        }
        for (DiagramConnection c : geometry.connections()) {
            if (scope.includes(c.from()) && scope.includes(c.to())) {
                edge("lw:edge:" + c.key(), DrawioStyles.edge(c.kind().style()), endCell(c.from(), c.start()), endCell(c.to(), c.end()),
                        c.points(),
                        c.kind().legend() + " (" + c.element() + ")");
            }
        }
        flowPath();
        badges();
        double legendHeight = options.legend() ? legend(PictureBuilder.MARGIN, height, width - 2 * PictureBuilder.MARGIN) : 0;
        return document(width, height + legendHeight);
    }

    private String document(double width, double height) {
        String name = design.title().isEmpty() ? "Linkwright diagram" : design.title();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<mxfile host=\"Linkwright\" agent=\"Linkwright\" type=\"device\">\n"
                + "  <diagram id=\"linkwright\" name=\"" + SvgWriter.attr(name) + "\">\n"
                + "    <mxGraphModel dx=\"0\" dy=\"0\" grid=\"1\" gridSize=\"10\" guides=\"1\" tooltips=\"1\" connect=\"1\" arrows=\"1\""
                + " fold=\"1\" page=\"1\" pageScale=\"1\" pageWidth=\"" + (int) Math.ceil(width) + "\" pageHeight=\""
                + (int) Math.ceil(height) + "\" math=\"0\" shadow=\"0\">\n"
                + "      <root>\n"
                + "        <mxCell id=\"0\"/>\n"
                + "        <mxCell id=\"1\" parent=\"0\"/>\n"
                + cells
                + "      </root>\n"
                + "    </mxGraphModel>\n"
                + "  </diagram>\n"
                + "</mxfile>\n";
    }

    private static double titleSpace(Design design) {
        return design.title().isEmpty() ? 0 : PictureBuilder.TITLE_SPACE;
    }

    /** Element ids are cell ids, except the two ids draw.io reserves. */
    static String cellId(ElementId id) {
        String v = id.value();
        return v.equals("0") || v.equals("1") ? "lw:element:" + v : v;
    }

    private void title() {
        if (!design.title().isEmpty()) {
            vertex("lw:title", SvgWriter.text(design.title()), "text;html=1;fontSize=18;fontStyle=1;align=left;verticalAlign=middle;"
                    + "fontColor=#232F3E;strokeColor=none;fillColor=none;", "1",
                    new Bounds(PictureBuilder.MARGIN, PictureBuilder.MARGIN, Math.max(300, geometry.extent().width()), 28), null);
        }
    }

    private void cloud() {
        if (scope.isWhole() && geometry.awsCloud().isPresent()) {
            vertex(CLOUD, "AWS Cloud", DrawioStyles.group(DiagramStyles.AWS_CLOUD), "1", geometry.awsCloud().get().movedBy(dx, dy), null);
        }
    }

    private void node(DiagramNode n) {
        String parent = parentOf(n);
        Bounds absolute = n.shape() == NodeShape.ICON ? n.anchor() : n.bounds();
        Bounds relative = relative(absolute, parent);
        String hidden = n.hidden() ? "visible=\"0\"" : null;
        switch (n.shape()) {
            case GROUP -> {
                vertex(cellId(n.id()), groupLabel(n.title(), n.detail()), DrawioStyles.group(n.style()), parent, relative, hidden);
                if (n.style().icon() != null && !DrawioStyles.hasGroupIcon(n.style())) {
                    vertex("lw:icon:" + n.id(), "", DrawioStyles.icon(n.style().icon()), cellId(n.id()),
                            new Bounds(3, 3, LayoutMetrics.GROUP_ICON_SIZE - 6, LayoutMetrics.GROUP_ICON_SIZE - 6), hidden);
                }
            }
            case ICON -> vertex(cellId(n.id()), label(n.title(), n.detail()), n.style().icon() == null
                    ? "rounded=1;whiteSpace=wrap;html=1;" : DrawioStyles.icon(n.style().icon()), parent, relative, hidden);
            case CHIP -> vertex(cellId(n.id()), "<b style=\"color:" + n.style().stroke() + "\">" + SvgWriter.text(n.style().chipTag())
                    + "</b>&nbsp;" + SvgWriter.text(n.title()), DrawioStyles.chip(n.style()), parent, relative, hidden);
        }
    }

    /** The further places a load balancer or endpoint is drawn, as cells in their subnets. */
    private void replicas(DiagramNode n, String style, String hidden) {
        for (DiagramNode.Replica r : n.replicas()) {
            if (scope.includes(r.subnet())) {
                vertex(replicaId(n.id(), r.index()), label(n.title(), r.detail()), style, cellId(r.subnet()),
                        relative(r.anchor(), cellId(r.subnet())), hidden);
            }
        }
    }

    static String replicaId(ElementId id, int index) {
        return "lw:replica:" + id.value() + "#" + index;
    }

    /** The cell a line ends at: the element's, or that of the replica whose icon the line touches. */
    private String endCell(ElementId id, Point end) {
        DiagramNode n = geometry.node(id).orElse(null);
        if (n == null || n.replicas().isEmpty() || n.hidden()) {
            return cellId(id);
        }
        String best = cellId(id);
        double bestDistance = distance(n.anchor(), end);
        for (DiagramNode.Replica r : n.replicas()) {
            double d = distance(r.anchor(), end);
            if (d < bestDistance && scope.includes(r.subnet())) {
                best = replicaId(id, r.index());
                bestDistance = d;
            }
        }
        return best;
    }

    private static double distance(Bounds b, Point p) {
        double dx = Math.max(Math.max(b.x() - p.x(), 0), p.x() - b.maxX());
        double dy = Math.max(Math.max(b.y() - p.y(), 0), p.y() - b.maxY());
        return Math.hypot(dx, dy);
    }

    /** The cell holding {@code n}: its diagram container, the AWS Cloud frame for accounts, else the layer. */
    private String parentOf(DiagramNode n) {
        if (n.container() != null && scope.includes(n.container())) {
            return cellId(n.container());
        }
        if (n.kind() == ElementKind.ACCOUNT && scope.isWhole() && geometry.awsCloud().isPresent()) {
            return CLOUD;
        }
        return "1";
    }

    /** Child geometry in draw.io is relative to the parent cell. */
    private Bounds relative(Bounds absolute, String parent) {
        if (parent.equals("1")) {
            return absolute.movedBy(dx, dy);
        }
        Bounds p = parent.equals(CLOUD) ? geometry.awsCloud().orElseThrow() : geometry.get(ElementId.of(
                parent.startsWith("lw:element:") ? parent.substring(11) : parent)).bounds();
        return absolute.movedBy(-p.x(), -p.y());
    }

    /** A group's title with its detail beside it in a lighter tone, as the canvas shows it. */
    private static String groupLabel(String title, String detail) {
        String t = SvgWriter.text(title);
        return detail.isEmpty() ? t : t + "&nbsp;&nbsp;&nbsp;<span style=\"font-weight:normal;font-size:11px;color:#5F6B7A\">"
                + SvgWriter.text(detail) + "</span>";
    }

    private static String label(String title, String detail) {
        String t = SvgWriter.text(title);
        return detail.isEmpty() ? t : t + "<br><span style=\"font-weight:normal;font-size:11px;color:#5F6B7A\">" + SvgWriter.text(detail)
                + "</span>";
    }

    private void vertex(String id, String htmlValue, String style, String parent, Bounds b, String extra) {
        cells.append("        <mxCell id=\"").append(SvgWriter.attr(id)).append("\" value=\"").append(SvgWriter.attr(htmlValue))
                .append("\" style=\"").append(SvgWriter.attr(style)).append("\" vertex=\"1\" parent=\"").append(SvgWriter.attr(parent))
                .append('"').append(extra == null ? "" : " " + extra).append(">\n");
        cells.append("          <mxGeometry x=\"").append(SvgWriter.num(b.x())).append("\" y=\"").append(SvgWriter.num(b.y()))
                .append("\" width=\"").append(SvgWriter.num(b.width())).append("\" height=\"").append(SvgWriter.num(b.height()))
                .append("\" as=\"geometry\"/>\n        </mxCell>\n");
    }

    /** An edge between two cells, through the line's bends (absolute: edges live on the layer). */
    private void edge(String id, String style, String source, String target, List<Point> points, String tooltip) {
        cells.append("        <mxCell id=\"").append(SvgWriter.attr(id)).append("\" value=\"\" style=\"").append(SvgWriter.attr(style))
                .append("tooltip=").append(SvgWriter.attr(tooltip.replace(";", ","))).append(";\" edge=\"1\" parent=\"1\" source=\"")
                .append(SvgWriter.attr(source)).append("\" target=\"").append(SvgWriter.attr(target)).append("\">\n");
        cells.append("          <mxGeometry relative=\"1\" as=\"geometry\">\n");
        if (points.size() > 2) {
            cells.append("            <Array as=\"points\">\n");
            for (int i = 1; i < points.size() - 1; i++) {
                cells.append("              <mxPoint x=\"").append(SvgWriter.num(points.get(i).x() + dx)).append("\" y=\"")
                        .append(SvgWriter.num(points.get(i).y() + dy)).append("\"/>\n");
            }
            cells.append("            </Array>\n");
        }
        cells.append("          </mxGeometry>\n        </mxCell>\n");
    }

    private void flowPath() {
        List<DiagramNode> hops = OverlayBuilder.hops(geometry, options.flowPath(), scope::includes);
        for (int i = 1; i < hops.size(); i++) {
            edge("lw:flow:" + i, "edgeStyle=none;html=1;strokeColor=" + Colors.FLOW + ";strokeWidth=4;opacity=85;endArrow=block;endFill=1;",
                    cellId(hops.get(i - 1).id()), cellId(hops.get(i).id()), List.of(), "flow hop " + i);
        }
    }

    private void badges() {
        for (Map.Entry<ElementId, BadgeSeverity> b : options.badges().entrySet()) {
            geometry.visibleNode(b.getKey()).filter(n -> scope.includes(n.id())).ifPresent(n -> vertex("lw:badge:" + b.getKey(), b.getValue() == BadgeSeverity.INFO ? "i" : "!",
                    "ellipse;html=1;fontStyle=1;fontColor=#FFFFFF;strokeColor=#FFFFFF;strokeWidth=1.5;fillColor=" + b.getValue().color() + ";",
                    "1", new Bounds(n.anchor().maxX() - 10 + dx, n.anchor().y() - 6 + dy, 16, 16), null));
        }
    }

    /** A legend group under the diagram with a sample edge per line style; returns its height. */
    private double legend(double x, double y, double width) {
        Set<ConnectionKind> kinds = EnumSet.noneOf(ConnectionKind.class);
        geometry.connections().stream().filter(c -> scope.includes(c.from()) && scope.includes(c.to())).forEach(c -> kinds.add(c.kind()));
        if (kinds.isEmpty()) {
            return 0;
        }
        int columns = Math.max(1, (int) (width / 260));
        int rows = (kinds.size() + columns - 1) / columns;
        double height = 36 + rows * 22 + 8;
        vertex("lw:legend", "Legend", "rounded=1;arcSize=2;html=1;whiteSpace=wrap;fontSize=12;fontStyle=1;verticalAlign=top;align=left;"
                + "spacingLeft=10;strokeColor=#D5DBDB;fillColor=#FFFFFF;container=1;collapsible=0;", "1", new Bounds(x, y, width, height), null);
        int i = 0;
        for (ConnectionKind k : kinds) {
            double ex = 10 + (i % columns) * 260;
            double ey = 36 + (i / columns) * 22;
            legendEntry(k, ex, ey);
            i++;
        }
        return height + 16;
    }

    private void legendEntry(ConnectionKind k, double x, double y) {
        String id = "lw:legend:" + k.name().toLowerCase(java.util.Locale.ROOT);
        cells.append("        <mxCell id=\"").append(id).append("\" value=\"\" style=\"").append(SvgWriter.attr(DrawioStyles.edge(k.style())))
                .append("\" edge=\"1\" parent=\"lw:legend\">\n          <mxGeometry relative=\"1\" as=\"geometry\">\n")
                .append("            <mxPoint x=\"").append(SvgWriter.num(x)).append("\" y=\"").append(SvgWriter.num(y + 7))
                .append("\" as=\"sourcePoint\"/>\n            <mxPoint x=\"").append(SvgWriter.num(x + 40)).append("\" y=\"")
                .append(SvgWriter.num(y + 7)).append("\" as=\"targetPoint\"/>\n          </mxGeometry>\n        </mxCell>\n");
        vertex(id + ":text", SvgWriter.text(k.legend()), "text;html=1;fontSize=11;align=left;verticalAlign=middle;strokeColor=none;"
                + "fillColor=none;fontColor=#232F3E;", "lw:legend", new Bounds(x + 48, y - 2, 200, 18), null);
    }
}
