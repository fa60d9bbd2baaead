package dev.linkwright.model;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * A copy of a {@link Topology} owned by a background thread and kept up to date from the changes
 * the original reports, so that background work after an edit costs as much as the edit, not as
 * much as the design: a {@link Topology#snapshot()} of 30,000 elements takes a tenth of a second,
 * which the editing thread must not spend after every keystroke.
 *
 * <p>The editing thread {@linkplain #capture captures} each change (the new version and document
 * position of every id it touched, in time proportional to the change) and hands the
 * {@link Delta} over; the background thread {@linkplain #apply applies} the deltas in order.
 *
 * <pre>{@code
 * TopologyMirror mirror = new TopologyMirror(topology.snapshot());          // editing thread, once
 * topology.addListener(change -> {
 *     TopologyMirror.Delta d = TopologyMirror.capture(topology, change);    // editing thread
 *     worker.execute(() -> mirror.apply(d));                                // background thread
 * });
 * }</pre>
 *
 * <p>Not thread-safe: one thread applies deltas and reads {@link #topology()}.
 */
public final class TopologyMirror {

    private final Topology copy;

    /** A mirror starting from {@code snapshot}, which nobody else may edit afterwards. */
    public TopologyMirror(Topology snapshot) {
        this.copy = Objects.requireNonNull(snapshot);
    }

    /** The mirrored topology; read it only on the thread that applies deltas. */
    public Topology topology() {
        return copy;
    }

    /** What one grouped edit left behind: for every id it touched, the element now (null when removed) and its position. */
    public record Delta(TopologyChange change, List<Entry> entries) {
        public Delta {
            Objects.requireNonNull(change);
            entries = List.copyOf(entries);
        }
    }

    /** One touched id: its element after the edit (null when removed) and its document position. */
    public record Entry(ElementId id, Element element, long order) {
    }

    /** Reads what {@code change} left in {@code source}; call it on the editing thread, right after the change. */
    public static Delta capture(Topology source, TopologyChange change) {
        List<Entry> entries = new ArrayList<>();
        for (ElementId id : change.all()) {
            Element now = source.find(id).orElse(null);
            entries.add(new Entry(id, now, now == null ? Long.MAX_VALUE : source.order(id)));
        }
        return new Delta(change, entries);
    }

    /**
     * Brings the mirror up to date with {@code delta}. Removals and puts are applied in an order
     * the topology accepts (children removed before their parents, an id given up before another
     * element takes it). Throws {@link IllegalStateException} when the delta cannot be applied,
     * i.e. the mirror missed a change; take a new snapshot then.
     */
    public void apply(Delta delta) {
        List<Entry> pending = new ArrayList<>();
        for (Entry e : delta.entries()) {
            if (e.element() != null || copy.contains(e.id())) {
                pending.add(e);
            }
        }
        copy.beginUpdate();
        try {
            boolean progress = true;
            while (!pending.isEmpty() && progress) {
                progress = false;
                for (Iterator<Entry> it = pending.iterator(); it.hasNext(); ) {
                    if (tryApply(it.next())) {
                        it.remove();
                        progress = true;
                    }
                }
            }
        } finally {
            copy.endUpdate();
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException("the mirror cannot follow the change of " + pending.get(0).id()
                    + " (" + pending.size() + " id(s) left); take a new snapshot");
        }
    }

    /** Applies one entry if the topology accepts it now; both put and remove check before they change anything. */
    private boolean tryApply(Entry e) {
        try {
            if (e.element() == null) {
                if (!copy.children(e.id()).isEmpty()) {
                    return false;
                }
                copy.remove(e.id());
            } else {
                copy.restore(e.element(), e.order());
            }
            return true;
        } catch (IllegalArgumentException | IllegalStateException ex) {
            return false;
        }
    }
}
