package dev.linkwright.study;

import dev.linkwright.analysis.ReachabilityAnalyzer;
import dev.linkwright.analysis.ReachabilityQuery;
import dev.linkwright.analysis.Trace;
import dev.linkwright.model.Design;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Flow;
import dev.linkwright.model.FlowIntent;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.Topology;
import dev.linkwright.validation.ValidationReport;
import dev.linkwright.validation.Validator;
import dev.linkwright.validation.rules.StandardRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The engines exercises are graded by, in one place: the reachability analysis (a question's
 * trace, every flow intent of a design) and the design validator. Each call works on a snapshot
 * of the design, so a design still being edited can be graded from another thread.
 */
public final class StudyEngine {

    private final Validator validator;

    /** An engine using the standard design rules. */
    public StudyEngine() {
        this(StandardRules.validator());
    }

    public StudyEngine(Validator validator) {
        this.validator = validator;
    }

    /** The engine's trace for {@code question} on {@code design} under {@code profile}. */
    public Trace trace(Design design, PredictQuestion question, RulesProfile profile) {
        return new ReachabilityAnalyzer(design.topology().snapshot()).analyze(question.query(profile));
    }

    /** Every flow of {@code design} that states an intent, with whether it holds under {@code profile}. */
    public List<IntentResult> intents(Design design, RulesProfile profile) {
        Topology snapshot = design.topology().snapshot();
        ReachabilityAnalyzer analyzer = new ReachabilityAnalyzer(snapshot);
        List<IntentResult> results = new ArrayList<>();
        for (Flow flow : design.flows()) {
            if (flow.intent() == FlowIntent.NONE) {
                continue;
            }
            try {
                Trace t = analyzer.analyze(ReachabilityQuery.of(flow, profile));
                boolean holds = t.isReachable() == (flow.intent() == FlowIntent.MUST_BE_REACHABLE);
                results.add(new IntentResult(flow, t, holds, null));
            } catch (IllegalArgumentException e) { // QueryException, or a flow the model refuses
                results.add(new IntentResult(flow, null, false, e.getMessage()));
            }
        }
        return results;
    }

    /** The validator's report on {@code design} under {@code profile}. */
    public ValidationReport validate(Design design, RulesProfile profile) {
        return validator.validate(design.topology().snapshot(), profile);
    }

    /**
     * The elements a student may name as the blocker of {@code trace}: the blocking element and,
     * when it is a nested part (an endpoint's network interface), the element that owns it.
     */
    public static Set<ElementId> blockingElements(Trace trace, Design design) {
        Set<ElementId> ids = new LinkedHashSet<>();
        if (trace.blockedAt() == null) {
            return ids;
        }
        ElementId blocker = trace.blockedAt().elementId();
        if (blocker != null) {
            ids.add(blocker);
            design.topology().owner(blocker).map(Element::id).ifPresent(ids::add);
        }
        return ids;
    }
}
