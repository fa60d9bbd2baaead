package dev.linkwright.model;

import java.util.Objects;

/**
 * One Linkwright document: the network model ({@link Topology}), its diagram layout and a title
 * and description. What a design file holds.
 */
public final class Design {

    private final Topology topology;
    private final DiagramLayout layout;
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

    /** An independent copy (elements are immutable and shared). */
    public Design copy() {
        return new Design(topology.snapshot(), layout.copy(), title, description);
    }

    /** True when both hold the same elements, layout, title and description. */
    public boolean sameContentAs(Design other) {
        return topology.sameContentAs(other.topology) && layout.equals(other.layout)
                && title.equals(other.title) && description.equals(other.description);
    }
}
