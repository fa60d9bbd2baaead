package dev.linkwright.ui.study;

import dev.linkwright.model.ElementId;
import dev.linkwright.ui.canvas.DiagramSelection;
import java.util.Collection;
import java.util.function.Consumer;

/**
 * The study canvas's selection: a click on an element goes to the view model (which decides what
 * it means for the exercise), and the canvas shows whatever the view model highlights.
 */
final class StudySelection extends DiagramSelection {

    private Consumer<ElementId> onClick = id -> { };

    void setOnClick(Consumer<ElementId> handler) {
        this.onClick = handler;
    }

    @Override
    public void select(ElementId id) {
        if (id == null) {
            clear();
        } else {
            onClick.accept(id);
        }
    }

    /** Shows {@code ids} as selected. */
    void show(Collection<ElementId> ids) {
        setSelection(ids, ids.isEmpty() ? null : ids.iterator().next());
    }
}
