package dev.linkwright.study;

import dev.linkwright.analysis.Trace;
import dev.linkwright.model.ElementId;
import java.util.List;
import java.util.Set;

/**
 * The grade of a Predict answer: one point for the verdict and, when the engine says blocked, one
 * for naming the blocking component ({@code acceptedElements}). The engine's trace is kept for the
 * reveal.
 */
public record PredictGrade(PredictResponse response, Trace trace, boolean verdictRight, boolean elementRight,
                           Set<ElementId> acceptedElements, int score, int maxScore, List<String> right, List<String> missed)
        implements Grade {

    public PredictGrade {
        acceptedElements = Set.copyOf(acceptedElements);
        right = List.copyOf(right);
        missed = List.copyOf(missed);
    }
}
