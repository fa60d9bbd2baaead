package dev.linkwright.io.export;

import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.TopologyView;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which elements an export covers: the whole design, or the selected elements with everything
 * inside them. Diagrams also draw the containers around a selection ({@link #withAncestors}) so
 * the picture keeps its context.
 */
public final class ExportScope {

    private final Set<ElementId> ids;
    private final boolean whole;

    private ExportScope(Set<ElementId> ids, boolean whole) {
        this.ids = ids;
        this.whole = whole;
    }

    /** The whole design. */
    public static ExportScope whole() {
        return new ExportScope(Set.of(), true);
    }

    /**
     * The selection in {@code options} with its descendants, or the whole design when there is no
     * selection. Throws naming the ids that are not in the design.
     */
    public static ExportScope of(TopologyView topology, ExportOptions options) throws ExportException {
        if (!options.hasScope()) {
            return whole();
        }
        List<String> unknown = new ArrayList<>();
        Set<ElementId> ids = new LinkedHashSet<>();
        for (ElementId id : options.scope()) {
            Element e = topology.owner(id).orElse(null);
            if (e == null) {
                unknown.add(id.value());
            } else {
                addWithDescendants(topology, e.id(), ids);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ExportException("the selection names no element of the design: " + String.join(", ", unknown));
        }
        return new ExportScope(ids, false);
    }

    private static void addWithDescendants(TopologyView topology, ElementId root, Set<ElementId> into) {
        Deque<ElementId> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            ElementId id = todo.poll();
            if (into.add(id)) {
                for (Element child : topology.children(id)) {
                    todo.add(child.id());
                }
            }
        }
    }

    /** This scope plus the containers around its elements (for pictures). */
    public ExportScope withAncestors(TopologyView topology) {
        if (whole) {
            return this;
        }
        Set<ElementId> all = new LinkedHashSet<>(ids);
        for (ElementId id : ids) {
            Element e = topology.find(id).orElse(null);
            while (e != null && e.parent() != null) {
                all.add(e.parent());
                e = topology.find(e.parent()).orElse(null);
            }
        }
        return new ExportScope(all, false);
    }

    /** True when the export covers the element with {@code id}. */
    public boolean includes(ElementId id) {
        return whole || ids.contains(id);
    }

    /** True when the whole design is exported. */
    public boolean isWhole() {
        return whole;
    }

    /** The elements of {@code topology} in scope, in document order. */
    public List<Element> elements(TopologyView topology) {
        List<Element> list = new ArrayList<>();
        for (Element e : topology.elements()) {
            if (includes(e.id())) {
                list.add(e);
            }
        }
        return list;
    }
}
