package dev.linkwright.analysis;

import java.util.Locale;
import java.util.Set;

/**
 * Which free-text element states carry traffic. AWS uses many words (available, attached, active,
 * associated, running, up); anything else (pending, deleted, failed, down, detached, stopped, ...)
 * does not. An unstated state is taken as working.
 */
final class States {

    private static final Set<String> USABLE = Set.of("available", "attached", "active", "associated", "running", "up", "ok",
            "in-use", "inuse", "accepted", "healthy");

    private States() {
    }

    static boolean usable(String state) {
        return state == null || state.isBlank() || USABLE.contains(state.trim().toLowerCase(Locale.ROOT));
    }
}
