package dev.linkwright.validation;

import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Relation;
import dev.linkwright.model.TopologyView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jgrapht.Graph;

/**
 * A view that remembers, for one validation pass over an unchanging topology, the answers rules ask
 * for again and again: children lists, referrer sets and ancestor chains, and (for full validation)
 * derived facts. It changes no answer, so rules (and the {@link TrackingView} that records their
 * reads) see exactly the topology. Derived facts are only remembered when rules read this view
 * directly; through a {@link TrackingView} they are computed on the tracking view, so every read is
 * recorded.
 */
final class MemoView implements TopologyView, DerivedFacts {

    private static final int MAX_DEPTH = 64;

    private final TopologyView delegate;
    private final Map<ElementId, List<Element>> children = new HashMap<>();
    private final Map<ElementId, Set<ElementId>> referrers = new HashMap<>();
    private final Map<ElementId, List<Element>> ancestors = new HashMap<>();
    private final Map<FactKey, Object> facts = new HashMap<>();

    private record FactKey(String name, ElementId id) {
    }

    MemoView(TopologyView delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<Element> find(ElementId id) {
        return delegate.find(id);
    }

    @Override
    public Element get(ElementId id) {
        return delegate.get(id);
    }

    @Override
    public <T extends Element> Optional<T> find(ElementId id, Class<T> type) {
        return delegate.find(id, type);
    }

    @Override
    public boolean contains(ElementId id) {
        return delegate.contains(id);
    }

    @Override
    public List<Element> elements() {
        return delegate.elements();
    }

    @Override
    public <T extends Element> List<T> all(Class<T> type) {
        return delegate.all(type);
    }

    @Override
    public int size() {
        return delegate.size();
    }

    @Override
    public List<Element> children(ElementId id) {
        if (id == null) {
            return delegate.children(null);
        }
        List<Element> list = children.get(id);
        if (list == null) {
            list = List.copyOf(delegate.children(id));
            children.put(id, list);
        }
        return list;
    }

    @Override
    public <T extends Element> Optional<T> ancestor(ElementId id, Class<T> type) {
        for (Element e : ancestors(id)) {
            if (type.isInstance(e)) {
                return Optional.of(type.cast(e));
            }
        }
        return Optional.empty();
    }

    /** The existing ancestors of {@code id}, nearest first, up to the first missing or top-level one. */
    List<Element> ancestors(ElementId id) {
        List<Element> chain = ancestors.get(id);
        if (chain == null) {
            chain = new ArrayList<>(4);
            Element e = delegate.find(id).orElse(null);
            int guard = 0;
            while (e != null && e.parent() != null && guard++ < MAX_DEPTH) {
                e = delegate.find(e.parent()).orElse(null);
                if (e != null) {
                    chain.add(e);
                }
            }
            chain = List.copyOf(chain);
            ancestors.put(id, chain);
        }
        return chain;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T fact(String name, ElementId id, Function<TopologyView, T> compute) {
        FactKey key = new FactKey(name, id);
        Object value = facts.get(key);
        if (value == null && !facts.containsKey(key)) {
            value = compute.apply(this);
            facts.put(key, value);
        }
        return (T) value;
    }

    @Override
    public Optional<Element> owner(ElementId idOrNestedId) {
        return delegate.owner(idOrNestedId);
    }

    @Override
    public Set<ElementId> referrers(ElementId id) {
        Set<ElementId> set = referrers.get(id);
        if (set == null) {
            set = delegate.referrers(id);
            referrers.put(id, set);
        }
        return set;
    }

    @Override
    public Graph<ElementId, Relation> graph() {
        return delegate.graph();
    }

    @Override
    public long order(ElementId id) {
        return delegate.order(id);
    }
}
