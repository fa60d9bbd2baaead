package dev.linkwright.study;

import dev.linkwright.analysis.Direction;
import dev.linkwright.analysis.Verdict;
import java.util.List;

/**
 * The stated answer of a Predict exercise: the verdict and, when blocked, the blocking element (or
 * one of {@code alsoAccept}), its reason code and direction. {@code code} and {@code direction}
 * may be null (not checked).
 */
public record ExpectedBlock(Verdict verdict, String element, List<String> alsoAccept, String code, Direction direction) {

    public ExpectedBlock {
        alsoAccept = alsoAccept == null ? List.of() : List.copyOf(alsoAccept);
        if (verdict == Verdict.BLOCKED && (element == null || element.isBlank())) {
            throw new IllegalArgumentException("a blocked answer names the blocking element");
        }
    }

    /** A reachable answer. */
    public static ExpectedBlock reachable() {
        return new ExpectedBlock(Verdict.REACHABLE, null, List.of(), null, null);
    }
}
