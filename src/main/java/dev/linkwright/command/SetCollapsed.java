package dev.linkwright.command;

import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;

/** Collapses or expands a container on the diagram. */
public final class SetCollapsed implements Command {

    private final ElementId id;
    private final boolean collapsed;

    public SetCollapsed(ElementId id, boolean collapsed) {
        this.id = id;
        this.collapsed = collapsed;
    }

    @Override
    public String description() {
        return (collapsed ? "Collapse " : "Expand ") + id;
    }

    @Override
    public boolean changesNothing(Design design) {
        return design.layout().isCollapsed(id) == collapsed;
    }

    @Override
    public void execute(Design design) {
        design.layout().setCollapsed(id, collapsed);
    }

    @Override
    public void undo(Design design) {
        design.layout().setCollapsed(id, !collapsed);
    }
}
