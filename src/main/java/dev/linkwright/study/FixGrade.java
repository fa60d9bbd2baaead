package dev.linkwright.study;

import java.util.List;

/**
 * The grade of a Fix-it attempt: every flow intent with the engine's verdict; one point when they
 * all hold.
 */
public record FixGrade(List<IntentResult> intents, int score, int maxScore, List<String> right, List<String> missed)
        implements Grade {

    public FixGrade {
        intents = List.copyOf(intents);
        right = List.copyOf(right);
        missed = List.copyOf(missed);
    }

    /** The intents that do not hold yet. */
    public List<IntentResult> broken() {
        return intents.stream().filter(i -> !i.holds()).toList();
    }
}
