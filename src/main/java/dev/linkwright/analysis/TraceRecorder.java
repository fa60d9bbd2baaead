package dev.linkwright.analysis;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the hops of one direction while a walk goes. Opening the hop that is already the last
 * one continues it, so a component met twice in a row (a NAT gateway receiving, then sending)
 * stays one hop.
 */
final class TraceRecorder {

    private final List<ElementId> ids = new ArrayList<>();
    private final List<ElementKind> kinds = new ArrayList<>();
    private final List<List<Step>> steps = new ArrayList<>();

    void open(ElementId id, ElementKind kind) {
        if (!ids.isEmpty() && ids.get(ids.size() - 1).equals(id)) {
            return;
        }
        ids.add(id);
        kinds.add(kind);
        steps.add(new ArrayList<>());
    }

    void step(Step s) {
        if (steps.isEmpty()) {
            throw new IllegalStateException("a step needs an open hop");
        }
        steps.get(steps.size() - 1).add(s);
    }

    /** The id of the hop steps currently go to, or null. */
    ElementId current() {
        return ids.isEmpty() ? null : ids.get(ids.size() - 1);
    }

    List<Hop> hops() {
        List<Hop> hops = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            hops.add(new Hop(ids.get(i), kinds.get(i), steps.get(i)));
        }
        return hops;
    }
}
