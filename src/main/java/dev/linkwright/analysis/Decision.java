package dev.linkwright.analysis;

/**
 * What happens when a leg arrives: the packet is delivered ({@code disposition}), a component
 * starts a new leg ({@code origin}, {@code flow}, {@code expect}) with a relay for the reply, or
 * the walk stops (blocked).
 */
record Decision(Disposition disposition, Segment.Relay relay, Position origin, Flow flow, Expectation expect,
                boolean continueHop, dev.linkwright.model.Ipv4Address replyTo) {

    static Decision deliver(Disposition d) {
        return new Decision(d, null, null, null, null, false, null);
    }

    static Decision deliverThrough(Disposition d, Segment.Relay relay) {
        return new Decision(d, relay, null, null, null, false, null);
    }

    static Decision handoff(Segment.Relay relay, Position origin, Flow flow, Expectation expect, boolean continueHop) {
        return new Decision(null, relay, origin, flow, expect, continueHop, null);
    }

    /**
     * A hand-off whose new leg's replies go back to {@code replyTo} rather than to the packet's
     * source: a load balancer that preserves the client's address still receives the replies.
     */
    Decision replyingTo(dev.linkwright.model.Ipv4Address address) {
        return new Decision(disposition, relay, origin, flow, expect, continueHop, address);
    }

    static Decision stop() {
        return new Decision(null, null, null, null, null, false, null);
    }

    boolean delivered() {
        return disposition != null;
    }

    boolean isHandoff() {
        return origin != null;
    }
}
