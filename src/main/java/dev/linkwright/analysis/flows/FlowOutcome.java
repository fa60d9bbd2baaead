package dev.linkwright.analysis.flows;

/** How a flow came out: reachable, blocked, or not answerable (an end that is not in the design). */
public enum FlowOutcome {
    /** Every hop forward and back lets it through. */
    REACHABLE,
    /** A component drops it; the trace names which and why. */
    BLOCKED,
    /** The flow's source or destination does not resolve (an element deleted, an address nobody owns...). */
    UNRESOLVED
}
