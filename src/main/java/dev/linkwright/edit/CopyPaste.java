package dev.linkwright.edit;

import dev.linkwright.model.AvailabilityZone;
import dev.linkwright.model.Bounds;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.DiagramLayout;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.EndpointInterface;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerNode;
import dev.linkwright.model.OnPremisesNetwork;
import dev.linkwright.model.Region;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.TopologyView;
import dev.linkwright.model.Vpc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Copy and paste of elements with everything inside them. A paste gives every element (and every
 * nested part, such as an instance's network interface id) a fresh id, keeps references between
 * the copied elements pointing at the copies and references to the rest of the design as they
 * were, and moves addresses where they would clash: a pasted VPC gets a free block and everything
 * inside it moves along (subnets, instances, rules naming the VPC's own addresses), a subnet pasted
 * into a VPC gets a free block there, an instance the next free address of its subnet.
 *
 * <pre>{@code
 * CopyPaste.Clip clip = CopyPaste.copy(topology, layout, selectedIds);
 * CopyPaste.Paste p = CopyPaste.paste(topology, clip, selectedContainer);
 * }</pre>
 */
public final class CopyPaste {

    private CopyPaste() {
    }

    /**
     * What was copied: the elements (roots and everything inside them, in document order), which of
     * them are roots, where each root was, and the stored layout of the copied elements.
     */
    public record Clip(List<Element> elements, List<ElementId> roots, Map<ElementId, ElementId> originalParents,
                       Map<ElementId, Bounds> bounds) {
        public Clip {
            elements = List.copyOf(elements);
            roots = List.copyOf(roots);
            originalParents = Map.copyOf(originalParents);
            bounds = Map.copyOf(bounds);
        }

        public boolean isEmpty() {
            return elements.isEmpty();
        }
    }

    /**
     * The result of a paste: the elements to put (containers before their content), the stored
     * bounds to set, the ids of the pasted roots (to select), or the reason it cannot be pasted.
     */
    public record Paste(List<Element> elements, Map<ElementId, Bounds> bounds, List<ElementId> roots, String reason) {
        public boolean allowed() {
            return reason == null;
        }
    }

    /** Copies {@code ids} (elements inside another copied element are copied with it once). */
    public static Clip copy(TopologyView t, DiagramLayout layout, Set<ElementId> ids) {
        List<ElementId> roots = new ArrayList<>();
        for (ElementId id : ids) {
            if (t.contains(id) && !hasAncestorIn(t, id, ids) && t.get(id).kind() != ElementKind.INTERNET) {
                roots.add(id);
            }
        }
        roots.sort(Comparator.comparingLong(t::order));
        Set<ElementId> all = new LinkedHashSet<>();
        for (ElementId r : roots) {
            collect(t, r, all);
        }
        List<Element> elements = new ArrayList<>();
        Map<ElementId, Bounds> bounds = new HashMap<>();
        for (ElementId id : all) {
            elements.add(t.get(id));
            layout.bounds(id).ifPresent(b -> bounds.put(id, b));
        }
        Map<ElementId, ElementId> parents = new HashMap<>();
        for (ElementId r : roots) {
            ElementId p = t.get(r).parent();
            if (p != null) {
                parents.put(r, p);
            }
        }
        return new Clip(elements, roots, parents, bounds);
    }

    private static boolean hasAncestorIn(TopologyView t, ElementId id, Set<ElementId> ids) {
        Element e = t.get(id);
        for (int guard = 0; e.parent() != null && guard < 64; guard++) {
            if (ids.contains(e.parent())) {
                return true;
            }
            e = t.find(e.parent()).orElse(null);
            if (e == null) {
                return false;
            }
        }
        return false;
    }

    private static void collect(TopologyView t, ElementId id, Set<ElementId> out) {
        out.add(id);
        for (Element child : t.children(id)) {
            collect(t, child.id(), out);
        }
    }

    /**
     * Pastes {@code clip} into {@code into} (the selected element, or null): into it when it may
     * hold the copied elements, else into the nearest container around it that may, else where the
     * originals were. {@code offset} shifts the pasted roots' stored positions (a duplicate lands
     * beside its original).
     */
    public static Paste paste(TopologyView t, Clip clip, ElementId into, double offset) {
        if (clip.isEmpty()) {
            return new Paste(List.of(), Map.of(), List.of(), "Nothing to paste: copy something first.");
        }
        Ids ids = new Ids(t);
        Map<ElementId, Element> byId = new LinkedHashMap<>();
        for (Element e : clip.elements()) {
            byId.put(e.id(), e);
        }
        // 1. where each root goes
        Map<ElementId, ElementId> targets = new HashMap<>();
        Map<ElementId, ElementId> placements = new HashMap<>();
        for (ElementId root : clip.roots()) {
            Element e = byId.get(root);
            if ((e instanceof LoadBalancer || e instanceof InterfaceEndpoint) && into != null && t.contains(into)) {
                ElementId subnet = Moves.landingContainer(t, e, into);
                if (subnet != null) {
                    placements.put(root, subnet);
                }
            }
            ElementId target = e.kind().isTopLevel() ? null : targetFor(t, e, into, clip.originalParents().get(root));
            if (!e.kind().isTopLevel() && target == null) {
                return new Paste(List.of(), Map.of(), List.of(), Drops.sentence(e.kind()) + " cannot be pasted there: select "
                        + parents(e.kind()) + " to paste into.");
            }
            targets.put(root, target);
        }
        // 2. fresh ids for every copied element and nested part
        Map<ElementId, ElementId> fresh = new HashMap<>();
        for (Element e : clip.elements()) {
            fresh.put(e.id(), freshId(t, ids, e, e.parent() == null ? null
                    : targets.containsKey(e.id()) ? targets.get(e.id()) : fresh.get(e.parent())));
            for (ElementId nested : e.nestedIds()) {
                fresh.put(nested, ids.next(nested.value().startsWith("eni") ? "eni" : Ids.prefixOf(e.kind()) + "-eni"));
            }
        }
        // 3. copies with ids mapped; roots into their targets
        List<Element> copies = new ArrayList<>();
        for (Element e : clip.elements()) {
            Element c = ElementRecords.mapIds(e, id -> fresh.getOrDefault(id, id));
            if (targets.containsKey(e.id()) && c.parent() != null) {
                c = ElementRecords.withField(c, "parent", targets.get(e.id()));
            }
            if (targets.containsKey(e.id()) && !c.name().isEmpty()) {
                c = ElementRecords.withField(c, "name", c.name() + " copy");
            }
            copies.add(c);
        }
        // 4. addresses that would clash move
        List<Element> readdressed;
        try {
            readdressed = readdress(t, copies, clip, targets, placements);
        } catch (IllegalArgumentException e) {
            return new Paste(List.of(), Map.of(), List.of(), ElementFactory.capitalise(e.getMessage()) + ".");
        }
        readdressed.sort(Comparator.comparingInt(c -> depth(c, readdressed)));
        // 5. layout: inner arrangement kept; roots shifted when pasted where the originals are
        Map<ElementId, Bounds> bounds = new LinkedHashMap<>();
        for (Element e : clip.elements()) {
            Bounds b = clip.bounds().get(e.id());
            if (b == null) {
                continue;
            }
            boolean root = targets.containsKey(e.id());
            if (root && !Objects.equals(targets.get(e.id()), clip.originalParents().get(e.id()))) {
                continue; // a new container: the automatic layout finds it a place
            }
            bounds.put(fresh.get(e.id()), root ? b.movedBy(offset, offset) : b);
        }
        List<ElementId> roots = clip.roots().stream().map(fresh::get).toList();
        return new Paste(readdressed, bounds, roots, null);
    }

    private static ElementId targetFor(TopologyView t, Element e, ElementId into, ElementId original) {
        if (into != null && t.contains(into)) {
            if (e instanceof LoadBalancer || e instanceof InterfaceEndpoint) {
                ElementId landing = Moves.landingContainer(t, e, into);
                if (landing != null) {
                    return t.get(landing).parent() == null ? null : t.find(t.get(landing).parent()).map(Element::parent)
                            .flatMap(t::find).map(Element::id).orElse(null);
                }
            } else {
                ElementId landing = Moves.landingContainer(t, e, into);
                if (landing != null) {
                    return landing;
                }
            }
        }
        return original != null && t.contains(original) ? original : null;
    }

    private static ElementId freshId(TopologyView t, Ids ids, Element e, ElementId newParent) {
        if (e instanceof Region r && newParent != null) {
            ElementId id = ElementId.of(newParent.value() + "/" + r.code());
            return ids.claim(id) ? id : ids.nextLike(id.value());
        }
        if (e instanceof AvailabilityZone az && newParent != null) {
            ElementId id = ElementId.of(newParent.value() + "/" + az.zoneName());
            return ids.claim(id) ? id : ids.nextLike(id.value());
        }
        if (e.kind() == ElementKind.ACCOUNT) {
            return ids.next(ElementKind.ACCOUNT);
        }
        return ids.next(Ids.prefixOf(e.kind()));
    }

    /** Gives copied VPCs, subnets, on-premises networks and hosts free addresses. */
    private static List<Element> readdress(TopologyView t, List<Element> copies, Clip clip, Map<ElementId, ElementId> targets,
                                           Map<ElementId, ElementId> placements) {
        List<Element> out = new ArrayList<>(copies);
        List<Cidr> takenVpcBlocks = new ArrayList<>();
        for (Vpc v : t.all(Vpc.class)) {
            takenVpcBlocks.addAll(v.cidrBlocks());
        }
        for (OnPremisesNetwork n : t.all(OnPremisesNetwork.class)) {
            takenVpcBlocks.addAll(n.cidrs());
        }
        Set<ElementId> copiedIds = new HashSet<>();
        for (Element c : out) {
            copiedIds.add(c.id());
        }
        for (int i = 0; i < out.size(); i++) {
            Element c = out.get(i);
            if (c instanceof Vpc v) {
                for (Cidr block : v.cidrBlocks()) {
                    if (takenVpcBlocks.stream().noneMatch(block::overlaps)) {
                        takenVpcBlocks.add(block);
                        continue;
                    }
                    Cidr to = Addresses.freeBlockInside(Cidr.parse("10.0.0.0/8"), block.prefixLength(), takenVpcBlocks)
                            .or(() -> Addresses.freeBlockInside(Cidr.parse("172.16.0.0/12"), block.prefixLength(), takenVpcBlocks))
                            .orElseThrow(() -> new IllegalArgumentException("no free /" + block.prefixLength() + " is left for a copy of "
                                    + v.label()));
                    takenVpcBlocks.add(to);
                    shiftWithin(out, subtreeOf(out, v.id()), block, to);
                }
            } else if (c instanceof OnPremisesNetwork n && targets.containsKey(clip.elements().get(i).id())) {
                List<Cidr> blocks = n.cidrs();
                for (Cidr block : blocks) {
                    if (takenVpcBlocks.stream().noneMatch(block::overlaps)) {
                        continue;
                    }
                    Cidr to = Addresses.freeBlockInside(Cidr.parse("172.16.0.0/12"), Math.max(12, block.prefixLength()), takenVpcBlocks)
                            .orElse(block);
                    takenVpcBlocks.add(to);
                    shiftWithin(out, subtreeOf(out, n.id()), block, to);
                }
            }
        }
        for (int i = 0; i < out.size(); i++) {
            Element original = clip.elements().get(i);
            Element c = out.get(i);
            if (!targets.containsKey(original.id())) {
                continue;
            }
            if (c instanceof Subnet s && s.cidr() != null) {
                Vpc vpc = t.find(t.get(s.parent()).parent(), Vpc.class).orElseThrow(() -> new IllegalArgumentException("no VPC"));
                List<Cidr> taken = Addresses.subnetBlocksOf(t, vpc.id());
                boolean fits = vpc.cidrBlocks().stream().anyMatch(b -> b.contains(s.cidr())) && taken.stream().noneMatch(s.cidr()::overlaps);
                if (!fits) {
                    Cidr to = Addresses.freeSubnetBlock(vpc, s.cidr().prefixLength(), taken).orElseThrow(() -> new IllegalArgumentException(
                            vpc.label() + " has no free /" + s.cidr().prefixLength() + " for a copy of " + original.label()));
                    shiftWithin(out, subtreeOf(out, s.id()), s.cidr(), to);
                }
            } else if (isHost(c)) {
                out.set(i, rehome(t, c, out));
            } else if (c instanceof LoadBalancer || c instanceof InterfaceEndpoint) {
                out.set(i, replace(t, c, placements.get(original.id())));
            }
        }
        for (int i = 0; i < out.size(); i++) {
            out.set(i, withinVpc(t, out.get(i), out));
        }
        return out;
    }

    private static boolean isHost(Element e) {
        return e.kind() == ElementKind.INSTANCE || e.kind() == ElementKind.NETWORK_INTERFACE || e.kind() == ElementKind.NAT_GATEWAY;
    }

    /** A pasted host: the next free address of its subnet when its own is taken or does not fit. */
    private static Element rehome(TopologyView t, Element c, List<Element> pasted) {
        Subnet subnet = t.find(c.parent(), Subnet.class).orElse(null);
        Ipv4Address ip = (Ipv4Address) ElementRecords.get((Record) c, "privateIp");
        if (subnet == null || subnet.cidr() == null || ip == null) {
            return c;
        }
        Set<Ipv4Address> used = Addresses.usedIn(t, subnet.id());
        for (Element p : pasted) {
            if (p != c && Objects.equals(p.parent(), subnet.id()) && isHost(p)) {
                Object other = ElementRecords.get((Record) p, "privateIp");
                if (other instanceof Ipv4Address a) {
                    used.add(a);
                }
            }
        }
        if (Addresses.isUsableIn(subnet.cidr(), ip) && !used.contains(ip)) {
            return c;
        }
        Ipv4Address next = Addresses.nextFree(subnet.cidr(), used).orElseThrow(() -> new IllegalArgumentException(
                subnet.label() + " has no free address for a copy of " + c.label()));
        Element moved = ElementRecords.withField(c, "privateIp", next);
        Object secondary = ElementRecords.get((Record) moved, "secondaryIps");
        if (secondary instanceof List<?> list && !list.isEmpty()) {
            moved = ElementRecords.withField(moved, "secondaryIps", List.of());
        }
        return moved;
    }

    /** A pasted load balancer or endpoint: fresh addresses in the subnets it uses. */
    private static Element replace(TopologyView t, Element c, ElementId placement) {
        Set<Ipv4Address> none = new HashSet<>();
        if (c instanceof LoadBalancer lb) {
            List<LoadBalancerNode> nodes = new ArrayList<>();
            List<LoadBalancerNode> from = placement == null ? lb.nodes() : List.of(new LoadBalancerNode(placement, null));
            for (LoadBalancerNode n : from) {
                Optional<Subnet> s = t.find(n.subnet(), Subnet.class);
                nodes.add(new LoadBalancerNode(n.subnet(), s.flatMap(x -> Addresses.nextFreeIp(t, x, none)).orElse(null)));
                s.flatMap(x -> Addresses.nextFreeIp(t, x, none)).ifPresent(none::add);
            }
            return ElementRecords.withField(lb, "nodes", nodes);
        }
        InterfaceEndpoint ie = (InterfaceEndpoint) c;
        List<EndpointInterface> interfaces = new ArrayList<>();
        List<EndpointInterface> from = placement == null ? ie.interfaces() : List.of(new EndpointInterface(placement, null, null));
        for (EndpointInterface i : from) {
            Optional<Subnet> s = t.find(i.subnet(), Subnet.class);
            Ipv4Address ip = s.flatMap(x -> Addresses.nextFreeIp(t, x, none)).orElse(null);
            if (ip != null) {
                none.add(ip);
            }
            interfaces.add(new EndpointInterface(i.subnet(), placement == null ? i.eniId() : ie.interfaces().get(0).eniId(), ip));
        }
        return ElementRecords.withField(ie, "interfaces", interfaces);
    }

    /** {@code c} without security groups of another VPC than its own (unless they were pasted too). */
    @SuppressWarnings("unchecked")
    private static Element withinVpc(TopologyView t, Element c, List<Element> pasted) {
        Object groups = c instanceof Record r && hasField(r, "securityGroups") ? ElementRecords.get(r, "securityGroups") : null;
        if (!(groups instanceof List<?> list) || list.isEmpty()) {
            return c;
        }
        Map<ElementId, Element> byId = new HashMap<>();
        for (Element p : pasted) {
            byId.put(p.id(), p);
        }
        ElementId vpc = null;
        Element e = c;
        for (int guard = 0; e != null && guard < 64; guard++) {
            if (e instanceof Vpc) {
                vpc = e.id();
                break;
            }
            ElementId parent = e.parent();
            e = parent == null ? null : byId.containsKey(parent) ? byId.get(parent) : t.find(parent).orElse(null);
        }
        ElementId ownVpc = vpc;
        List<ElementId> kept = ((List<ElementId>) list).stream()
                .filter(sg -> byId.containsKey(sg) || t.find(sg).map(g -> Objects.equals(g.parent(), ownVpc)).orElse(true)).toList();
        return kept.size() == list.size() ? c : ElementRecords.withField(c, "securityGroups", kept);
    }

    private static boolean hasField(Record r, String field) {
        for (var rc : ElementRecords.components(r.getClass())) {
            if (rc.getName().equals(field)) {
                return true;
            }
        }
        return false;
    }

    /** Indexes of {@code root} and every element inside it among {@code elements}. */
    private static Set<Integer> subtreeOf(List<Element> elements, ElementId root) {
        Set<ElementId> ids = new HashSet<>();
        ids.add(root);
        Set<Integer> indexes = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i < elements.size(); i++) {
                Element e = elements.get(i);
                if (!indexes.contains(i) && (ids.contains(e.id()) || (e.parent() != null && ids.contains(e.parent())))) {
                    indexes.add(i);
                    ids.add(e.id());
                    grew = true;
                }
            }
        }
        for (int i = 0; i < elements.size(); i++) { // what the subtree's load balancers and endpoints hold
            if (elements.get(i).parent() != null && ids.contains(elements.get(i).parent())) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    /** Moves every address and block inside {@code from} to the same place inside {@code to}. */
    private static void shiftWithin(List<Element> elements, Set<Integer> which, Cidr from, Cidr to) {
        Cidr f = from.canonical();
        Cidr g = to.canonical();
        for (int i : which) {
            elements.set(i, ElementRecords.mapLeaves(elements.get(i), v -> {
                if (v instanceof Ipv4Address a && f.contains(a)) {
                    return g.addressAt(a.unsigned() - f.network().unsigned());
                }
                if (v instanceof Cidr c && f.contains(c)) {
                    Ipv4Address moved = g.addressAt(c.address().unsigned() - f.network().unsigned());
                    return new Cidr(moved, c.prefixLength());
                }
                return v;
            }));
        }
    }

    private static int depth(Element e, List<Element> all) {
        Map<ElementId, Element> byId = new HashMap<>();
        for (Element x : all) {
            byId.put(x.id(), x);
        }
        int d = 0;
        for (Element x = e; x != null && x.parent() != null && d < 64; x = byId.get(x.parent())) {
            d++;
        }
        return d;
    }

    private static String parents(ElementKind kind) {
        List<String> p = new ArrayList<>();
        for (ElementKind k : kind.allowedParents()) {
            p.add(k.phrase());
        }
        return String.join(" or ", p);
    }
}
