package dev.linkwright.ui.simulation;

import dev.linkwright.analysis.BlockedAt;
import dev.linkwright.analysis.Direction;
import dev.linkwright.analysis.Hop;
import dev.linkwright.analysis.Trace;
import dev.linkwright.diagram.DiagramConnection;
import dev.linkwright.diagram.DiagramGeometry;
import dev.linkwright.diagram.DiagramNode;
import dev.linkwright.diagram.NodeShape;
import dev.linkwright.diagram.Point;
import dev.linkwright.model.Bounds;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.EndpointInterface;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.TopologyView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Where a trace's hops are on the diagram: one stop per hop (forward, then return), placed on the
 * hop's element (a resource's icon, the matching replica of an endpoint's interface, the edge of a
 * container where the packet enters it, the middle of a connection line), and the path between
 * consecutive stops, along the connection line that joins them when there is one. Pure geometry:
 * it reads the trace and the diagram and decides nothing about rules.
 *
 * <p>A position is a number of stops: 2.5 is half-way from the third stop to the fourth.
 */
public final class TraceRoute {

    /**
     * One hop on the diagram.
     *
     * @param hop       the trace's hop
     * @param direction forward or return
     * @param index     the hop's index in its direction's list
     * @param point     where it is drawn
     * @param area      the bounds to highlight for it (its icon or box), or null
     * @param blocking  true for the hop where the packet is dropped
     */
    public record Stop(Hop hop, Direction direction, int index, Point point, Bounds area, boolean blocking) {
        public ElementId id() {
            return hop.id();
        }
    }

    private final List<Stop> stops;
    private final List<List<Point>> legs;
    private final List<double[]> legLengths;

    private TraceRoute(List<Stop> stops, List<List<Point>> legs) {
        this.stops = List.copyOf(stops);
        this.legs = List.copyOf(legs);
        this.legLengths = new ArrayList<>();
        for (List<Point> leg : legs) {
            legLengths.add(cumulative(leg));
        }
    }

    /** The route of {@code trace} on {@code geometry}. */
    public static TraceRoute of(Trace trace, DiagramGeometry geometry, TopologyView view) {
        List<Stop> stops = new ArrayList<>();
        BlockedAt b = trace.blockedAt();
        int blockingForward = b != null && b.direction() == Direction.FORWARD ? lastIndexOf(trace.forward(), b.hopId()) : -1;
        int blockingReturn = b != null && b.direction() == Direction.RETURN ? lastIndexOf(trace.returnPath(), b.hopId()) : -1;
        if (b != null && b.direction() == Direction.FORWARD && blockingForward < 0) {
            blockingForward = trace.forward().size() - 1;
        }
        if (b != null && b.direction() == Direction.RETURN && blockingReturn < 0) {
            blockingReturn = trace.returnPath().size() - 1;
        }
        Point previous = null;
        for (int i = 0; i < trace.forward().size(); i++) {
            Stop s = stop(trace.forward().get(i), Direction.FORWARD, i, i == blockingForward, previous, geometry, view);
            stops.add(s);
            previous = s.point();
        }
        for (int i = 0; i < trace.returnPath().size(); i++) {
            Stop s = stop(trace.returnPath().get(i), Direction.RETURN, i, i == blockingReturn, previous, geometry, view);
            stops.add(s);
            previous = s.point();
        }
        List<List<Point>> legs = new ArrayList<>();
        for (int i = 0; i + 1 < stops.size(); i++) {
            legs.add(leg(stops.get(i), stops.get(i + 1), geometry));
        }
        return new TraceRoute(stops, legs);
    }

