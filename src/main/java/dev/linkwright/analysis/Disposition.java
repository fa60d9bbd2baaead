package dev.linkwright.analysis;

/**
 * What finally happened to the packet, after Batfish's flow dispositions: delivered, dropped by a
 * filter on the way in or out, dropped for want of a route or by a blackhole route, dropped because
 * the next component would not take it, or handed over to the internet beyond the design.
 */
public enum Disposition {
    /** Delivered to the destination (and, for a reachable trace, the reply came back). */
    ACCEPTED,
    /** Dropped by an inbound filter: security group, network ACL, load balancer listener. */
    DENIED_IN,
    /** Dropped by an outbound filter: security group or network ACL. */
    DENIED_OUT,
    /** No route matched the destination. */
    NO_ROUTE,
    /** The matching route is a blackhole (its target is not in a working state). */
    NULL_ROUTED,
    /** The next component exists but does not take the packet (state, address or AZ rule). */
    NEIGHBOR_UNREACHABLE,
    /** The packet left the design for the public internet (no modelled host received it). */
    EXITS_NETWORK
}
