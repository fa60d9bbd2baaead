package dev.linkwright.edit;

import dev.linkwright.command.Command;
import dev.linkwright.command.Edits;
import dev.linkwright.command.PutElement;
import dev.linkwright.command.SetBounds;
import dev.linkwright.diagram.DiagramGeometry;
import dev.linkwright.diagram.DiagramNode;
import dev.linkwright.diagram.LayoutMetrics;
import dev.linkwright.model.Bounds;
import dev.linkwright.model.DiagramLayout;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.TopologyView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns what the user did on the diagram (moved, resized, aligned, dropped) into one command with
 * the layout it leaves. Positions are stored relative to the element's diagram container, rounded
 * to whole units (as the file stores them), and kept clear of the container's header.
 *
 * <p>Once the user places something in a container by hand, the other elements there keep their
 * places: their automatic positions are stored in the same command ("pinned"), so nothing else
 * jumps when one element moves.
 */
public final class LayoutEdits {

    private LayoutEdits() {
    }

    /** A command to execute, or the reason there is none; plus notes on what changed on the way. */
    public record Result(Command command, String reason, List<String> notes, Set<ElementId> affected) {
        public boolean ok() {
            return command != null;
        }

        static Result no(String reason) {
            return new Result(null, reason, List.of(), Set.of());
        }
    }

    /**
     * Moves {@code ids} by ({@code dx}, {@code dy}) diagram units; when {@code landing} is given
     * and differs from an element's container, the element moves into it (see {@link Moves}).
     * Elements inside another moved element follow it and are not moved themselves.
     */
    public static Result move(TopologyView t, DiagramGeometry g, DiagramLayout layout, Set<ElementId> ids, double dx, double dy,
                              ElementId landing) {
        List<ElementId> tops = topMost(g, ids);
        if (tops.isEmpty()) {
            return Result.no("Nothing to move.");
        }
        List<Command> parts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<ElementId> touchedContainers = new LinkedHashSet<>();
        Set<ElementId> moved = new HashSet<>(tops);
        String into = null;
        for (ElementId id : tops) {
            DiagramNode n = g.get(id);
            Bounds absolute = n.bounds().movedBy(dx, dy);
            ElementId target = landing == null ? n.container() : Moves.landingContainer(t, t.get(id), landing);
            if (landing != null && target == null && !t.get(id).kind().isTopLevel()) {
                target = n.container(); // no container there takes it: it stays in its own
            }
            ElementId container = n.container();
            if (!Objects.equals(target, container) && target != null) {
                Moves.Check check = Moves.check(t, id, container, target);
                if (!check.allowed()) {
                    return new Result(null, check.reason(), List.of(), Set.of(target));
                }
                for (Element e : check.replacements()) {
                    parts.add(new PutElement(e, ""));
                }
                notes.addAll(check.notes());
                container = target;
                into = t.find(target).map(Element::label).orElse(target.value());
            }
            parts.add(new SetBounds(id, relative(g, container, absolute, n)));
            touchedContainers.add(n.container());
            touchedContainers.add(container);
        }
        for (ElementId c : touchedContainers) {
            parts.addAll(pin(g, layout, c, moved));
        }
        String what = tops.size() == 1 ? g.get(tops.get(0)).title() : tops.size() + " elements";
        String description = "Move " + what + (into != null ? " into " + into : "");
        return new Result(Edits.group(description, parts), null, notes, touchedContainers);
    }

    /** Resizes the group {@code id} to the absolute bounds {@code wanted} (never below its content). */
    public static Result resize(DiagramGeometry g, DiagramLayout layout, ElementId id, Bounds wanted) {
        DiagramNode n = g.get(id);
        Bounds min = minimumSize(g, id);
        Bounds b = new Bounds(wanted.x(), wanted.y(), Math.max(min.width(), wanted.width()), Math.max(min.height(), wanted.height()));
        List<Command> parts = new ArrayList<>();
        parts.add(new SetBounds(id, relative(g, n.container(), b, n)));
        parts.addAll(pin(g, layout, n.container(), Set.of(id)));
        return new Result(Edits.group("Resize " + n.title(), parts), null, List.of(), Set.of());
    }

