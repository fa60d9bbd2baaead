package dev.linkwright.command;

import dev.linkwright.model.Bounds;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Topology;

/**
 * Removes one element that has no children (remove children first; {@link Edits#delete} plans the
 * order). Undo puts it back at the same place in the document, with its bounds and collapsed state.
 */
public final class RemoveElement implements Command {

    private final ElementId id;
    private Topology.Removed removed;
    private Bounds bounds;
    private boolean collapsed;

    public RemoveElement(ElementId id) {
        this.id = id;
    }

    public ElementId id() {
        return id;
    }

    @Override
    public String description() {
        return "Delete " + id;
    }

    @Override
    public boolean changesNothing(Design design) {
        return !design.topology().contains(id);
    }

    @Override
    public void execute(Design design) {
        removed = design.topology().remove(id);
        bounds = design.layout().setBounds(id, null);
        collapsed = design.layout().setCollapsed(id, false);
    }

    @Override
    public void undo(Design design) {
        design.topology().restore(removed.element(), removed.order());
        if (bounds != null) {
            design.layout().setBounds(id, bounds);
        }
        if (collapsed) {
            design.layout().setCollapsed(id, true);
        }
    }
}
