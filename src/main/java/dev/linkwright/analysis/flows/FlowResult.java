package dev.linkwright.analysis.flows;

import dev.linkwright.analysis.BlockedAt;
import dev.linkwright.analysis.Trace;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Flow;
import dev.linkwright.model.FlowIntent;
import java.util.Objects;

/**
 * The answer for one saved {@link Flow}: its trace (null when the flow could not be asked) or the
 * problem that kept it from being asked, in one sentence.
 *
 * <pre>{@code
 * FlowResult r = evaluation.result(ElementId.of("flow-1")).orElseThrow();
 * if (!r.intentHeld()) System.out.println(r.flow().label() + ": " + r.summary());
 * }</pre>
 */
public record FlowResult(Flow flow, Trace trace, String problem) {

    public FlowResult {
        Objects.requireNonNull(flow, "flow");
        if ((trace == null) == (problem == null)) {
            throw new IllegalArgumentException("a flow result has either a trace or a problem");
        }
    }

    public FlowOutcome outcome() {
        if (trace == null) {
            return FlowOutcome.UNRESOLVED;
        }
        return trace.isReachable() ? FlowOutcome.REACHABLE : FlowOutcome.BLOCKED;
    }

    public boolean reachable() {
        return outcome() == FlowOutcome.REACHABLE;
    }

    /** True when the flow has an intent. */
    public boolean hasIntent() {
        return flow.intent() != FlowIntent.NONE;
    }

    /**
     * True when the flow does what its intent says (always true without an intent). A flow that
     * cannot be asked never holds an intent: nobody can say it is reachable or blocked.
     */
    public boolean intentHeld() {
        return switch (flow.intent()) {
            case NONE -> true;
            case MUST_BE_REACHABLE -> outcome() == FlowOutcome.REACHABLE;
            case MUST_BE_BLOCKED -> outcome() == FlowOutcome.BLOCKED;
        };
    }

    /** Where it was blocked, or null. */
    public BlockedAt blockedAt() {
        return trace == null ? null : trace.blockedAt();
    }

    /** The element to point at: the blocking element, else the last hop reached, else null. */
    public ElementId focusElement() {
        if (trace == null) {
            return null;
        }
        if (trace.blockedAt() != null) {
            return trace.blockedAt().elementId();
        }
        return trace.forward().isEmpty() ? null : trace.forward().get(trace.forward().size() - 1).id();
    }

    /** One line for people: "Reachable (ACCEPTED)", "Blocked at sg-b (ENI_SG_RULES_MISMATCH): ...". */
    public String summary() {
        return switch (outcome()) {
            case REACHABLE -> "Reachable (" + trace.disposition() + ").";
            case BLOCKED -> "Blocked at " + trace.blockedAt().elementId() + " (" + trace.blockedAt().code() + "): "
                    + trace.blockedAt().message();
            case UNRESOLVED -> "Cannot be traced: " + problem;
        };
    }
}
