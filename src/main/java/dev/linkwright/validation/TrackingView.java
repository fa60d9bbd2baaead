package dev.linkwright.validation;

import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Relation;
import dev.linkwright.model.TopologyView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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

    private static final ElementId[] NONE = new ElementId[0];

    private final MemoView delegate;
    private final ElementId anchor;
    private final List<ElementId> content = new ArrayList<>();
    private List<ElementId> children;
    private List<ElementId> referrers;
    boolean global;

    /** A view recording what is read through it; reads of {@code anchor} itself are not recorded. */
    TrackingView(MemoView delegate, ElementId anchor) {
        this.delegate = delegate;
        this.anchor = anchor;
    }

    private void read(ElementId id) {
        if (id != null && !id.equals(anchor)) {
            content.add(id);
        }
    }

    /** The ids whose content was read. */
    ElementId[] contentRead() {
        return distinct(content);
    }

    /** The ids whose children were listed. */
    ElementId[] childrenRead() {
        return distinct(children);
    }

    /** The ids whose referrers were asked for. */
    ElementId[] referrersRead() {
        return distinct(referrers);
    }

    private static ElementId[] distinct(List<ElementId> ids) {
        if (ids == null || ids.isEmpty()) {
            return NONE;
        }
        return new LinkedHashSet<>(ids).toArray(NONE);
    }

    @Override
    public Optional<Element> find(ElementId id) {
        read(id);
        return delegate.find(id);
    }

    @Override
    public Element get(ElementId id) {
        read(id);
        return delegate.get(id);
    }

    @Override
    public <T extends Element> Optional<T> find(ElementId id, Class<T> type) {
        read(id);
        return delegate.find(id, type);
    }

    @Override
    public boolean contains(ElementId id) {
        read(id);
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
            if (children == null) {
                children = new ArrayList<>(2);
            }
            children.add(id);
        }
        List<Element> list = delegate.children(id);
        for (Element e : list) {
            read(e.id());
        }
        return list;
    }

    @Override
    public <T extends Element> Optional<T> ancestor(ElementId id, Class<T> type) {
        // records every element on the way up, and the missing parent where the chain breaks
        read(id);
        Element below = delegate.find(id).orElse(null);
        for (Element e : delegate.ancestors(id)) {
            read(e.id());
            if (type.isInstance(e)) {
                return Optional.of(type.cast(e));
            }
            below = e;
        }
        if (below != null) {
            read(below.parent());
        }
        return Optional.empty();
    }

    @Override
    public Optional<Element> owner(ElementId idOrNestedId) {
        read(idOrNestedId);
        Optional<Element> owner = delegate.owner(idOrNestedId);
        owner.ifPresent(o -> read(o.id()));
        return owner;
    }

    @Override
    public Set<ElementId> referrers(ElementId id) {
        if (referrers == null) {
            referrers = new ArrayList<>(2);
        }
        referrers.add(id);
        return delegate.referrers(id);
    }

    @Override
    public Graph<ElementId, Relation> graph() {
        throw new UnsupportedOperationException("design rules read the topology through the view's methods, not the graph");
    }

    @Override
    public long order(ElementId id) {
        read(id);
        return delegate.order(id);
    }
}
