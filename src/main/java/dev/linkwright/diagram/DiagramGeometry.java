package dev.linkwright.diagram;

import dev.linkwright.model.Bounds;
import dev.linkwright.model.DiagramLayout;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.TopologyView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where everything of a design is drawn: absolute bounds, labels and style of every element and
 * the connection lines between them, computed from a topology and its stored layout. Pure data,
 * shared by the canvas and the diagram exporters.
 *
 * <p>Stored bounds (relative to the element's {@linkplain DiagramNode#container() diagram
 * container}) are used where present; everything else is placed by an automatic layout that nests
 * accounts &gt; Regions &gt; VPCs &gt; AZs &gt; subnets &gt; resources inside an AWS Cloud frame, with
 * on-premises networks and the internet in a column beside it. Containers grow to fit. A collapsed
 * container is drawn as its header; its content is {@linkplain DiagramNode#hidden() hidden} and
 * lines to it end at the container. Computing a geometry takes time linear in the design's size.
 *
 * <pre>{@code
 * DiagramGeometry g = DiagramGeometry.compute(design.topology(), design.layout());
 * Bounds vpc = g.get(ElementId.of("vpc-a")).bounds();
 * for (DiagramConnection c : g.connections()) { ... c.kind().style() ... c.points() ... }
 * }</pre>
 */
public final class DiagramGeometry {

    private static final DiagramGeometry EMPTY = new DiagramGeometry(List.of(), Map.of(), List.of(), null);

    private final List<DiagramNode> nodes;
    private final Map<ElementId, DiagramNode> byId;
    private final List<DiagramConnection> connections;
    private final Bounds cloud;
    private final Bounds extent;

    private DiagramGeometry(List<DiagramNode> nodes, Map<ElementId, DiagramNode> byId, List<DiagramConnection> connections,
                            Bounds cloud) {
        this.nodes = Collections.unmodifiableList(nodes);
        this.byId = Collections.unmodifiableMap(byId);
        this.connections = Collections.unmodifiableList(connections);
        this.cloud = cloud;
        this.extent = extentOf(nodes, cloud);
    }

    /** The geometry of a design with nothing in it. */
    public static DiagramGeometry empty() {
        return EMPTY;
    }

    /** Computes the geometry of {@code view} with the stored {@code layout}. */
    public static DiagramGeometry compute(TopologyView view, DiagramLayout layout) {
        if (view.size() == 0) {
            return EMPTY;
        }
        DiagramTree tree = new DiagramTree(view);
        List<ConnectionFinder.Link> links = new ConnectionFinder(view).find();
        AutoLayout auto = new AutoLayout(tree, layout, links).run();
        List<DiagramNode> nodes = new ArrayList<>(view.size());
        Map<ElementId, DiagramNode> byId = new HashMap<>(view.size() * 2);
        for (Element root : tree.roots()) {
            place(tree, auto, root, null, 0, 0, 0, null, nodes, byId);
        }
        addReplicas(tree, auto, nodes, byId);
        return new DiagramGeometry(nodes, byId, connect(tree, links, nodes, byId), auto.cloud());
    }

    private static void place(DiagramTree tree, AutoLayout auto, Element e, ElementId container, double originX,
                              double originY, int depth, DiagramNode collapsedAncestor, List<DiagramNode> out,
                              Map<ElementId, DiagramNode> byId) {
        NodeShape shape = DiagramTree.shapeOf(e.kind());
        NodeStyle style = DiagramStyles.of(e, tree.isPublicSubnet(e.id()));
        String title = auto.title(e);
        String detail = auto.detail(e);
        DiagramNode node;
        if (collapsedAncestor != null) {
            Bounds b = collapsedAncestor.bounds();
            node = new DiagramNode(e.id(), e.kind(), shape, b, b, b, title, detail, style, container, depth, true,
                    auto.isCollapsed(e), List.of());
        } else {
            AutoLayout.Slot slot = AutoLayout.Slot.of(e);
            double[] p = auto.position(slot);
            AutoLayout.Size s = auto.size(slot);
            Bounds b = new Bounds(originX + p[0], originY + p[1], s.w(), s.h());
            node = new DiagramNode(e.id(), e.kind(), shape, b, anchorOf(shape, b), labelAreaOf(shape, b, title, detail),
                    title, detail, style, container, depth, false, auto.isCollapsed(e), List.of());
        }
        out.add(node);
        byId.put(e.id(), node);
        DiagramNode hiddenBy = collapsedAncestor != null ? collapsedAncestor : node.collapsed() ? node : null;
        for (Element child : tree.children(e.id())) {
            place(tree, auto, child, e.id(), node.bounds().x(), node.bounds().y(), depth + 1, hiddenBy, out, byId);
        }
    }

    /** Adds the replicas (in visible subnets) to the nodes of load balancers and endpoints. */
    private static void addReplicas(DiagramTree tree, AutoLayout auto, List<DiagramNode> nodes,
                                    Map<ElementId, DiagramNode> byId) {
        for (int i = 0; i < nodes.size(); i++) {
            DiagramNode n = nodes.get(i);
            List<DiagramTree.Replica> replicas = tree.replicasOf(n.id());
            if (replicas.isEmpty()) {
                continue;
            }
            List<DiagramNode.Replica> placed = new ArrayList<>();
            for (DiagramTree.Replica r : replicas) {
                DiagramNode subnet = byId.get(r.subnet());
                AutoLayout.Slot slot = new AutoLayout.Slot(n.id(), r.index());
                double[] p = auto.position(slot);
                if (subnet == null || subnet.hidden() || subnet.collapsed() || p == null) {
                    continue;
                }
                AutoLayout.Size s = auto.size(slot);
                Bounds b = new Bounds(subnet.bounds().x() + p[0], subnet.bounds().y() + p[1], s.w(), s.h());
                String detail = DiagramLabels.replicaDetail(r.element(), r.address());
                placed.add(new DiagramNode.Replica(r.index(), r.subnet(), b, anchorOf(NodeShape.ICON, b),
                        labelAreaOf(NodeShape.ICON, b, n.title(), detail), detail));
            }
            DiagramNode withReplicas = new DiagramNode(n.id(), n.kind(), n.shape(), n.bounds(), n.anchor(), n.labelArea(),
                    n.title(), n.detail(), n.style(), n.container(), n.depth(), n.hidden(), n.collapsed(), placed);
            nodes.set(i, withReplicas);
            byId.put(n.id(), withReplicas);
        }
    }

    /**
     * The lines, each routed between the drawn places of its ends: a load balancer's line to a
     * target starts at its node in the target's subnet or AZ when it has one there; an endpoint with
     * network interfaces in several subnets has a line from each.
     */
    private static List<DiagramConnection> connect(DiagramTree tree, List<ConnectionFinder.Link> links, List<DiagramNode> nodes,
                                                   Map<ElementId, DiagramNode> byId) {
        List<DiagramConnection> connections = new ArrayList<>();
        LineRouter router = new LineRouter(nodes);
        for (ConnectionFinder.Link link : links) {
            DiagramNode from = visible(byId, link.from());
            DiagramNode to = visible(byId, link.to());
            if (from == null || to == null || from == to) {
                continue;
            }
            LineRouter.End toEnd = LineRouter.End.of(to);
            if (link.kind() == ConnectionKind.LOAD_BALANCER_TARGET && from.id().equals(link.from())) {
                LineRouter.End fromEnd = nearestPlacement(tree, from, byId.get(link.to()));
                connections.add(new DiagramConnection(link.key(), link.kind(), link.element(), link.from(), link.to(),
                        router.route(fromEnd, toEnd)));
                continue;
            }
            connections.add(new DiagramConnection(link.key(), link.kind(), link.element(), link.from(), link.to(),
                    router.route(LineRouter.End.of(from), toEnd)));
            if (link.kind() == ConnectionKind.PRIVATELINK && from.id().equals(link.from())) {
                for (DiagramNode.Replica r : from.replicas()) {
                    connections.add(new DiagramConnection(link.key() + "#" + r.index(), link.kind(), link.element(),
                            link.from(), link.to(), router.route(LineRouter.End.of(r), toEnd)));
                }
            }
        }
        return connections;
    }

    /** The load balancer's placement in the target's subnet, else in its AZ, else the first. */
    private static LineRouter.End nearestPlacement(DiagramTree tree, DiagramNode lb, DiagramNode target) {
        if (target == null || lb.replicas().isEmpty()) {
            return LineRouter.End.of(lb);
        }
        ElementId subnet = tree.container(target.id());
        ElementId zone = subnet == null ? null : tree.container(subnet);
        if (subnet == null || subnet.equals(lb.container())) {
            return LineRouter.End.of(lb);
        }
        for (DiagramNode.Replica r : lb.replicas()) {
            if (r.subnet().equals(subnet)) {
                return LineRouter.End.of(r);
            }
        }
        if (zone != null && zone.equals(tree.container(lb.container()))) {
            return LineRouter.End.of(lb);
        }
        for (DiagramNode.Replica r : lb.replicas()) {
            if (zone != null && zone.equals(tree.container(r.subnet()))) {
                return LineRouter.End.of(r);
            }
        }
        return LineRouter.End.of(lb);
    }

    private static Bounds anchorOf(NodeShape shape, Bounds b) {
        if (shape != NodeShape.ICON) {
            return b;
        }
        double s = LayoutMetrics.ICON_SIZE;
        return new Bounds(b.x() + (b.width() - s) / 2, b.y() + LayoutMetrics.ICON_TOP, s, s);
    }

    private static Bounds labelAreaOf(NodeShape shape, Bounds b, String title, String detail) {
        switch (shape) {
            case GROUP: // the header text, as far as it reaches
                double textWidth = LayoutMetrics.headerWidth(title, detail, true);
                return new Bounds(b.x(), b.y(), Math.min(b.width(), textWidth), Math.min(b.height(), LayoutMetrics.HEADER_HEIGHT));
            case CHIP:
                return b;
            default:
                double max = b.width() - 4;
                double titleWidth = LayoutMetrics.textWidth(title, LayoutMetrics.TITLE_FONT, false);
                int titleLines = titleWidth > max ? 2 : 1;
                double w = Math.min(max, Math.max(titleWidth, LayoutMetrics.textWidth(detail, LayoutMetrics.DETAIL_FONT, false)));
                double h = titleLines * 15 + (detail.isEmpty() ? 0 : 14) + 2;
                double top = b.y() + LayoutMetrics.ICON_TOP + LayoutMetrics.ICON_SIZE + 2;
                return new Bounds(b.centerX() - w / 2 - 2, top, w + 4, Math.min(h, b.maxY() - top));
        }
    }

    private static DiagramNode visible(Map<ElementId, DiagramNode> byId, ElementId id) {
        DiagramNode n = byId.get(id);
        while (n != null && n.hidden()) {
            n = byId.get(n.container());
        }
        return n;
    }

    private static Bounds extentOf(List<DiagramNode> nodes, Bounds cloud) {
        double minX = cloud == null ? Double.POSITIVE_INFINITY : cloud.x();
        double minY = cloud == null ? Double.POSITIVE_INFINITY : cloud.y();
        double maxX = cloud == null ? Double.NEGATIVE_INFINITY : cloud.maxX();
        double maxY = cloud == null ? Double.NEGATIVE_INFINITY : cloud.maxY();
        for (DiagramNode n : nodes) {
            if (n.container() == null) {
                minX = Math.min(minX, n.bounds().x());
                minY = Math.min(minY, n.bounds().y());
                maxX = Math.max(maxX, n.bounds().maxX());
                maxY = Math.max(maxY, n.bounds().maxY());
            }
        }
        if (minX == Double.POSITIVE_INFINITY) {
            return new Bounds(0, 0, 0, 0);
        }
        return new Bounds(minX, minY, maxX - minX, maxY - minY);
    }

    // ---- reading --------------------------------------------------------------------------------

    /** Every element's node, containers before their content (the order to paint them in). */
    public List<DiagramNode> nodes() {
        return nodes;
    }

    /** The node of {@code id}, if the element exists. */
    public Optional<DiagramNode> node(ElementId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The node of {@code id}; throws {@link java.util.NoSuchElementException} when there is none. */
    public DiagramNode get(ElementId id) {
        DiagramNode n = byId.get(id);
        if (n == null) {
            throw new java.util.NoSuchElementException("no diagram node for '" + id + "'");
        }
        return n;
    }

    /** Number of nodes (one per element). */
    public int size() {
        return nodes.size();
    }

    /** The lines between elements. */
    public List<DiagramConnection> connections() {
        return connections;
    }

    /** The kinds of line present, for a legend. */
    public Set<ConnectionKind> connectionKinds() {
        Set<ConnectionKind> kinds = EnumSet.noneOf(ConnectionKind.class);
        for (DiagramConnection c : connections) {
            kinds.add(c.kind());
        }
        return kinds;
    }

    /** The AWS Cloud frame around all accounts, if the design has any. */
    public Optional<Bounds> awsCloud() {
        return Optional.ofNullable(cloud);
    }

    /** The bounds of everything drawn (empty bounds at the origin for an empty design). */
    public Bounds extent() {
        return extent;
    }

    /** The visible node drawn at the point (the innermost one, replicas included), if any. */
    public Optional<DiagramNode> nodeAt(double x, double y) {
        DiagramNode best = null;
        for (DiagramNode n : nodes) {
            if (n.hidden()) {
                continue;
            }
            if (n.replicaAt(x, y).isPresent()) {
                return Optional.of(n); // replicas are icons: nothing is drawn inside them
            }
            if (n.contains(x, y) && (best == null || n.depth() >= best.depth())) {
                best = n;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The node drawn for {@code id}: its own, or that of the collapsed container hiding it. */
    public Optional<DiagramNode> visibleNode(ElementId id) {
        return Optional.ofNullable(visible(byId, id));
    }

    /**
     * The bounds of {@code id} relative to its diagram container, as {@link DiagramLayout} stores
     * them (absolute for top-level elements).
     */
    public Bounds relativeBounds(ElementId id) {
        DiagramNode n = get(id);
        if (n.container() == null) {
            return n.bounds();
        }
        Bounds parent = get(n.container()).bounds();
        return n.bounds().movedBy(-parent.x(), -parent.y());
    }
}
