package dev.linkwright.study;

import dev.linkwright.analysis.Verdict;
import dev.linkwright.model.ElementId;

/** A student's answer to a Predict exercise: the verdict and, for blocked, the component clicked (may be null). */
public record PredictResponse(Verdict verdict, ElementId blockingElement) {

    public PredictResponse {
        if (verdict == null) {
            throw new IllegalArgumentException("an answer says reachable or blocked");
        }
        if (verdict == Verdict.REACHABLE) {
            blockingElement = null;
        }
    }

    public static PredictResponse reachable() {
        return new PredictResponse(Verdict.REACHABLE, null);
    }

    public static PredictResponse blocked(String element) {
        return new PredictResponse(Verdict.BLOCKED, element == null ? null : ElementId.of(element));
    }
}
