package dev.linkwright.validation;

import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Relation;
import dev.linkwright.model.TopologyView;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;

/**
 * A view that records what a check reads: the ids whose content it saw (or looked for and did not
 * find), the ids whose children it listed, the ids whose referrers it asked for, and whether it read
 * the whole design. {@link IncrementalValidator} re-runs a check when an edit touches any of them.
 */
final class TrackingView implements TopologyView {

    private final TopologyView delegate;
    final Set<ElementId> content = new HashSet<>();
    final Set<ElementId> children = new HashSet<>();
    final Set<ElementId> referrers = new HashSet<>();
    boolean global;

    TrackingView(TopologyView delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<Element> find(ElementId id) {
        content.add(id);
        return delegate.find(id);
    }

    @Override
    public Element get(ElementId id) {
        content.add(id);
        return delegate.get(id);
    }

    @Override
    public <T extends Element> Optional<T> find(ElementId id, Class<T> type) {
        if (id != null) {
            content.add(id);
        }
        return delegate.find(id, type);
    }

    @Override
    public boolean contains(ElementId id) {
        content.add(id);
        return delegate.contains(id);
    }

    @Override
    public List<Element> elements() {
        global = true;
        return delegate.elements();
    }

    @Override
    public <T extends Element> List<T> all(Class<T> type) {
        global = true;
        return delegate.all(type);
    }

    @Override
    public int size() {
        global = true;
        return delegate.size();
    }

    @Override
    public List<Element> children(ElementId id) {
        if (id == null) {
            global = true;
        } else {
            children.add(id);
        }
        List<Element> list = delegate.children(id);
        for (Element e : list) {
            content.add(e.id());
        }
        return list;
    }

    @Override
    public <T extends Element> Optional<T> ancestor(ElementId id, Class<T> type) {
        // walks the chain itself so that every element on the way is recorded
        content.add(id);
        Element e = delegate.find(id).orElse(null);
        int guard = 0;
        while (e != null && e.parent() != null && guard++ < 64) {
            content.add(e.parent());
            e = delegate.find(e.parent()).orElse(null);
            if (type.isInstance(e)) {
                return Optional.of(type.cast(e));
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Element> owner(ElementId idOrNestedId) {
        content.add(idOrNestedId);
        Optional<Element> owner = delegate.owner(idOrNestedId);
        owner.ifPresent(o -> content.add(o.id()));
        return owner;
    }

    @Override
    public Set<ElementId> referrers(ElementId id) {
        referrers.add(id);
        return delegate.referrers(id);
    }

    @Override
    public Graph<ElementId, Relation> graph() {
        throw new UnsupportedOperationException("design rules read the topology through the view's methods, not the graph");
    }

    @Override
    public long order(ElementId id) {
        content.add(id);
        return delegate.order(id);
    }
}
