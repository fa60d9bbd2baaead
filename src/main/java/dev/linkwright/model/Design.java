package dev.linkwright.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One Linkwright document: the network model ({@link Topology}), its diagram layout, the traffic
 * flows saved with it, and a title and description. What a design file holds.
 */
public final class Design {

    private final Topology topology;
    private final DiagramLayout layout;
    private final List<Flow> flows = new ArrayList<>();
    private final List<Runnable> flowListeners = new CopyOnWriteArrayList<>();
    private String title;
    private String description;

    public Design(Topology topology, DiagramLayout layout, String title, String description) {
        this.topology = Objects.requireNonNull(topology);
        this.layout = Objects.requireNonNull(layout);
        this.title = title == null ? "" : title;
        this.description = description == null ? "" : description;
    }

    /** An empty design. */
    public static Design empty() {
        return new Design(new Topology(), new DiagramLayout(), "", "");
    }

    public Topology topology() {
        return topology;
    }

    public DiagramLayout layout() {
        return layout;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    /** Starts a group of changes to the model and the layout; listeners hear about it once. */
    public void beginUpdate() {
        topology.beginUpdate();
        layout.beginUpdate();
    }

    /** Ends a group of changes started by {@link #beginUpdate()}. */
    public void endUpdate() {
        try {
            layout.endUpdate();
        } finally {
            topology.endUpdate();
        }
    }

    /** The flows in order. */
    public List<Flow> flows() {
        return Collections.unmodifiableList(flows);
    }

    public Optional<Flow> flow(ElementId id) {
        return flows.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /**
     * Adds {@code flow} at {@code index}, or replaces the flow with its id in place when
     * {@code index} is negative; returns the previous flow with that id, or null.
     */
    public Flow putFlow(Flow flow, int index) {
        for (int i = 0; i < flows.size(); i++) {
            if (flows.get(i).id().equals(flow.id())) {
                Flow old = flows.set(i, flow);
                fireFlows();
                return old;
            }
        }
        flows.add(index < 0 || index > flows.size() ? flows.size() : index, flow);
        fireFlows();
        return null;
    }

    /** Removes the flow with {@code id}; returns its position, or -1 when there was none. */
    public int removeFlow(ElementId id) {
        for (int i = 0; i < flows.size(); i++) {
            if (flows.get(i).id().equals(id)) {
                flows.remove(i);
                fireFlows();
                return i;
            }
        }
        return -1;
    }

    /** Listeners hear about every change of the flows list. */
    public void addFlowListener(Runnable listener) {
        flowListeners.add(listener);
    }

    public void removeFlowListener(Runnable listener) {
        flowListeners.remove(listener);
    }

    private void fireFlows() {
        for (Runnable r : flowListeners) {
            r.run();
        }
    }

    /** An independent copy (elements are immutable and shared). */
    public Design copy() {
        Design d = new Design(topology.snapshot(), layout.copy(), title, description);
        d.flows.addAll(flows);
        return d;
    }

    /** True when both hold the same elements, layout, flows, title and description. */
    public boolean sameContentAs(Design other) {
        return topology.sameContentAs(other.topology) && layout.equals(other.layout) && flows.equals(other.flows)
                && title.equals(other.title) && description.equals(other.description);
    }
}
