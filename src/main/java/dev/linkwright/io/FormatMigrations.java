package dev.linkwright.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Upgrades design files written by older versions of Linkwright: one step per format version,
 * applied to the JSON tree before it is checked against the schema, so the rest of the loader only
 * ever sees the current format.
 *
 * <p>Version 1 is the first released format, so there is no step yet; when the format changes,
 * bump {@link DesignReader#FORMAT_VERSION}, add a {@link Step} from the previous version and a test
 * that an old file opens.
 */
public final class FormatMigrations {

    /** Upgrades a document of version {@link #from()} to {@code from() + 1}. */
    public interface Step {
        int from();

        /** What changed, for the log and the "upgraded" notice. */
        String description();

        void apply(ObjectNode document);
    }

    private final List<Step> steps;

    public FormatMigrations(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The steps of this build. */
    public static FormatMigrations standard() {
        return new FormatMigrations(List.of());
    }

    /**
     * Upgrades {@code document} from {@code version} to {@code target} in place and returns the
     * descriptions of the steps applied; throws when a step is missing.
     */
    public List<String> upgrade(ObjectNode document, int version, int target) {
        java.util.ArrayList<String> applied = new java.util.ArrayList<>();
        for (int v = version; v < target; v++) {
            Step step = stepFrom(v);
            step.apply(document);
            document.put("formatVersion", v + 1);
            applied.add(step.description());
        }
        return applied;
    }

    /** True when files of {@code version} can be upgraded to {@code target}. */
    public boolean canUpgrade(int version, int target) {
        for (int v = version; v < target; v++) {
            final int from = v;
            if (steps.stream().noneMatch(s -> s.from() == from)) {
                return false;
            }
        }
        return true;
    }

    private Step stepFrom(int version) {
        return steps.stream().filter(s -> s.from() == version).findFirst()
                .orElseThrow(() -> new IllegalStateException("no upgrade from format version " + version));
    }
}
