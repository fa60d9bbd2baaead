package dev.linkwright.analysis;

/** The answer to "can A reach B?": every hop of the forward and the return path allows it, or not. */
public enum Verdict {
    REACHABLE,
    BLOCKED
}
