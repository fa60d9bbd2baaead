package dev.linkwright.edit;

import dev.linkwright.model.AvailabilityZone;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.EndpointInterface;
import dev.linkwright.model.Instance;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerNode;
import dev.linkwright.model.NatGateway;
import dev.linkwright.model.NetworkAcl;
import dev.linkwright.model.NetworkInterface;
import dev.linkwright.model.OnPremisesHost;
import dev.linkwright.model.OnPremisesNetwork;
import dev.linkwright.model.Placement;
import dev.linkwright.model.Region;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.TopologyView;
import dev.linkwright.model.Vpc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Moving an element into another container on the diagram (re-parenting), by AWS's rules: what may
 * go where, and what has to change on the way. An instance moved to another subnet gets a free
 * address there when its own does not fit; a subnet moved to another VPC gets a free block there
 * and its instances keep their host numbers; references that would cross into another VPC (an
 * instance's security groups, a subnet's route table) are dropped and said so. What AWS ties to
 * its place (an Availability Zone to its VPC, a security group in use) does not move, with the
 * reason.
 *
 * <pre>{@code
 * Moves.Check c = Moves.check(topology, ElementId.of("instance-a"), ElementId.of("subnet-b"));
 * if (c.allowed()) stack.execute(Edits.group(c.description(), ...c.replacements()...));
 * }</pre>
 */
public final class Moves {

    private Moves() {
    }

    /**
     * The answer for moving one element: allowed or not, the container that receives it (to
     * highlight), the reason when not, the elements to put (the moved element first, then its
     * contents when their addresses change), and notes on what changed on the way.
     */
    public record Check(boolean allowed, ElementId target, String reason, List<Element> replacements, List<String> notes) {
        public Check {
            replacements = List.copyOf(replacements);
            notes = List.copyOf(notes);
        }

        static Check no(ElementId target, String reason) {
            return new Check(false, target, reason, List.of(), List.of());
        }
    }

    /**
     * The container an element moved onto {@code under} lands in: {@code under} when it may hold
     * the element, else the nearest container around it that may; null when none may (or for
     * top-level elements, which stay at the top). For load balancers and interface endpoints, a
     * subnet.
     */
    public static ElementId landingContainer(TopologyView t, Element e, ElementId under) {
        if (e.kind().isTopLevel()) {
            return null;
        }
        Element inner = under == null ? null : t.find(under).orElse(null);
        if (e.kind() == ElementKind.LOAD_BALANCER || e.kind() == ElementKind.INTERFACE_ENDPOINT) {
            return inner != null && inner.kind() == ElementKind.SUBNET ? inner.id() : null;
        }
        for (Element c = inner; c != null; c = c.parent() == null ? null : t.find(c.parent()).orElse(null)) {
            if (e.kind().allowedParents().contains(c.kind())) {
                return c.id();
            }
        }
        return null;
    }

    /**
     * Checks moving {@code id} from its diagram container {@code current} into {@code target} (a
     * landing container, see {@link #landingContainer}); a move within the same container is
     * always allowed and changes nothing but the position.
     */
    public static Check check(TopologyView t, ElementId id, ElementId current, ElementId target) {
        Element e = t.get(id);
        if (Objects.equals(current, target)) {
            return new Check(true, target, null, List.of(), List.of());
        }
        if (target == null) {
            return Check.no(current, Drops.sentence(e.kind()) + " goes in " + parents(e.kind()) + ": drop it inside one.");
        }
        Element dest = t.get(target);
        String label = e.label();
        switch (e.kind()) {
            case AVAILABILITY_ZONE:
                return Check.no(target, "An Availability Zone belongs to its VPC: copy it (Ctrl+C, Ctrl+V) into "
                        + dest.label() + " instead.");
            case REGION:
                return moveRegion(t, (Region) e, dest);
            case SUBNET:
                return moveSubnet(t, (Subnet) e, dest);
            case INSTANCE: case NETWORK_INTERFACE: case NAT_GATEWAY:
                return moveHost(t, e, (Subnet) dest);
            case LOAD_BALANCER: case INTERFACE_ENDPOINT:
                return movePlacement(t, e, current, (Subnet) dest);
            case SECURITY_GROUP: case ROUTE_TABLE: case NETWORK_ACL: case TARGET_GROUP: case INTERNET_GATEWAY:
            case GATEWAY_ENDPOINT: case VPN_GATEWAY: {
                Set<ElementId> users = t.referrers(id);
                if (!users.isEmpty() && !sameVpc(t, id, target)) {
                    return Check.no(target, label + " is used by " + list(users) + ": it cannot leave "
                            + Placement.vpcOf(t, id).map(Vpc::label).orElse("its VPC") + ".");
                }
                return reparented(t, e, target);
            }
            case TGW_ROUTE_TABLE: case TGW_ATTACHMENT:
                return Check.no(target, label + " belongs to its transit gateway.");
            case ON_PREMISES_HOST:
                return moveOnPremisesHost(t, (OnPremisesHost) e, dest);
            default:
                return reparented(t, e, target);
        }
    }

