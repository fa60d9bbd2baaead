package dev.linkwright.ui.simulation;

import dev.linkwright.analysis.flows.FlowOutcome;
import dev.linkwright.analysis.flows.FlowResult;
import dev.linkwright.model.Flow;
import dev.linkwright.model.FlowIntent;

/**
 * One line of the Flows panel: a flow with its live result and, during a what-if, its result on the
 * design as it is.
 *
 * @param flow     the flow
 * @param result   its result now (with the what-if failures, if any); null until the first evaluation
 * @param baseline its result without the what-if (the same as {@code result} when there is none)
 */
public record FlowRow(Flow flow, FlowResult result, FlowResult baseline) {

    /** "✓", "✗", "?" (cannot be traced) or "…" (not evaluated yet). */
    public String verdictSymbol() {
        return symbol(result);
    }

    /** The symbol of the result without the what-if. */
    public String baselineSymbol() {
        return symbol(baseline);
    }

    static String symbol(FlowResult r) {
        if (r == null) {
            return "…";
        }
        return switch (r.outcome()) {
            case REACHABLE -> "✓";
            case BLOCKED -> "✗";
            case UNRESOLVED -> "?";
        };
    }

    /** "ACCEPTED", "DENIED_IN", ... or why it cannot be traced. */
    public String dispositionText() {
        if (result == null) {
            return "evaluating…";
        }
        return result.outcome() == FlowOutcome.UNRESOLVED ? "cannot be traced" : result.trace().disposition().name();
    }

    /** "tcp/443", "icmp". */
    public String protocolText() {
        return flow.protocol().label() + (flow.protocol().hasPorts() && flow.port() != null ? "/" + flow.port() : "");
    }

    /** "must be reachable", "must be blocked" or "". */
    public String intentText() {
        return intentText(flow.intent());
    }

    static String intentText(FlowIntent intent) {
        return switch (intent) {
            case NONE -> "";
            case MUST_BE_REACHABLE -> "must be reachable";
            case MUST_BE_BLOCKED -> "must be blocked";
        };
    }

    /** True when the flow has an intent that it does not keep now. */
    public boolean intentBroken() {
        return result != null && !result.intentHeld();
    }

    /** True when a what-if changes whether this flow gets through. */
    public boolean flippedByWhatIf() {
        return result != null && baseline != null && result.reachable() != baseline.reachable();
    }

    /** The one-line explanation of the result. */
    public String summary() {
        return result == null ? "" : result.summary();
    }
}
