package dev.linkwright.analysis.flows;

import dev.linkwright.model.Flow;

/**
 * One flow before and after a what-if, side by side.
 *
 * @param flow   the flow
 * @param before its result on the design as it is
 * @param after  its result with the what-if failures
 */
public record FlowChange(Flow flow, FlowResult before, FlowResult after) {

    /** True when the what-if changes whether the flow gets through. */
    public boolean flipped() {
        return before.outcome() == FlowOutcome.REACHABLE != (after.outcome() == FlowOutcome.REACHABLE);
    }

    /** True when the flow kept its intent before and breaks it after. */
    public boolean breaksIntent() {
        return before.intentHeld() && !after.intentHeld();
    }
}
