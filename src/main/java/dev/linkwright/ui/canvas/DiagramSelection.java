package dev.linkwright.ui.canvas;

import dev.linkwright.model.ElementId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * Which elements are selected on a {@link DiagramCanvas}. Readers see an unmodifiable set and the
 * primary (last clicked) element; a click selects one element or clears. The editor extends this
 * with multi-selection through {@link #setSelection}.
 */
public class DiagramSelection {

    private final ObservableSet<ElementId> selected = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableSet<ElementId> readOnly = FXCollections.unmodifiableObservableSet(selected);
    private final ReadOnlyObjectWrapper<ElementId> primary = new ReadOnlyObjectWrapper<>(this, "primary");

    /** The selected ids (unmodifiable, observable). */
    public ObservableSet<ElementId> getSelectedIds() {
        return readOnly;
    }

    /** The element selected last, or null. */
    public ReadOnlyObjectProperty<ElementId> primaryProperty() {
        return primary.getReadOnlyProperty();
    }

    public ElementId getPrimary() {
        return primary.get();
    }

    public boolean isSelected(ElementId id) {
        return selected.contains(id);
    }

    public boolean isEmpty() {
        return selected.isEmpty();
    }

    /** Selects {@code id} alone. */
    public void select(ElementId id) {
        if (id == null) {
            clear();
            return;
        }
        setSelection(java.util.List.of(id), id);
    }

    /** Selects {@code ids}, {@code primary} (one of them, or null) being the focus. */
    public void selectAll(Collection<ElementId> ids, ElementId primaryId) {
        setSelection(new java.util.ArrayList<>(new LinkedHashSet<>(ids)), primaryId);
    }


    /** Adds {@code id} to the selection, or takes it out when it is selected (shift-click). */
    public void toggle(ElementId id) {
        java.util.List<ElementId> ids = new java.util.ArrayList<>(selected);
        if (ids.remove(id)) {
            setSelection(ids, ids.isEmpty() ? null : primary.get() != null && !primary.get().equals(id) ? primary.get() : ids.get(ids.size() - 1));
        } else {
            ids.add(id);
            setSelection(ids, id);
        }
    }

    /** Selects nothing. */
    public void clear() {
        setSelection(java.util.List.of(), null);
    }

    /** Replaces the selection with {@code ids}, {@code primary} being the focus (one of them, or null). */
    protected void setSelection(Collection<ElementId> ids, ElementId primaryId) {
        if (!(selected.size() == ids.size() && selected.containsAll(ids))) {
            selected.retainAll(ids);
            selected.addAll(ids);
        }
        primary.set(primaryId != null && ids.contains(primaryId) ? primaryId : null);
    }

    /** Drops ids that no longer exist (after an edit removed them). */
    void retain(Predicate<ElementId> exists) {
        if (selected.stream().allMatch(exists)) {
            return;
        }
        java.util.List<ElementId> kept = selected.stream().filter(exists).toList();
        ElementId p = primary.get();
        setSelection(kept, p != null && exists.test(p) ? p : null);
    }
}
