package dev.linkwright.command;

import dev.linkwright.model.Bounds;
import dev.linkwright.model.Design;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Flow;
import dev.linkwright.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Gives an element a new id: the element keeps its place in the document, its contents move with
 * it, every reference to it (routes, rules, attachments, ...), its diagram layout and the flows
 * naming it follow. Undo is the same rename backwards. The new id must be free.
 */
public final class RenameElement implements Command {

    private final ElementId from;
    private final ElementId to;
    private final Function<Element, Element> mapper;

    /**
     * @param mapper rewrites every id {@code from} an element holds to {@code to} (given by the
     *               caller, which knows the records' fields), e.g. a generic record mapper
     */
    public RenameElement(ElementId from, ElementId to, java.util.function.BiFunction<Element, Function<ElementId, ElementId>, Element> mapper) {
        this.from = from;
        this.to = to;
        this.mapper = e -> mapper.apply(e, id -> id.equals(this.from) ? this.to : id.equals(this.to) ? this.from : id);
    }

    @Override
    public String description() {
        return "Rename " + from + " to " + to;
    }

    @Override
    public boolean changesNothing(Design design) {
        return from.equals(to) || !design.topology().contains(from);
    }

    @Override
    public void execute(Design design) {
        rename(design, from, to);
    }

    @Override
    public void undo(Design design) {
        rename(design, to, from);
    }

    /** Renames {@code a} to {@code b}; the mapper swaps the two ids, and {@code b} is unused before. */
    private void rename(Design design, ElementId a, ElementId b) {
        Topology t = design.topology();
        if (t.owner(b).isPresent()) {
            throw new IllegalArgumentException("the id '" + b + "' is already used");
        }
        Element old = t.get(a);
        long order = t.order(a);
        List<Element> children = t.children(a);
        List<ElementId> referrers = new ArrayList<>(t.referrers(a));
        for (Element child : children) {
            t.put(mapper.apply(child));
        }
        t.remove(a);
        t.restore(mapper.apply(old), order);
        for (ElementId r : referrers) {
            if (!r.equals(a) && t.contains(r)) {
                t.put(mapper.apply(t.get(r)));
            }
        }
        Bounds bounds = design.layout().setBounds(a, null);
        if (bounds != null) {
            design.layout().setBounds(b, bounds);
        }
        if (design.layout().setCollapsed(a, false)) {
            design.layout().setCollapsed(b, true);
        }
        for (Flow f : design.flows()) {
            if (f.from().equals(a.value()) || f.to().equals(a.value())) {
                design.putFlow(new Flow(f.id(), f.name(), f.from().equals(a.value()) ? b.value() : f.from(),
                        f.to().equals(a.value()) ? b.value() : f.to(), f.protocol(), f.port(), f.sourcePort(), f.intent()), -1);
            }
        }
    }
}
