package dev.linkwright.edit;

import dev.linkwright.diagram.DiagramGeometry;
import dev.linkwright.diagram.DiagramNode;
import dev.linkwright.diagram.NodeShape;
import dev.linkwright.model.Account;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.TopologyView;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a new element from the palette may be dropped, by AWS's rules of containment
 * ({@link ElementKind#allowedParents()}): the container under the pointer, or the nearest container
 * around it that may hold the element (an internet gateway dropped on a subnet goes to the subnet's
 * VPC). Load balancers and interface endpoints need a subnet (they get a node or network interface
 * there); account-level and top-level elements go where AWS puts them. A forbidden drop comes with
 * the reason in one sentence.
 *
 * <pre>{@code
 * Drops.Check c = Drops.check(topology, geometry, ElementKind.SUBNET, x, y);
 * if (c.allowed()) stack.execute(Edits.add(c.creation().first(), bounds)); else show(c.message());
 * }</pre>
 */
public final class Drops {

    /** Kinds that sit in a Region, for which a drop on an empty design brings an account and a Region. */
    private static final Set<ElementKind> REGIONAL = EnumSet.of(ElementKind.VPC, ElementKind.TRANSIT_GATEWAY,
            ElementKind.ENDPOINT_SERVICE, ElementKind.CUSTOMER_GATEWAY, ElementKind.PREFIX_LIST, ElementKind.AWS_SERVICE);

    private Drops() {
    }

    /**
     * The answer for a drop: whether it is allowed, the container that receives the element (null
     * for the top of the diagram), a message (what will be added, or why not), and what will be
     * created.
     */
    public record Check(boolean allowed, ElementId target, String message, ElementFactory.Creation creation) {

        static Check forbidden(ElementId target, String reason) {
            return new Check(false, target, reason, null);
        }
    }

    /** The innermost container drawn at ({@code x}, {@code y}) on the diagram, or null for none. */
    public static ElementId containerAt(DiagramGeometry g, double x, double y) {
        Optional<DiagramNode> hit = g.nodeAt(x, y);
        if (hit.isEmpty()) {
            return null;
        }
        DiagramNode n = hit.get();
        return n.shape() == NodeShape.GROUP ? n.id() : n.container();
    }

    /** Checks a drop of a new {@code kind} at diagram point ({@code x}, {@code y}). */
    public static Check check(TopologyView t, DiagramGeometry g, ElementKind kind, double x, double y) {
        return check(t, kind, containerAt(g, x, y));
    }

    /** Checks a drop of a new {@code kind} into the container {@code under} (null: empty space). */
    public static Check check(TopologyView t, ElementKind kind, ElementId under) {
        Resolution r = resolve(t, kind, under);
        if (r.reason != null) {
            return Check.forbidden(r.highlight, r.reason);
        }
        ElementFactory factory = new ElementFactory(t);
        try {
            ElementFactory.Creation creation = r.ancestors.isEmpty()
                    ? factory.create(kind, r.container) : factory.createWithAncestors(kind, r.ancestors);
            return new Check(true, r.highlight, describe(t, kind, creation, r), creation);
        } catch (IllegalArgumentException e) {
            return Check.forbidden(r.highlight, ElementFactory.capitalise(e.getMessage()) + ".");
        }
    }

    /** Where a new {@code kind} dropped into {@code under} goes, or why it cannot. */
    private record Resolution(ElementId container, ElementId highlight, List<ElementKind> ancestors, String reason) {
    }

    private static Resolution resolve(TopologyView t, ElementKind kind, ElementId under) {
        Element inner = under == null ? null : t.find(under).orElse(null);
        if (kind == ElementKind.LOAD_BALANCER || kind == ElementKind.INTERFACE_ENDPOINT) {
            if (inner != null && inner.kind() == ElementKind.SUBNET) {
                return new Resolution(inner.id(), inner.id(), List.of(), null);
            }
            String what = kind == ElementKind.LOAD_BALANCER ? "a node" : "a network interface";
            return refusal(under, sentence(kind) + " is placed in subnets: drop it on a subnet, where it gets " + what
                    + " (one subnet per Availability Zone).");
        }
        if (kind.isTopLevel()) {
            if (inner == null) {
                return new Resolution(null, null, List.of(), null);
            }
            String where = kind == ElementKind.ACCOUNT ? "at the top of the diagram" : "outside AWS";
            return refusal(under, sentence(kind) + " sits " + where + ": drop it on empty space"
                    + (kind == ElementKind.ACCOUNT ? "" : " beside the AWS Cloud") + ".");
        }
        for (Element e = inner; e != null; e = e.parent() == null ? null : t.find(e.parent()).orElse(null)) {
            if (kind.allowedParents().contains(e.kind())) {
                return new Resolution(e.id(), e.id(), List.of(), null);
            }
        }
        if (inner == null && t.all(Account.class).isEmpty()) {
            if (kind == ElementKind.REGION || kind == ElementKind.DX_CONNECTION || kind == ElementKind.DX_GATEWAY) {
                return new Resolution(null, null, List.of(ElementKind.ACCOUNT), null);
            }
            if (REGIONAL.contains(kind)) {
                return new Resolution(null, null, List.of(ElementKind.ACCOUNT, ElementKind.REGION), null);
            }
        }
        return refusal(under, sentence(kind) + " goes in " + parentsPhrase(kind) + hint(t, kind, inner) + ".");
    }

    private static Resolution refusal(ElementId under, String reason) {
        return new Resolution(null, under, List.of(), reason);
    }

    /** A hint for the most common misses: the container exists a level below. */
    private static String hint(TopologyView t, ElementKind kind, Element inner) {
        if (kind == ElementKind.SUBNET) {
            if (inner != null && inner.kind() == ElementKind.VPC) {
                boolean hasZones = t.children(inner.id()).stream().anyMatch(c -> c.kind() == ElementKind.AVAILABILITY_ZONE);
                return hasZones ? " of a VPC: drop it on an Availability Zone (a dashed box)"
                        : " of a VPC: " + inner.label() + " has none yet, so drop an Availability Zone on it first";
            }
            return " of a VPC";
        }
        if (inner == null) {
            return ": drop it inside one";
        }
        return ", not in " + inner.kind().phrase();
    }

    private static String parentsPhrase(ElementKind kind) {
        List<String> phrases = new ArrayList<>();
        for (ElementKind p : kind.allowedParents()) {
            phrases.add(p.phrase());
        }
        return String.join(" or ", phrases);
    }

    /** "An EC2 instance", "A subnet": the kind as the start of a sentence. */
    public static String sentenceFor(ElementKind kind) {
        return sentence(kind);
    }

    static String sentence(ElementKind kind) {
        return ElementFactory.capitalise(kind.phrase());
    }

    private static String describe(TopologyView t, ElementKind kind, ElementFactory.Creation c, Resolution r) {
        String into = r.container == null ? (r.ancestors.isEmpty() ? "" : " with a new account and Region")
                : " to " + t.find(r.container).map(Element::label).orElse(r.container.value());
        return "Add " + kind.phrase() + " " + c.primary() + into;
    }
}
