package dev.linkwright.command;

import dev.linkwright.model.Design;
import dev.linkwright.model.Element;
import dev.linkwright.model.Topology;

/** Adds an element, or replaces the element with the same id; undo restores what was there. */
public final class PutElement implements Command {

    private final Element element;
    private final String description;
    private Element previous;

    public PutElement(Element element, String description) {
        this.element = element;
        this.description = description;
    }

    public Element element() {
        return element;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean changesNothing(Design design) {
        return element.equals(design.topology().find(element.id()).orElse(null));
    }

    @Override
    public void execute(Design design) {
        Topology t = design.topology();
        previous = t.find(element.id()).orElse(null);
        t.put(element);
    }

    @Override
    public void undo(Design design) {
        Topology t = design.topology();
        if (previous == null) {
            t.remove(element.id());
        } else {
            t.put(previous);
        }
    }
}
