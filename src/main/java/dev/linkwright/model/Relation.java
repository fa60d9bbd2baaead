package dev.linkwright.model;

/**
 * An edge of the topology graph: containment (parent to child) or a reference (element to the
 * element it names). Edges are compared by identity, as JGraphT expects of multigraph edges.
 */
public final class Relation {

    /** The two kinds of edge: nesting and every other relation. */
    public enum Type { CONTAINS, REFERENCES }

    private final Type type;
    private final String role;

    Relation(Type type, String role) {
        this.type = type;
        this.role = role;
    }

    public Type type() {
        return type;
    }

    /** For references, what the reference means ("routeTable", "target", ...); "child" for containment. */
    public String role() {
        return role;
    }

    @Override
    public String toString() {
        return type + ":" + role;
    }
}