    private static int lastIndexOf(List<Hop> hops, ElementId id) {
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (hops.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public List<Stop> stops() {
        return stops;
    }

    public int size() {
        return stops.size();
    }

    /** The index of the blocking stop, or -1 for a reachable trace. */
    public int blockingIndex() {
        for (int i = 0; i < stops.size(); i++) {
            if (stops.get(i).blocking()) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first return stop, or {@link #size()} when there is none. */
    public int firstReturnIndex() {
        for (int i = 0; i < stops.size(); i++) {
            if (stops.get(i).direction() == Direction.RETURN) {
                return i;
            }
        }
        return stops.size();
    }

    /** The path drawn from stop {@code i} to stop {@code i + 1}. */
    public List<Point> leg(int i) {
        return legs.get(i);
    }

    /** The point at {@code position} (in stops), following the legs; clamped to the route. */
    public Point pointAt(double position) {
        if (stops.isEmpty()) {
            return new Point(0, 0);
        }
        if (position <= 0 || stops.size() == 1) {
            return stops.get(0).point();
        }
        if (position >= stops.size() - 1) {
            return stops.get(stops.size() - 1).point();
        }
        int i = (int) Math.floor(position);
        double f = position - i;
        return along(legs.get(i), legLengths.get(i), f);
    }

    /** The direction of travel at {@code position}: the direction of the stop it is heading to. */
    public Direction directionAt(double position) {
        if (stops.isEmpty()) {
            return Direction.FORWARD;
        }
        int i = Math.min(stops.size() - 1, (int) Math.ceil(Math.max(0, position)));
        return stops.get(i).direction();
    }

    // ---- placing stops -------------------------------------------------------------------------------

    private static Stop stop(Hop hop, Direction d, int index, boolean blocking, Point previous, DiagramGeometry g, TopologyView view) {
        ElementId id = hop.id();
        Optional<DiagramNode> node = g.visibleNode(id);
        if (node.isPresent()) {
            DiagramNode n = node.get();
            if (n.shape() == NodeShape.GROUP && !n.collapsed()) {
                return new Stop(hop, d, index, entry(n.bounds(), previous), n.bounds(), blocking);
            }
            return new Stop(hop, d, index, centre(n.anchor()), n.anchor(), blocking);
        }
        Optional<DiagramConnection> line = g.connections().stream().filter(c -> id.equals(c.element())).findFirst();
        if (line.isPresent()) {
            Point m = line.get().middle();
            return new Stop(hop, d, index, m, new Bounds(m.x() - 8, m.y() - 8, 16, 16), blocking);
        }
        Optional<Element> owner = view.owner(id);
        if (owner.isPresent()) {
            Optional<DiagramNode> ownerNode = g.visibleNode(owner.get().id());
            if (ownerNode.isPresent()) {
                Bounds area = replicaAnchor(ownerNode.get(), owner.get(), id);
                return new Stop(hop, d, index, centre(area), area, blocking);
            }
        }
        Point p = previous != null ? previous : new Point(0, 0);
        return new Stop(hop, d, index, p, null, blocking);
    }

    /** The icon of an endpoint's network interface {@code nested}: its replica in the interface's subnet. */
    private static Bounds replicaAnchor(DiagramNode n, Element owner, ElementId nested) {
        if (owner instanceof InterfaceEndpoint ep) {
            for (EndpointInterface i : ep.interfaces()) {
                if (nested.equals(i.eniId())) {
                    for (DiagramNode.Replica r : n.replicas()) {
                        if (r.subnet().equals(i.subnet())) {
                            return r.anchor();
                        }
                    }
                }
            }
        }
        return n.anchor();
    }

    private static Point centre(Bounds b) {
        return new Point(b.centerX(), b.centerY());
    }

    /** Where a packet coming from {@code from} enters a box: the nearest point of its border (its centre when unknown). */
    static Point entry(Bounds box, Point from) {
        if (from == null) {
            return new Point(box.centerX(), box.y());
        }
        double x = clamp(from.x(), box.x(), box.maxX());
        double y = clamp(from.y(), box.y(), box.maxY());
        boolean inside = x == from.x() && y == from.y();
        if (!inside) {
            return new Point(x, y);
        }
        double left = from.x() - box.x();
        double right = box.maxX() - from.x();
        double top = from.y() - box.y();
        double bottom = box.maxY() - from.y();
        double min = Math.min(Math.min(left, right), Math.min(top, bottom));
        if (min == left) {
            return new Point(box.x(), from.y());
        }
        if (min == right) {
            return new Point(box.maxX(), from.y());
        }
        return min == top ? new Point(from.x(), box.y()) : new Point(from.x(), box.maxY());
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    // ---- legs ----------------------------------------------------------------------------------------

    private static List<Point> leg(Stop a, Stop b, DiagramGeometry g) {
        List<Point> path = new ArrayList<>();
        path.add(a.point());
        for (DiagramConnection c : g.connections()) {
            boolean joins = c.from().equals(a.id()) && c.to().equals(b.id()) || c.from().equals(b.id()) && c.to().equals(a.id());
            if (joins) {
                path.addAll(oriented(c.points(), a.point()));
                break;
            }
            if (b.id().equals(c.element())) {
                List<Point> pts = oriented(c.points(), a.point());
                path.addAll(pts.subList(0, pts.size() / 2 + (pts.size() % 2)));
                break;
            }
            if (a.id().equals(c.element())) {
                List<Point> pts = oriented(c.points(), b.point());
                List<Point> half = new ArrayList<>(pts.subList(0, pts.size() / 2 + (pts.size() % 2)));
                Collections.reverse(half);
                path.addAll(half);
                break;
            }
        }
        path.add(b.point());
        return path;
    }

    /** The line's points, starting at the end nearer to {@code from}. */
    private static List<Point> oriented(List<Point> points, Point from) {
        List<Point> list = new ArrayList<>(points);
        if (distance(list.get(list.size() - 1), from) < distance(list.get(0), from)) {
            Collections.reverse(list);
        }
        return list;
    }

    private static double distance(Point a, Point b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    private static double[] cumulative(List<Point> leg) {
        double[] acc = new double[leg.size()];
        for (int i = 1; i < leg.size(); i++) {
            acc[i] = acc[i - 1] + distance(leg.get(i - 1), leg.get(i));
        }
        return acc;
    }

    private static Point along(List<Point> leg, double[] acc, double fraction) {
        double total = acc[acc.length - 1];
        if (total == 0) {
            return leg.get(leg.size() - 1);
        }
        double target = fraction * total;
        for (int i = 1; i < leg.size(); i++) {
            if (acc[i] >= target) {
                double seg = acc[i] - acc[i - 1];
                double t = seg == 0 ? 1 : (target - acc[i - 1]) / seg;
                Point p = leg.get(i - 1);
                Point q = leg.get(i);
                return new Point(p.x() + (q.x() - p.x()) * t, p.y() + (q.y() - p.y()) * t);
            }
        }
        return leg.get(leg.size() - 1);
    }
}