    private static Check reparented(TopologyView t, Element e, ElementId target) {
        return new Check(true, target, null, List.of(ElementRecords.withField(e, "parent", target)), List.of());
    }

    private static Check moveRegion(TopologyView t, Region r, Element account) {
        for (Element other : t.children(account.id())) {
            if (other instanceof Region o && o.code().equals(r.code())) {
                return Check.no(account.id(), account.label() + " already has " + r.code() + ": move its contents instead.");
            }
        }
        return reparented(t, r, account.id());
    }

    private static Check moveOnPremisesHost(TopologyView t, OnPremisesHost h, Element dest) {
        OnPremisesNetwork n = (OnPremisesNetwork) dest;
        if (n.contains(h.ip())) {
            return reparented(t, h, n.id());
        }
        Ipv4Address ip = Addresses.nextFreeHostIp(t, n).orElse(null);
        if (ip == null) {
            return Check.no(n.id(), n.label() + " has no free address for " + h.label() + ".");
        }
        return new Check(true, n.id(), null, List.of(new OnPremisesHost(h.id(), h.name(), n.id(), ip)),
                List.of(h.label() + " is now " + ip));
    }

    private static Check moveSubnet(TopologyView t, Subnet s, Element az) {
        ElementId fromVpc = Placement.vpcOf(t, s.id()).map(Vpc::id).orElse(null);
        Vpc toVpc = Placement.vpcOf(t, az.id()).orElse(null);
        if (toVpc == null) {
            return Check.no(az.id(), "That Availability Zone is not in a VPC.");
        }
        if (toVpc.id().equals(fromVpc)) {
            return reparented(t, s, az.id());
        }
        List<ElementId> pinned = new ArrayList<>();
        for (ElementId r : t.referrers(s.id())) {
            ElementKind k = t.find(r).map(Element::kind).orElse(null);
            if (k == ElementKind.LOAD_BALANCER || k == ElementKind.INTERFACE_ENDPOINT || k == ElementKind.TGW_ATTACHMENT) {
                pinned.add(r);
            }
        }
        if (!pinned.isEmpty()) {
            return Check.no(az.id(), s.label() + " holds " + list(pinned) + ": it cannot leave its VPC. Copy it instead.");
        }
        List<String> notes = new ArrayList<>();
        Cidr block = s.cidr();
        List<Cidr> taken = Addresses.subnetBlocksOf(t, toVpc.id());
        boolean fits = block != null && toVpc.cidrBlocks().stream().anyMatch(c -> c.contains(block))
                && taken.stream().noneMatch(c -> c.overlaps(block));
        if (block != null && !fits) {
            Cidr fresh = Addresses.freeSubnetBlock(toVpc, block.prefixLength(), taken).orElse(null);
            if (fresh == null) {
                return Check.no(az.id(), toVpc.label() + " has no free /" + block.prefixLength() + " for " + s.label() + ".");
            }
            notes.add(s.label() + " is now " + fresh);
            fits = false;
            Subnet moved = new Subnet(s.id(), s.name(), az.id(), fresh, s.ipv6Cidr(), keepIn(t, s.routeTable(), toVpc, notes),
                    keepIn(t, s.networkAcl(), toVpc, notes));
            List<Element> out = new ArrayList<>();
            out.add(moved);
            for (Element child : t.children(s.id())) {
                out.add(readdressed(t, child, block, fresh, toVpc, notes));
            }
            return new Check(true, az.id(), null, out, notes);
        }
        Subnet moved = new Subnet(s.id(), s.name(), az.id(), s.cidr(), s.ipv6Cidr(), keepIn(t, s.routeTable(), toVpc, notes),
                keepIn(t, s.networkAcl(), toVpc, notes));
        List<Element> out = new ArrayList<>();
        out.add(moved);
        for (Element child : t.children(s.id())) {
            Element kept = withGroupsIn(t, child, toVpc, notes);
            if (kept != child) {
                out.add(kept);
            }
        }
        return new Check(true, az.id(), null, out, notes);
    }

