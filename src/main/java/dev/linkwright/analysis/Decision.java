package dev.linkwright.analysis;

/**
 * What happens when a leg arrives: the packet is delivered ({@code disposition}), a component
 * starts a new leg ({@code origin}, {@code flow}, {@code expect}) with a relay for the reply, or
 * the walk stops (blocked).
 */
record Decision(Disposition disposition, Segment.Relay relay, Position origin, Flow flow, Expectation expect,
                boolean continueHop) {

    static Decision deliver(Disposition d) {
        return new Decision(d, null, null, null, null, false);
    }

    static Decision deliverThrough(Disposition d, Segment.Relay relay) {
        return new Decision(d, relay, null, null, null, false);
    }

    static Decision handoff(Segment.Relay relay, Position origin, Flow flow, Expectation expect, boolean continueHop) {
        return new Decision(null, relay, origin, flow, expect, continueHop);
    }

    static Decision stop() {
        return new Decision(null, null, null, null, null, false);
    }

    boolean delivered() {
        return disposition != null;
    }

    boolean isHandoff() {
        return origin != null;
    }
}
