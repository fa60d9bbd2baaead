package dev.linkwright.model;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/**
 * The diagram's layout, kept apart from the network model: bounds per element (relative to the
 * parent) and which containers are collapsed. Elements without bounds are placed by the automatic
 * layout.
 */
public final class DiagramLayout {

    private final Map<ElementId, Bounds> bounds = new LinkedHashMap<>();
    private final Set<ElementId> collapsed = new HashSet<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private int updateDepth;
    private boolean pending;

    public Optional<Bounds> bounds(ElementId id) {
        return Optional.ofNullable(bounds.get(id));
    }

    public Map<ElementId, Bounds> allBounds() {
        return Collections.unmodifiableMap(bounds);
    }

    public boolean isCollapsed(ElementId id) {
        return collapsed.contains(id);
    }

    public Set<ElementId> collapsedIds() {
        return Collections.unmodifiableSet(collapsed);
    }

    /** Sets or (with null) clears the bounds of {@code id}; returns the previous bounds. */
    public Bounds setBounds(ElementId id, Bounds b) {
        Bounds old = b == null ? bounds.remove(id) : bounds.put(id, b);
        if (!java.util.Objects.equals(old, b)) {
            fire();
        }
        return old;
    }

    /** Sets whether {@code id} is collapsed; returns the previous value. */
    public boolean setCollapsed(ElementId id, boolean value) {
        boolean old = value ? !collapsed.add(id) : collapsed.remove(id);
        if (old != value) {
            fire();
        }
        return old;
    }

    public boolean isEmpty() {
        return bounds.isEmpty() && collapsed.isEmpty();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Starts a group of changes; listeners hear about the group once, at the matching end. */
    public void beginUpdate() {
        updateDepth++;
    }

    /** Ends a group of changes started by {@link #beginUpdate()}. */
    public void endUpdate() {
        if (updateDepth == 0) {
            throw new IllegalStateException("endUpdate without beginUpdate");
        }
        if (--updateDepth == 0 && pending) {
            pending = false;
            for (Runnable r : listeners) {
                r.run();
            }
        }
    }

    private void fire() {
        beginUpdate();
        pending = true;
        endUpdate();
    }

    public DiagramLayout copy() {
        DiagramLayout c = new DiagramLayout();
        c.bounds.putAll(bounds);
        c.collapsed.addAll(collapsed);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DiagramLayout d && d.bounds.equals(bounds) && d.collapsed.equals(collapsed);
    }

    @Override
    public int hashCode() {
        return bounds.hashCode() * 31 + collapsed.hashCode();
    }
}