    /** A host of a subnet that moved from {@code from} to {@code to}: same host number, groups of the new VPC. */
    private static Element readdressed(TopologyView t, Element child, Cidr from, Cidr to, Vpc vpc, List<String> notes) {
        Element e = withGroupsIn(t, child, vpc, notes);
        if (e instanceof Instance i) {
            return new Instance(i.id(), i.name(), i.parent(), shift(i.privateIp(), from, to), shiftAll(i.secondaryIps(), from, to),
                    i.publicIp(), i.securityGroups(), i.sourceDestCheck(), i.state(), i.eniId());
        }
        if (e instanceof NetworkInterface n) {
            return new NetworkInterface(n.id(), n.name(), n.parent(), shift(n.privateIp(), from, to), shiftAll(n.secondaryIps(), from, to),
                    n.publicIp(), n.securityGroups(), n.sourceDestCheck(), n.attachedInstance(), n.description());
        }
        if (e instanceof NatGateway n) {
            return new NatGateway(n.id(), n.name(), n.parent(), n.connectivity(), shift(n.privateIp(), from, to), n.elasticIp(), n.state());
        }
        return e;
    }

    private static Ipv4Address shift(Ipv4Address a, Cidr from, Cidr to) {
        return a == null ? null : Addresses.sameOffset(a, from, to).orElse(a);
    }

    private static List<Ipv4Address> shiftAll(List<Ipv4Address> as, Cidr from, Cidr to) {
        return as.stream().map(a -> shift(a, from, to)).toList();
    }

    private static Check moveHost(TopologyView t, Element e, Subnet dest) {
        Vpc toVpc = Placement.vpcOf(t, dest.id()).orElse(null);
        if (toVpc == null) {
            return Check.no(dest.id(), dest.label() + " is not in a VPC.");
        }
        List<String> notes = new ArrayList<>();
        Element moved = ElementRecords.withField(withGroupsIn(t, e, toVpc, notes), "parent", dest.id());
        Set<Ipv4Address> used = Addresses.usedIn(t, dest.id());
        List<Ipv4Address> taken = new ArrayList<>(used);
        Ipv4Address ip = (Ipv4Address) ElementRecords.get((Record) moved, "privateIp");
        if (ip != null && dest.cidr() != null && (!Addresses.isUsableIn(dest.cidr(), ip) || used.contains(ip))) {
            Ipv4Address fresh = Addresses.nextFree(dest.cidr(), new HashSet<>(taken)).orElse(null);
            if (fresh == null) {
                return Check.no(dest.id(), dest.label() + " (" + dest.cidr() + ") has no free address for " + e.label() + ".");
            }
            moved = ElementRecords.withField(moved, "privateIp", fresh);
            taken.add(fresh);
            notes.add(e.label() + " is now " + fresh);
        }
        if (moved instanceof Instance i && !i.secondaryIps().isEmpty() && dest.cidr() != null) {
            List<Ipv4Address> secondary = new ArrayList<>();
            for (Ipv4Address a : i.secondaryIps()) {
                if (Addresses.isUsableIn(dest.cidr(), a) && !taken.contains(a)) {
                    secondary.add(a);
                    taken.add(a);
                } else {
                    Addresses.nextFree(dest.cidr(), new HashSet<>(taken)).ifPresent(f -> {
                        secondary.add(f);
                        taken.add(f);
                    });
                }
            }
            moved = ElementRecords.withField(i, "secondaryIps", secondary);
        }
        return new Check(true, dest.id(), null, List.of(moved), notes);
    }

