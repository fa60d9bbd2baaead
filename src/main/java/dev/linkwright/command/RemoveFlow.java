package dev.linkwright.command;

import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Flow;

/** Removes a flow; undo puts it back in its place. */
public final class RemoveFlow implements Command {

    private final ElementId id;
    private Flow removed;
    private int index;

    public RemoveFlow(ElementId id) {
        this.id = id;
    }

    @Override
    public String description() {
        return "Delete flow " + id;
    }

    @Override
    public boolean changesNothing(Design design) {
        return design.flow(id).isEmpty();
    }

    @Override
    public void execute(Design design) {
        removed = design.flow(id).orElseThrow();
        index = design.removeFlow(id);
    }

    @Override
    public void undo(Design design) {
        design.putFlow(removed, index);
    }
}
