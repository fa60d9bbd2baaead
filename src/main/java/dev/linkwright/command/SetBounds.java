package dev.linkwright.command;

import dev.linkwright.model.Bounds;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import java.util.Objects;

/** Sets (or with null clears) where an element is drawn; undo restores the previous bounds. */
public final class SetBounds implements Command {

    private final ElementId id;
    private final Bounds bounds;
    private Bounds previous;

    public SetBounds(ElementId id, Bounds bounds) {
        this.id = id;
        this.bounds = bounds;
    }

    @Override
    public String description() {
        return "Move " + id;
    }

    @Override
    public boolean changesNothing(Design design) {
        return Objects.equals(design.layout().bounds(id).orElse(null), bounds);
    }

    @Override
    public void execute(Design design) {
        previous = design.layout().setBounds(id, bounds);
    }

    @Override
    public void undo(Design design) {
        design.layout().setBounds(id, previous);
    }
}