    /** Moves a load balancer's node (or an endpoint's interface) from {@code current} to {@code dest}. */
    private static Check movePlacement(TopologyView t, Element e, ElementId current, Subnet dest) {
        ElementId vpc = e.parent();
        if (!Placement.vpcOf(t, dest.id()).map(Vpc::id).map(vpc::equals).orElse(false)) {
            return Check.no(dest.id(), e.label() + " belongs to " + t.find(vpc).map(Element::label).orElse("its VPC")
                    + ": it can only move to another subnet of that VPC.");
        }
        String zone = zoneOf(t, dest.id());
        Optional<Ipv4Address> ip = Addresses.nextFreeIp(t, dest, Set.of());
        if (e instanceof LoadBalancer lb) {
            List<LoadBalancerNode> nodes = new ArrayList<>();
            for (LoadBalancerNode n : lb.nodes()) {
                if (n.subnet().equals(current)) {
                    nodes.add(new LoadBalancerNode(dest.id(), ip.orElse(null)));
                } else if (n.subnet().equals(dest.id()) || Objects.equals(zoneOf(t, n.subnet()), zone)) {
                    return Check.no(dest.id(), lb.label() + " already has a node in " + zoneLabel(t, dest)
                            + ": a load balancer has one subnet per Availability Zone.");
                } else {
                    nodes.add(n);
                }
            }
            return new Check(true, dest.id(), null, List.of(ElementRecords.withField(lb, "nodes", nodes)),
                    List.of(lb.label() + "'s node is now in " + dest.label()));
        }
        InterfaceEndpoint ie = (InterfaceEndpoint) e;
        List<EndpointInterface> interfaces = new ArrayList<>();
        for (EndpointInterface i : ie.interfaces()) {
            if (i.subnet().equals(current)) {
                interfaces.add(new EndpointInterface(dest.id(), i.eniId(), ip.orElse(null)));
            } else if (i.subnet().equals(dest.id()) || Objects.equals(zoneOf(t, i.subnet()), zone)) {
                return Check.no(dest.id(), ie.label() + " already has a network interface in " + zoneLabel(t, dest)
                        + ": an endpoint has one subnet per Availability Zone.");
            } else {
                interfaces.add(i);
            }
        }
        return new Check(true, dest.id(), null, List.of(ElementRecords.withField(ie, "interfaces", interfaces)),
                List.of(ie.label() + "'s network interface is now in " + dest.label()));
    }

    /** The AZ id of a subnet's zone, else its name: what "the same Availability Zone" means. */
    private static String zoneOf(TopologyView t, ElementId subnet) {
        String id = Placement.zoneIdOf(t, subnet);
        return id != null ? id : Placement.zoneNameOf(t, subnet);
    }

    private static String zoneLabel(TopologyView t, Subnet s) {
        return Placement.zoneOf(t, s.id()).map(AvailabilityZone::zoneName).orElse("that Availability Zone");
    }

    /** {@code e} without security groups of other VPCs than {@code vpc} (noted). */
    private static Element withGroupsIn(TopologyView t, Element e, Vpc vpc, List<String> notes) {
        Object groups = e instanceof Instance || e instanceof NetworkInterface ? ElementRecords.get((Record) e, "securityGroups") : null;
        if (!(groups instanceof List<?> list) || list.isEmpty()) {
            return e;
        }
        List<ElementId> kept = new ArrayList<>();
        List<ElementId> dropped = new ArrayList<>();
        for (Object o : list) {
            ElementId sg = (ElementId) o;
            boolean inVpc = t.find(sg, SecurityGroup.class).map(g -> vpc.id().equals(g.parent())).orElse(true);
            (inVpc ? kept : dropped).add(sg);
        }
        if (dropped.isEmpty()) {
            return e;
        }
        notes.add(e.label() + " left " + list(dropped) + " behind (security groups belong to one VPC)");
        return ElementRecords.withField(e, "securityGroups", kept);
    }

    private static ElementId keepIn(TopologyView t, ElementId ref, Vpc vpc, List<String> notes) {
        if (ref == null) {
            return null;
        }
        Optional<Element> target = t.find(ref);
        boolean inVpc = target.map(x -> vpc.id().equals(x.parent())).orElse(true);
        if (!inVpc) {
            String what = target.get() instanceof RouteTable ? "route table " : target.get() instanceof NetworkAcl ? "network ACL " : "";
            notes.add("the " + what + ref + " stays in its VPC; the subnet now uses " + vpc.label() + "'s default");
            return null;
        }
        return ref;
    }

    private static boolean sameVpc(TopologyView t, ElementId a, ElementId b) {
        return Objects.equals(Placement.vpcOf(t, a).map(Vpc::id).orElse(null), Placement.vpcOf(t, b).map(Vpc::id).orElse(null));
    }

    private static String parents(ElementKind kind) {
        List<String> p = new ArrayList<>();
        for (ElementKind k : kind.allowedParents()) {
            p.add(k.phrase());
        }
        return String.join(" or ", p);
    }

    static String list(java.util.Collection<ElementId> ids) {
        List<String> shown = ids.stream().limit(3).map(ElementId::value).toList();
        return String.join(", ", shown) + (ids.size() > 3 ? " and " + (ids.size() - 3) + " more" : "");
    }
}
