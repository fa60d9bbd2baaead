package dev.linkwright.command;

import dev.linkwright.model.Design;
import dev.linkwright.model.Flow;

/** Adds a flow, or changes the flow with the same id; undo restores what was there. */
public final class PutFlow implements Command {

    private final Flow flow;
    private Flow previous;

    public PutFlow(Flow flow) {
        this.flow = flow;
    }

    @Override
    public String description() {
        return "Flow " + flow.label();
    }

    @Override
    public boolean changesNothing(Design design) {
        return design.flow(flow.id()).map(flow::equals).orElse(false);
    }

    @Override
    public void execute(Design design) {
        previous = design.putFlow(flow, -1);
    }

    @Override
    public void undo(Design design) {
        if (previous == null) {
            design.removeFlow(flow.id());
        } else {
            design.putFlow(previous, -1);
        }
    }
}
