package dev.linkwright.study;

import dev.linkwright.analysis.BlockedAt;
import dev.linkwright.analysis.Trace;
import dev.linkwright.analysis.Verdict;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Grades Predict answers against the engine's trace of the exercise's question (never against the
 * stated answer, which {@code study check} proves separately). The blocking component is right
 * when it is the element the engine blocks at or the owner of that nested part, or one of the
 * alternatives the exercise accepts.
 */
public final class PredictGrader {

    private final StudyEngine engine;

    public PredictGrader() {
        this(new StudyEngine());
    }

    public PredictGrader(StudyEngine engine) {
        this.engine = engine;
    }

    /** Grades {@code response} to {@code exercise}, asked of {@code design} (the exercise's design). */
    public PredictGrade grade(Exercise exercise, Design design, PredictResponse response) {
        if (exercise.mode() != ExerciseMode.PREDICT) {
            throw new IllegalArgumentException(exercise.key() + " is not a Predict exercise");
        }
        Trace trace = engine.trace(design, exercise.question(), exercise.profile());
        Set<ElementId> accepted = new LinkedHashSet<>(StudyEngine.blockingElements(trace, design));
        if (exercise.answer() instanceof Answer.Predict p && p.expected().verdict() == Verdict.BLOCKED
                && trace.blockedAt() != null && accepted.contains(ElementId.of(p.expected().element()))) {
            p.expected().alsoAccept().forEach(s -> accepted.add(ElementId.of(s)));
        }
        List<String> right = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        boolean verdictRight = response.verdict() == trace.verdict();
        String verdictWord = trace.isReachable() ? "reachable" : "blocked";
        if (verdictRight) {
            right.add("The flow is " + verdictWord + ", as you said.");
        } else {
            missed.add("The flow is " + verdictWord + ", not " + response.verdict().name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        boolean elementRight = false;
        int max = 1;
        if (!trace.isReachable()) {
            max = 2;
            BlockedAt b = trace.blockedAt();
            String where = b.elementId() + " blocks it on the " + b.direction().wire() + " path (" + b.code() + ")";
            if (response.verdict() == Verdict.BLOCKED && response.blockingElement() != null
                    && accepted.contains(response.blockingElement())) {
                elementRight = true;
                right.add("You named the blocking component: " + where + ".");
            } else if (response.verdict() == Verdict.BLOCKED && response.blockingElement() != null) {
                missed.add("You named " + response.blockingElement() + ", but " + where + ".");
            } else {
                missed.add(where.substring(0, 1).toUpperCase() + where.substring(1) + ".");
            }
        }
        int score = (verdictRight ? 1 : 0) + (elementRight ? 1 : 0);
        return new PredictGrade(response, trace, verdictRight, elementRight, accepted, score, max, right, missed);
    }
}
