package dev.linkwright.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;

/**
 * Read-only access to a topology: what analyses, validation and exporters use.
 *
 * <pre>{@code
 * for (Subnet s : view.all(Subnet.class)) {
 *     Vpc vpc = view.ancestor(s.id(), Vpc.class).orElseThrow();
 * }
 * }</pre>
 */
public interface TopologyView {

    Optional<Element> find(ElementId id);

    /** The element with {@code id}; throws {@link java.util.NoSuchElementException} if there is none. */
    Element get(ElementId id);

    /** The element with {@code id} if it exists and has type {@code type}. */
    <T extends Element> Optional<T> find(ElementId id, Class<T> type);

    boolean contains(ElementId id);

    /** All elements in document order. */
    List<Element> elements();

    /** All elements of one type in document order. */
    <T extends Element> List<T> all(Class<T> type);

    int size();

    /** Children of {@code id} in document order; the top-level elements for null. */
    List<Element> children(ElementId id);

    /** The nearest ancestor of {@code id} (itself excluded) of type {@code type}. */
    <T extends Element> Optional<T> ancestor(ElementId id, Class<T> type);

    /** The owner of a nested id such as an endpoint's network interface, or the element itself. */
    Optional<Element> owner(ElementId idOrNestedId);

    /** The elements whose references name {@code id}. */
    Set<ElementId> referrers(ElementId id);

    /** The containment tree and references as a read-only graph of ids. */
    Graph<ElementId, Relation> graph();

    /** The document position of an element; smaller comes first. */
    long order(ElementId id);
}
