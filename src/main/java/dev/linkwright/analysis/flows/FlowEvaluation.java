package dev.linkwright.analysis.flows;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.RulesProfile;
import java.util.List;
import java.util.Optional;

/**
 * The results of all flows of a design at one moment, under one rules profile and one what-if.
 *
 * @param results     one per flow, in the design's order
 * @param profile     the rules profile used
 * @param failures    the what-if failures applied (none for the design as it is)
 * @param elapsedNanos how long building the analysis and tracing all flows took
 */
public record FlowEvaluation(List<FlowResult> results, RulesProfile profile, Failures failures, long elapsedNanos) {

    public FlowEvaluation {
        results = List.copyOf(results);
        failures = failures == null ? Failures.none() : failures;
    }

    /** An evaluation of no flows. */
    public static FlowEvaluation empty(RulesProfile profile) {
        return new FlowEvaluation(List.of(), profile, Failures.none(), 0);
    }

    public Optional<FlowResult> result(ElementId flowId) {
        return results.stream().filter(r -> r.flow().id().equals(flowId)).findFirst();
    }

    /** How many flows have an intent. */
    public long withIntent() {
        return results.stream().filter(FlowResult::hasIntent).count();
    }

    /** How many flows with an intent do as intended. */
    public long asIntended() {
        return results.stream().filter(r -> r.hasIntent() && r.intentHeld()).count();
    }

    /** The flows whose intent is broken. */
    public List<FlowResult> brokenIntents() {
        return results.stream().filter(r -> !r.intentHeld()).toList();
    }

    public long reachableCount() {
        return results.stream().filter(FlowResult::reachable).count();
    }

    /** "flows 3/4 as intended", or "flows: 2 reachable, 1 blocked" when none has an intent. */
    public String statusText() {
        if (results.isEmpty()) {
            return "no flows";
        }
        if (withIntent() == 0) {
            long ok = reachableCount();
            return "flows: " + ok + " reachable, " + (results.size() - ok) + " not";
        }
        return "flows " + asIntended() + "/" + withIntent() + " as intended";
    }
}
