package dev.linkwright.study;

import java.util.List;

/**
 * What {@code study check} found for one exercise: what the engine says (one line) and the ways
 * the stated answer disagrees with it (empty when the answer is right).
 */
public record CheckResult(Exercise exercise, String engineSays, List<String> failures) {

    public CheckResult {
        failures = List.copyOf(failures);
    }

    public boolean ok() {
        return failures.isEmpty();
    }
}
