package dev.linkwright.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * The network model of one design: elements by id, kept in document order, with a JGraphT graph of
 * containment edges (parent to child) and reference edges (element to referenced element).
 *
 * <p>Edits go through the {@code command} package, which calls {@link #put}, {@link #remove} and
 * {@link #restore} inside {@link #beginUpdate()}/{@link #endUpdate()} so that listeners hear about a
 * whole edit once. Readers use the {@link TopologyView} interface; background work takes a
 * {@link #snapshot()}, which later edits do not touch.
 */
public final class Topology implements TopologyView {

    private final Map<ElementId, Element> elements = new HashMap<>();
    private final Map<ElementId, Long> orderOf = new HashMap<>();
    private final TreeMap<Long, ElementId> byOrder = new TreeMap<>();
    private final Map<ElementId, ElementId> nestedOwners = new HashMap<>();
    private final Graph<ElementId, Relation> graph = new DirectedPseudograph<>(null, null, false);
    private final Graph<ElementId, Relation> readOnlyGraph = new AsUnmodifiableGraph<>(graph);
    private final List<TopologyListener> listeners = new CopyOnWriteArrayList<>();
    private long nextOrder = 1;

    private int updateDepth;
    private final Set<ElementId> pendingAdded = new LinkedHashSet<>();
    private final Set<ElementId> pendingRemoved = new LinkedHashSet<>();
    private final Set<ElementId> pendingChanged = new LinkedHashSet<>();

    // ---- reading -------------------------------------------------------------------------------

    @Override
    public Optional<Element> find(ElementId id) {
        return Optional.ofNullable(elements.get(id));
    }

    @Override
    public Element get(ElementId id) {
        Element e = elements.get(id);
        if (e == null) {
            throw new NoSuchElementException("no element with id '" + id + "'");
        }
        return e;
    }

    @Override
    public <T extends Element> Optional<T> find(ElementId id, Class<T> type) {
        Element e = id == null ? null : elements.get(id);
        return type.isInstance(e) ? Optional.of(type.cast(e)) : Optional.empty();
    }

    @Override
    public boolean contains(ElementId id) {
        return elements.containsKey(id);
    }

    @Override
    public List<Element> elements() {
        List<Element> list = new ArrayList<>(elements.size());
        for (ElementId id : byOrder.values()) {
            list.add(elements.get(id));
        }
        return list;
    }

    @Override
    public <T extends Element> List<T> all(Class<T> type) {
        List<T> list = new ArrayList<>();
        for (ElementId id : byOrder.values()) {
            Element e = elements.get(id);
            if (type.isInstance(e)) {
                list.add(type.cast(e));
            }
        }
        return list;
    }

    @Override
    public int size() {
        return elements.size();
    }

    @Override
    public List<Element> children(ElementId id) {
        List<Element> list = new ArrayList<>();
        if (id == null) {
            for (ElementId each : byOrder.values()) {
                Element e = elements.get(each);
                if (e.parent() == null) {
                    list.add(e);
                }
            }
            return list;
        }
        if (!graph.containsVertex(id)) {
            return list;
        }
        for (Relation r : graph.outgoingEdgesOf(id)) {
            if (r.type() == Relation.Type.CONTAINS) {
                Element child = elements.get(graph.getEdgeTarget(r));
                if (child != null) {
                    list.add(child);
                }
            }
        }
        list.sort((a, b) -> Long.compare(orderOf.get(a.id()), orderOf.get(b.id())));
        return list;
    }

    @Override
    public <T extends Element> Optional<T> ancestor(ElementId id, Class<T> type) {
        Element e = elements.get(id);
        int guard = 0;
        while (e != null && e.parent() != null && guard++ < 64) {
            e = elements.get(e.parent());
            if (type.isInstance(e)) {
                return Optional.of(type.cast(e));
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Element> owner(ElementId idOrNestedId) {
        Element e = elements.get(idOrNestedId);
        if (e != null) {
            return Optional.of(e);
        }
        ElementId owner = nestedOwners.get(idOrNestedId);
        return owner == null ? Optional.empty() : Optional.ofNullable(elements.get(owner));
    }

    /** True when {@code id} names an element or a nested part of one. */
    public boolean isIdTaken(ElementId id) {
        return elements.containsKey(id) || nestedOwners.containsKey(id);
    }

    @Override
    public Set<ElementId> referrers(ElementId id) {
        if (!graph.containsVertex(id)) {
            return Set.of();
        }
        Set<ElementId> result = new LinkedHashSet<>();
        for (Relation r : graph.incomingEdgesOf(id)) {
            if (r.type() == Relation.Type.REFERENCES) {
                result.add(graph.getEdgeSource(r));
            }
        }
        return result;
    }

    @Override
    public Graph<ElementId, Relation> graph() {
        return readOnlyGraph;
    }

    @Override
    public long order(ElementId id) {
        Long o = orderOf.get(id);
        return o == null ? Long.MAX_VALUE : o;
    }

    // ---- editing (commands and loaders only) ----------------------------------------------------

    /**
     * Adds {@code element}, or replaces the element with its id keeping its place in the document.
     * Throws {@link IllegalArgumentException} when its parent kind is not allowed or one of its
     * nested ids is taken by another element.
     */
    public void put(Element element) {
        Long existing = orderOf.get(element.id());
        insert(element, existing != null ? existing : nextOrder++);
    }

    /** Puts {@code element} back at document position {@code order} (used by undo). */
    public void restore(Element element, long order) {
        insert(element, order);
        nextOrder = Math.max(nextOrder, order + 1);
    }

    private void insert(Element element, long order) {
        ElementId id = element.id();
        checkPlacement(element);
        Element old = elements.get(id);
        if (nestedOwners.containsKey(id)) {
            throw new IllegalArgumentException("id '" + id + "' is already used inside '" + nestedOwners.get(id) + "'");
        }
        for (ElementId nested : element.nestedIds()) {
            ElementId owner = nestedOwners.get(nested);
            if ((owner != null && !owner.equals(id)) || elements.containsKey(nested)) {
                throw new IllegalArgumentException("id '" + nested + "' is already used by another element");
            }
        }
        if (old != null) {
            unlink(old);
        }
        elements.put(id, element);
        Long previousOrder = orderOf.put(id, order);
        if (previousOrder != null) {
            byOrder.remove(previousOrder);
        }
        byOrder.put(order, id);
        link(element);
        beginUpdate();
        if (old == null) {
            if (!pendingRemoved.remove(id)) {
                pendingAdded.add(id);
            } else {
                pendingChanged.add(id);
            }
        } else if (!pendingAdded.contains(id)) {
            pendingChanged.add(id);
        }
        endUpdate();
    }

    private void checkPlacement(Element element) {
        ElementKind kind = element.kind();
        ElementId parent = element.parent();
        if (parent == null) {
            if (!kind.isTopLevel()) {
                throw new IllegalArgumentException(kind.label() + " '" + element.id() + "' needs a parent ("
                        + kindsText(kind.allowedParents()) + ")");
            }
            return;
        }
        if (parent.equals(element.id())) {
            throw new IllegalArgumentException("'" + element.id() + "' cannot contain itself");
        }
        Element p = elements.get(parent);
        if (p != null && !kind.allowedParents().contains(p.kind())) {
            throw new IllegalArgumentException(kind.label() + " '" + element.id() + "' cannot be placed in "
                    + p.kind().label() + " '" + parent + "' (it belongs in " + kindsText(kind.allowedParents()) + ")");
        }
    }

    static String kindsText(Set<ElementKind> kinds) {
        List<String> labels = new ArrayList<>();
        for (ElementKind k : kinds) {
            labels.add(k.label());
        }
        return labels.isEmpty() ? "nothing: it is top-level" : String.join(" or ", labels);
    }

    /**
     * Removes the element with {@code id} and returns it with its document position; throws
     * {@link IllegalStateException} when it still has children (remove those first).
     */
    public Removed remove(ElementId id) {
        Element old = elements.get(id);
        if (old == null) {
            throw new NoSuchElementException("no element with id '" + id + "'");
        }
        if (!children(id).isEmpty()) {
            throw new IllegalStateException("'" + id + "' still contains elements");
        }
        unlink(old);
        elements.remove(id);
        long order = orderOf.remove(id);
        byOrder.remove(order);
        if (graph.containsVertex(id) && graph.inDegreeOf(id) == 0) {
            graph.removeVertex(id);
        }
        beginUpdate();
        if (!pendingAdded.remove(id)) {
            pendingChanged.remove(id);
            pendingRemoved.add(id);
        }
        endUpdate();
        return new Removed(old, order);
    }

    /** An element taken out of the topology and where it stood. */
    public record Removed(Element element, long order) {
    }

    private void link(Element e) {
        ElementId id = e.id();
        graph.addVertex(id);
        if (e.parent() != null) {
            graph.addVertex(e.parent());
            graph.addEdge(e.parent(), id, new Relation(Relation.Type.CONTAINS, "child"));
        }
        for (Reference r : e.references()) {
            graph.addVertex(r.target());
            graph.addEdge(id, r.target(), new Relation(Relation.Type.REFERENCES, r.role()));
        }
        for (ElementId nested : e.nestedIds()) {
            nestedOwners.put(nested, id);
        }
    }

    private void unlink(Element e) {
        ElementId id = e.id();
        for (ElementId nested : e.nestedIds()) {
            nestedOwners.remove(nested);
        }
        if (!graph.containsVertex(id)) {
            return;
        }
        Set<ElementId> formerTargets = new HashSet<>();
        List<Relation> out = new ArrayList<>(graph.outgoingEdgesOf(id));
        for (Relation r : out) {
            if (r.type() == Relation.Type.REFERENCES) {
                formerTargets.add(graph.getEdgeTarget(r));
                graph.removeEdge(r);
            }
        }
        for (Relation r : new ArrayList<>(graph.incomingEdgesOf(id))) {
            if (r.type() == Relation.Type.CONTAINS) {
                ElementId parent = graph.getEdgeSource(r);
                graph.removeEdge(r);
                formerTargets.add(parent);
            }
        }
        // drop vertices that only stood for references to ids not in the design
        for (ElementId t : formerTargets) {
            if (!elements.containsKey(t) && graph.containsVertex(t) && graph.degreeOf(t) == 0) {
                graph.removeVertex(t);
            }
        }
    }

    // ---- change notification --------------------------------------------------------------------

    public void addListener(TopologyListener listener) {
        listeners.add(listener);
    }

    public void removeListener(TopologyListener listener) {
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
        if (--updateDepth > 0) {
            return;
        }
        TopologyChange change = new TopologyChange(pendingAdded, pendingRemoved, pendingChanged);
        pendingAdded.clear();
        pendingRemoved.clear();
        pendingChanged.clear();
        if (!change.isEmpty()) {
            for (TopologyListener l : listeners) {
                l.topologyChanged(change);
            }
        }
    }

    // ---- copies ---------------------------------------------------------------------------------

    /** An independent copy holding the same (immutable) elements in the same order, without listeners. */
    public Topology snapshot() {
        Topology copy = new Topology();
        for (Map.Entry<Long, ElementId> entry : byOrder.entrySet()) {
            Element e = elements.get(entry.getValue());
            copy.elements.put(e.id(), e);
            copy.orderOf.put(e.id(), entry.getKey());
            copy.byOrder.put(entry.getKey(), e.id());
        }
        for (ElementId id : copy.byOrder.values()) {
            copy.link(copy.elements.get(id));
        }
        copy.nextOrder = nextOrder;
        return copy;
    }

    /** True when both hold equal elements in the same document order. */
    public boolean sameContentAs(Topology other) {
        return elements().equals(other.elements());
    }

    /** Ids of all elements, in document order. */
    public List<ElementId> ids() {
        return Collections.unmodifiableList(new ArrayList<>(byOrder.values()));
    }
}
