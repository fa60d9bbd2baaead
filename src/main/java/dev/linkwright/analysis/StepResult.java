package dev.linkwright.analysis;

/** How one check of a hop came out. */
public enum StepResult {
    /** The check let the packet through. */
    PASS,
    /** The check dropped the packet (the trace names it in {@link Trace#blockedAt()} or {@link Trace#alsoBlocking()}). */
    FAIL,
    /** Not a check: what happened (a rewrite, a hand-off, a stateful reply). */
    NOTE
}
