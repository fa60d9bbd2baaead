package dev.linkwright.analysis;

import java.util.Locale;

/** Which way the packet travels: the request (forward) or the reply (return). */
public enum Direction {
    FORWARD,
    RETURN;

    /** The spelling in JSON output: {@code forward} or {@code return}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