    /**
     * The smallest size group {@code id} may take: its content with padding, and the least a group
     * needs for its header.
     */
    public static Bounds minimumSize(DiagramGeometry g, ElementId id) {
        DiagramNode n = g.get(id);
        double w = LayoutMetrics.MIN_GROUP_WIDTH;
        double h = LayoutMetrics.MIN_GROUP_HEIGHT;
        for (DiagramNode child : g.nodes()) {
            if (id.equals(child.container()) && !child.hidden()) {
                w = Math.max(w, child.bounds().maxX() - n.bounds().x() + LayoutMetrics.PADDING);
                h = Math.max(h, child.bounds().maxY() - n.bounds().y() + LayoutMetrics.PADDING);
                for (DiagramNode.Replica r : child.replicas()) {
                    if (id.equals(r.subnet())) {
                        w = Math.max(w, r.bounds().maxX() - n.bounds().x() + LayoutMetrics.PADDING);
                        h = Math.max(h, r.bounds().maxY() - n.bounds().y() + LayoutMetrics.PADDING);
                    }
                }
            }
        }
        for (DiagramNode other : g.nodes()) {
            for (DiagramNode.Replica r : other.replicas()) {
                if (id.equals(r.subnet())) {
                    w = Math.max(w, r.bounds().maxX() - n.bounds().x() + LayoutMetrics.PADDING);
                    h = Math.max(h, r.bounds().maxY() - n.bounds().y() + LayoutMetrics.PADDING);
                }
            }
        }
        return new Bounds(n.bounds().x(), n.bounds().y(), w, h);
    }

    /** Moves elements to new absolute bounds (align, distribute) as one command called {@code description}. */
    public static Result arrange(DiagramGeometry g, DiagramLayout layout, Map<ElementId, Bounds> absolute, String description) {
        if (absolute.isEmpty()) {
            return Result.no("They are lined up already.");
        }
        List<Command> parts = new ArrayList<>();
        Set<ElementId> containers = new LinkedHashSet<>();
        for (Map.Entry<ElementId, Bounds> e : absolute.entrySet()) {
            DiagramNode n = g.get(e.getKey());
            parts.add(new SetBounds(e.getKey(), relative(g, n.container(), e.getValue(), n)));
            containers.add(n.container());
        }
        for (ElementId c : containers) {
            parts.addAll(pin(g, layout, c, absolute.keySet()));
        }
        return new Result(Edits.group(description, parts), null, List.of(), containers);
    }

    /**
     * Adds what a drop creates: its first element placed with its centre at ({@code x}, {@code y})
     * in its diagram container, the rest laid out automatically.
     */
    public static Result place(DiagramGeometry g, DiagramLayout layout, ElementFactory.Creation creation, ElementId container,
                               double x, double y, String description) {
        Element first = creation.first();
        boolean group = first.kind().isContainer() || first.kind() == ElementKind.DX_CONNECTION;
        double w = group ? LayoutMetrics.MIN_GROUP_WIDTH : LayoutMetrics.CELL_WIDTH;
        double h = group ? LayoutMetrics.MIN_GROUP_HEIGHT : LayoutMetrics.CELL_HEIGHT;
        if (isChip(first.kind())) {
            w = LayoutMetrics.CHIP_MAX_WIDTH / 2;
            h = LayoutMetrics.CHIP_HEIGHT;
        }
        Bounds absolute = new Bounds(x - w / 2, y - (group ? LayoutMetrics.HEADER_HEIGHT / 2 : h / 2), group ? 0 : w, group ? 0 : h);
        List<Command> parts = new ArrayList<>();
        for (Element e : creation.elements()) {
            parts.add(new PutElement(e, ""));
        }
        parts.add(new SetBounds(first.id(), relative(g, container, absolute, null)));
        parts.addAll(pin(g, layout, container, Set.of()));
        return new Result(Edits.group(description, parts), null, List.of(), container == null ? Set.of() : Set.of(container));
    }

