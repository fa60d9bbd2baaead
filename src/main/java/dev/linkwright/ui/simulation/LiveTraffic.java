package dev.linkwright.ui.simulation;

import dev.linkwright.analysis.Direction;
import dev.linkwright.diagram.Point;
import java.util.ArrayList;
import java.util.List;

/**
 * Continuous traffic for many flows at once: along each flow's {@link TraceRoute} a packet starts
 * every {@code spacing} seconds, travels forward (then back, when the flow is reachable), and a
 * blocked packet stops at the blocking hop, bursts there for {@code hold} seconds and disappears.
 * Stateless: the packets at time {@code t} follow from {@code t} alone, so frames can be computed in
 * any order and tests need no clock.
 *
 * <pre>{@code
 * LiveTraffic traffic = new LiveTraffic(routes, 1.2, 0.8);
 * for (LiveTraffic.Packet p : traffic.packetsAt(seconds, 2.0)) draw(p);
 * }</pre>
 */
public final class LiveTraffic {

    /** What a packet is doing, which decides its colour. */
    public enum Kind {
        /** The request: blue. */
        FORWARD,
        /** The reply: green. */
        RETURN,
        /** Dropped at the blocking hop: red, with a burst. */
        BLOCKED
    }

    /**
     * One packet in a frame.
     *
     * @param x     diagram x
     * @param y     diagram y
     * @param kind  forward, return or blocked
     * @param burst for a blocked packet, how far its burst has grown (0 to 1); else 0
     * @param route the index of its route
     */
    public record Packet(double x, double y, Kind kind, double burst, int route) {
    }

    private final List<TraceRoute> routes;
    private final double spacing;
    private final double hold;

    /** Traffic on {@code routes}, a packet every {@code spacing} seconds per route, blocked ones held {@code hold} seconds. */
    public LiveTraffic(List<TraceRoute> routes, double spacing, double hold) {
        this.routes = List.copyOf(routes);
        this.spacing = Math.max(0.05, spacing);
        this.hold = Math.max(0, hold);
    }

    public List<TraceRoute> routes() {
        return routes;
    }

    /** The packets in flight at {@code t} seconds with packets moving {@code speed} hops per second. */
    public List<Packet> packetsAt(double t, double speed) {
        List<Packet> out = new ArrayList<>();
        double v = Math.max(0.05, speed);
        for (int r = 0; r < routes.size(); r++) {
            TraceRoute route = routes.get(r);
            if (route.size() == 0) {
                continue;
            }
            int blocking = route.blockingIndex();
            double end = blocking >= 0 ? blocking : route.size() - 1;
            double life = end / v + (blocking >= 0 ? hold : 0);
            // stagger routes so that they do not pulse together
            double offset = (r * 0.37) % spacing;
            double newest = (t + offset) % spacing;
            for (double age = newest; age <= life; age += spacing) {
                double position = age * v;
                if (position >= end) {
                    if (blocking < 0) {
                        continue;
                    }
                    Point p = route.stops().get(blocking).point();
                    double burst = hold == 0 ? 1 : Math.min(1, (age - end / v) / hold);
                    out.add(new Packet(p.x(), p.y(), Kind.BLOCKED, burst, r));
                    continue;
                }
                Point p = route.pointAt(position);
                Kind k = route.directionAt(position) == Direction.RETURN ? Kind.RETURN : Kind.FORWARD;
                out.add(new Packet(p.x(), p.y(), k, 0, r));
            }
        }
        return out;
    }
}
