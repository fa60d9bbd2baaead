package dev.linkwright.model;

import java.util.Set;

/**
 * What one grouped edit changed: the ids added, removed and replaced. Listeners receive one of
 * these per command, however many elements it touched.
 */
public record TopologyChange(Set<ElementId> added, Set<ElementId> removed, Set<ElementId> changed) {

    public TopologyChange {
        added = Set.copyOf(added);
        removed = Set.copyOf(removed);
        changed = Set.copyOf(changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** Every id the change touched. */
    public Set<ElementId> all() {
        java.util.Set<ElementId> all = new java.util.HashSet<>(added);
        all.addAll(removed);
        all.addAll(changed);
        return all;
    }
}