    /** Clears the stored layout of everything drawn directly inside {@code container}. */
    public static Result autoLayout(DiagramGeometry g, DiagramLayout layout, ElementId container) {
        DiagramNode n = g.get(container);
        List<ElementId> children = new ArrayList<>();
        for (DiagramNode child : g.nodes()) {
            if (container.equals(child.container()) && layout.bounds(child.id()).isPresent()) {
                children.add(child.id());
            }
        }
        Bounds own = layout.bounds(container).orElse(null);
        if (children.isEmpty() && (own == null || (own.width() == 0 && own.height() == 0))) {
            return Result.no(n.title() + " is laid out automatically already.");
        }
        return new Result(Edits.autoLayout(container, n.title(), own, children), null, List.of(), Set.of(container));
    }

    /**
     * Stores the current positions of the elements drawn directly in {@code container} (the top
     * of the diagram for null) that have none, except {@code except}, so they stay where they are.
     */
    public static List<Command> pin(DiagramGeometry g, DiagramLayout layout, ElementId container, Set<ElementId> except) {
        List<Command> parts = new ArrayList<>();
        for (DiagramNode n : g.nodes()) {
            if (Objects.equals(container, n.container()) && !n.hidden() && !except.contains(n.id()) && layout.bounds(n.id()).isEmpty()) {
                parts.add(new SetBounds(n.id(), round(g.relativeBounds(n.id()))));
            }
        }
        return parts;
    }

    /** Bounds relative to {@code container}'s box, clear of its header and rounded. */
    static Bounds relative(DiagramGeometry g, ElementId container, Bounds absolute, DiagramNode node) {
        double minX;
        double minY;
        double originX = 0;
        double originY = 0;
        if (container == null) {
            minX = 0;
            minY = node != null && node.kind() == ElementKind.ACCOUNT || node == null ? LayoutMetrics.HEADER_HEIGHT : 0;
        } else {
            Bounds c = g.get(container).bounds();
            originX = c.x();
            originY = c.y();
            minX = LayoutMetrics.PADDING / 2;
            minY = LayoutMetrics.HEADER_HEIGHT;
        }
        double x = Math.max(minX, absolute.x() - originX);
        double y = Math.max(minY, absolute.y() - originY);
        return round(new Bounds(x, y, absolute.width(), absolute.height()));
    }

    static Bounds round(Bounds b) {
        return new Bounds(Math.round(b.x()), Math.round(b.y()), Math.round(b.width()), Math.round(b.height()));
    }

    /** The elements of {@code ids} not drawn inside another one of them, in diagram order. */
    public static List<ElementId> topMost(DiagramGeometry g, Set<ElementId> ids) {
        List<ElementId> out = new ArrayList<>();
        for (DiagramNode n : g.nodes()) {
            if (!ids.contains(n.id()) || n.hidden()) {
                continue;
            }
            boolean inside = false;
            for (ElementId c = n.container(); c != null; c = g.node(c).map(DiagramNode::container).orElse(null)) {
                if (ids.contains(c)) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                out.add(n.id());
            }
        }
        return out;
    }

    /** Every node drawn inside {@code id} (its content, deep), by diagram containment. */
    public static Set<ElementId> drawnInside(DiagramGeometry g, Set<ElementId> ids) {
        Set<ElementId> out = new HashSet<>(ids);
        for (DiagramNode n : g.nodes()) { // containers come before their content
            if (n.container() != null && out.contains(n.container())) {
                out.add(n.id());
            }
        }
        return out;
    }

    /** The absolute bounds of the given nodes, for alignment. */
    public static Map<ElementId, Bounds> boundsOf(DiagramGeometry g, List<ElementId> ids) {
        Map<ElementId, Bounds> out = new LinkedHashMap<>();
        for (ElementId id : ids) {
            g.node(id).ifPresent(n -> out.put(id, n.bounds()));
        }
        return out;
    }

    private static boolean isChip(ElementKind kind) {
        switch (kind) {
            case ROUTE_TABLE: case TGW_ROUTE_TABLE: case NETWORK_ACL: case SECURITY_GROUP: case TARGET_GROUP: case PREFIX_LIST:
                return true;
            default:
                return false;
        }
    }
}
