package dev.linkwright.study;

import dev.linkwright.analysis.Trace;
import dev.linkwright.model.Flow;

/**
 * Whether one flow's intent holds: the flow, the engine's trace (null when the flow's question
 * cannot be asked of the design, e.g. its source was deleted; {@code problem} then says why).
 */
public record IntentResult(Flow flow, Trace trace, boolean holds, String problem) {

    /** "Client to service must be reachable: blocked at sg-p1 (ENI_SG_RULES_MISMATCH)". */
    public String describe() {
        String want = switch (flow.intent()) {
            case MUST_BE_REACHABLE -> "must be reachable";
            case MUST_BE_BLOCKED -> "must be blocked";
            default -> "has no intent";
        };
        String is;
        if (trace == null) {
            is = "cannot be analysed: " + problem;
        } else if (trace.isReachable()) {
            is = "reachable";
        } else {
            is = "blocked at " + trace.blockedAt().elementId() + " (" + trace.blockedAt().code() + ", "
                    + trace.blockedAt().direction().wire() + " path)";
        }
        return flow.label() + " " + want + ": " + is + (holds ? " ✓" : " ✗");
    }
}
