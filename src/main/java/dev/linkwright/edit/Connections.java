package dev.linkwright.edit;

import dev.linkwright.model.AttachmentType;
import dev.linkwright.model.AwsService;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.CustomerGateway;
import dev.linkwright.model.DirectConnectConnection;
import dev.linkwright.model.DirectConnectGateway;
import dev.linkwright.model.DirectConnectGatewayAssociation;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.EndpointService;
import dev.linkwright.model.GatewayEndpoint;
import dev.linkwright.model.Instance;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.Listener;
import dev.linkwright.model.ListenerProtocol;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerType;
import dev.linkwright.model.NetworkAcl;
import dev.linkwright.model.NetworkInterface;
import dev.linkwright.model.OnPremisesNetwork;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.PeeringState;
import dev.linkwright.model.Placement;
import dev.linkwright.model.Region;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.Target;
import dev.linkwright.model.TargetGroup;
import dev.linkwright.model.TargetType;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.TopologyView;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.model.TunnelState;
import dev.linkwright.model.VirtualInterface;
import dev.linkwright.model.VirtualInterfaceType;
import dev.linkwright.model.Vpc;
import dev.linkwright.model.VpnConnection;
import dev.linkwright.model.VpnGateway;
import dev.linkwright.model.VpnRouting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The connection tool's rules: which pairs of elements connect, and what connecting them makes.
 * Peering between VPCs, VPC and VPN attachments to a transit gateway, peering between transit
 * gateways, a Site-to-Site VPN between a virtual private gateway or transit gateway and a customer
 * gateway, a Direct Connect virtual interface from a connection to a gateway, Direct Connect gateway
 * associations, an interface endpoint to its endpoint service, an endpoint service to its Network
 * Load Balancer, a load balancer to its targets; and associations that are not lines on the diagram
 * but are drawn the same way: a route table or network ACL to a subnet, a security group to what
 * uses it. The order of the two ends does not matter. Pairs AWS would refuse (peering overlapping
 * VPCs, attaching a VPC of another Region) are refused with the reason.
 *
 * <pre>{@code
 * Connections.Plan p = Connections.plan(topology, ElementId.of("vpc-a"), ElementId.of("vpc-b"));
 * if (p.allowed()) stack.execute(Edits.group(p.description(), puts(p.elements())));
 * }</pre>
 */
public final class Connections {

    private Connections() {
    }

    /**
     * What connecting two elements does: allowed or not (with the reason), a description for the
     * undo history ("Peer VPC A with VPC B"), and the elements to put (new ones and changed ones).
     */
    public record Plan(boolean allowed, String reason, String description, List<Element> elements) {
        public Plan {
            elements = List.copyOf(elements);
        }

        static Plan no(String reason) {
            return new Plan(false, reason, null, List.of());
        }

        static Plan of(String description, Element... elements) {
            return new Plan(true, null, description, List.of(elements));
        }
    }

    /** Plans connecting {@code a} and {@code b} (in either order). */
    public static Plan plan(TopologyView t, ElementId a, ElementId b) {
        if (a == null || b == null || !t.contains(a) || !t.contains(b)) {
            return Plan.no("Pick two elements to connect.");
        }
        if (a.equals(b)) {
            return Plan.no("Drag to another element to connect it.");
        }
        Element x = t.get(a);
        Element y = t.get(b);
        Optional<Plan> p = directed(t, x, y);
        if (p.isEmpty()) {
            p = directed(t, y, x);
        }
        return p.orElseGet(() -> Plan.no(capital(x.kind().phrase()) + " and " + y.kind().phrase()
                + " do not connect. " + hintFor(x.kind(), y.kind())));
    }

    /** What {@code kind} connects to, for the message when a pair does not connect. */
    static String hintFor(ElementKind a, ElementKind b) {
        String ha = connectsTo(a);
        return ha != null ? capital(a.phrase()) + " connects to " + ha + "." : connectsTo(b) != null
                ? capital(b.phrase()) + " connects to " + connectsTo(b) + "." : "";
    }

    private static String connectsTo(ElementKind k) {
        switch (k) {
            case VPC: return "another VPC (peering) or a transit gateway (attachment)";
            case TRANSIT_GATEWAY: return "a VPC, another transit gateway, a customer gateway (VPN) or a Direct Connect gateway";
            case VPN_GATEWAY: return "a customer gateway (VPN), a Direct Connect connection or a Direct Connect gateway";
            case CUSTOMER_GATEWAY: return "a virtual private gateway or transit gateway (VPN), or its on-premises network";
            case DX_CONNECTION: return "a virtual private gateway or a Direct Connect gateway (virtual interface)";
            case DX_GATEWAY: return "a virtual private gateway, a transit gateway or a Direct Connect connection";
            case VIRTUAL_INTERFACE: return "an on-premises network";
            case ON_PREMISES_NETWORK: return "a customer gateway or a virtual interface";
            case INTERFACE_ENDPOINT: return "an endpoint service or an AWS service";
            case ENDPOINT_SERVICE: return "a Network Load Balancer or an interface endpoint";
            case LOAD_BALANCER: return "its targets (EC2 instances), a target group or an endpoint service";
            case TARGET_GROUP: return "an EC2 instance (target) or a load balancer";
            case ROUTE_TABLE: case NETWORK_ACL: return "a subnet of its VPC";
            case SECURITY_GROUP: return "an instance, network interface, endpoint or load balancer of its VPC";
            case GATEWAY_ENDPOINT: return "an AWS service or a route table";
            default: return null;
        }
    }

    private static Optional<Plan> directed(TopologyView t, Element a, Element b) {
        if (a instanceof Vpc v && b instanceof Vpc w) {
            return Optional.of(peer(t, v, w));
        }
        if (a instanceof TransitGateway tgw) {
            if (b instanceof Vpc v) {
                return Optional.of(attachVpc(t, tgw, v));
            }
            if (b instanceof TransitGateway other) {
                return Optional.of(peerGateways(t, tgw, other));
            }
            if (b instanceof CustomerGateway cgw) {
                return Optional.of(vpn(t, tgw, cgw));
            }
            if (b instanceof DirectConnectGateway dx) {
                return Optional.of(associate(t, dx, tgw));
            }
        }
        if (a instanceof VpnGateway vgw) {
            if (b instanceof CustomerGateway cgw) {
                return Optional.of(vpn(t, vgw, cgw));
            }
            if (b instanceof DirectConnectGateway dx) {
                return Optional.of(associate(t, dx, vgw));
            }
        }
        if (a instanceof DirectConnectConnection dx && (b instanceof VpnGateway || b instanceof DirectConnectGateway)) {
            return Optional.of(virtualInterface(t, dx, b));
        }
        if (a instanceof OnPremisesNetwork n) {
            if (b instanceof VirtualInterface vif) {
                return Optional.of(vif.network() != null && vif.network().equals(n.id())
                        ? Plan.no(vif.label() + " already reaches " + n.label() + ".")
                        : Plan.of("Connect " + vif.label() + " to " + n.label(), ElementRecords.withField(vif, "network", n.id())));
            }
            if (b instanceof CustomerGateway cgw) {
                return Optional.of(Objects.equals(cgw.network(), n.id())
                        ? Plan.no(cgw.label() + " already stands for " + n.label() + ".")
                        : Plan.of("Connect " + cgw.label() + " to " + n.label(), ElementRecords.withField(cgw, "network", n.id())));
            }
        }
        if (a instanceof InterfaceEndpoint ie) {
            if (b instanceof EndpointService svc) {
                return Optional.of(endpointToService(t, ie, svc));
            }
            if (b instanceof AwsService svc) {
                return Optional.of(Objects.equals(ie.serviceName(), svc.serviceName()) && ie.service() == null
                        ? Plan.no(ie.label() + " already connects to " + svc.label() + ".")
                        : Plan.of("Connect " + ie.label() + " to " + svc.label(), new InterfaceEndpoint(ie.id(), ie.name(), ie.parent(),
                        null, svc.serviceName(), ie.serviceRegion(), ie.interfaces(), ie.securityGroups(), ie.ipAddressType(),
                        ie.privateDns(), ie.state(), ie.requesterPrincipal(), ie.policy())));
            }
        }
        if (a instanceof EndpointService svc && b instanceof LoadBalancer lb) {
            return Optional.of(serviceToLoadBalancer(t, svc, lb));
        }
        if (a instanceof LoadBalancer lb) {
            if (b instanceof Instance || b instanceof NetworkInterface) {
                return Optional.of(target(t, lb, b));
            }
            if (b instanceof TargetGroup tg) {
                return Optional.of(listen(t, lb, tg));
            }
        }
        if (a instanceof TargetGroup tg && b instanceof Instance i) {
            return Optional.of(register(t, tg, i));
        }
        if (a instanceof GatewayEndpoint gw) {
            if (b instanceof AwsService svc) {
                return Optional.of(Objects.equals(gw.serviceName(), svc.serviceName())
                        ? Plan.no(gw.label() + " already reaches " + svc.label() + ".")
                        : Plan.of("Connect " + gw.label() + " to " + svc.label(), ElementRecords.withField(gw, "serviceName", svc.serviceName())));
            }
            if (b instanceof RouteTable rt) {
                return Optional.of(sameVpc(t, gw, rt) == null ? addToList(gw, "routeTables", rt.id(),
                        "Associate " + rt.label() + " with " + gw.label(), gw.label() + " already uses " + rt.label() + ".")
                        : Plan.no(sameVpc(t, gw, rt)));
            }
        }
        if (a instanceof RouteTable rt && b instanceof Subnet s) {
            String other = sameVpc(t, rt, s);
            return Optional.of(other != null ? Plan.no(other) : Objects.equals(s.routeTable(), rt.id())
                    ? Plan.no(s.label() + " already uses " + rt.label() + ".")
                    : Plan.of("Associate " + s.label() + " with route table " + rt.label(), ElementRecords.withField(s, "routeTable", rt.id())));
        }
        if (a instanceof NetworkAcl acl && b instanceof Subnet s) {
            String other = sameVpc(t, acl, s);
            return Optional.of(other != null ? Plan.no(other) : Objects.equals(s.networkAcl(), acl.id())
                    ? Plan.no(s.label() + " already uses " + acl.label() + ".")
                    : Plan.of("Associate " + s.label() + " with network ACL " + acl.label(), ElementRecords.withField(s, "networkAcl", acl.id())));
        }
        if (a instanceof SecurityGroup sg && (b instanceof Instance || b instanceof NetworkInterface || b instanceof InterfaceEndpoint
                || b instanceof LoadBalancer)) {
            String other = sameVpc(t, sg, b);
            if (other != null) {
                return Optional.of(Plan.no(other));
            }
            if (b instanceof LoadBalancer lb && !lb.createdWithSecurityGroups() && lb.securityGroups().isEmpty()) {
                return Optional.of(Plan.no(lb.label() + " was created without security groups: AWS adds security groups to a "
                        + "Network Load Balancer only at creation (R-NLB-5)."));
            }
            return Optional.of(addToList(b, "securityGroups", sg.id(), "Add " + b.label() + " to security group " + sg.label(),
                    b.label() + " is already in " + sg.label() + "."));
        }
        return Optional.empty();
    }

    // ---- peering and transit gateways -------------------------------------------------------------

    private static Plan peer(TopologyView t, Vpc a, Vpc b) {
        for (PeeringConnection p : t.all(PeeringConnection.class)) {
            if (p.peerOf(a.id()) != null && p.peerOf(a.id()).equals(b.id())) {
                return Plan.no(a.label() + " and " + b.label() + " are already peered (" + p.id() + ").");
            }
        }
        for (Cidr x : a.cidrBlocks()) {
            for (Cidr y : b.cidrBlocks()) {
                if (x.overlaps(y)) {
                    return Plan.no("AWS refuses to peer VPCs whose CIDR blocks overlap: " + x + " (" + a.label() + ") overlaps "
                            + y + " (" + b.label() + ").");
                }
            }
        }
        Optional<Region> region = Placement.regionOf(t, a.id());
        if (region.isEmpty()) {
            return Plan.no(a.label() + " is not in a Region.");
        }
        ElementId id = new Ids(t).next(ElementKind.PEERING_CONNECTION);
        return Plan.of("Peer " + a.label() + " with " + b.label(),
                new PeeringConnection(id, "", region.get().id(), a.id(), b.id(), PeeringState.ACTIVE));
    }

    private static Plan attachVpc(TopologyView t, TransitGateway tgw, Vpc vpc) {
        for (Element e : t.children(tgw.id())) {
            if (e instanceof TgwAttachment at && at.type() == AttachmentType.VPC && vpc.id().equals(at.resource())) {
                return Plan.no(vpc.label() + " is already attached to " + tgw.label() + " (" + at.id() + ").");
            }
        }
        String tgwRegion = Placement.regionCodeOf(t, tgw.id());
        String vpcRegion = Placement.regionCodeOf(t, vpc.id());
        if (!Objects.equals(tgwRegion, vpcRegion)) {
            return Plan.no("A transit gateway attaches VPCs of its own Region (" + tgwRegion + "); " + vpc.label() + " is in "
                    + vpcRegion + ". Peer two transit gateways instead.");
        }
        Map<String, ElementId> subnetPerZone = new LinkedHashMap<>();
        for (Element az : t.children(vpc.id())) {
            for (Element s : t.children(az.id())) {
                if (s instanceof Subnet) {
                    String zone = Placement.zoneIdOf(t, s.id());
                    subnetPerZone.putIfAbsent(zone != null ? zone : az.id().value(), s.id());
                }
            }
        }
        if (subnetPerZone.isEmpty()) {
            return Plan.no(vpc.label() + " has no subnet yet: a VPC attachment needs a subnet in each Availability Zone it serves.");
        }
        ElementId id = new Ids(t).next(ElementKind.TGW_ATTACHMENT);
        return Plan.of("Attach " + vpc.label() + " to " + tgw.label(), new TgwAttachment(id, "", tgw.id(), AttachmentType.VPC, vpc.id(),
                new ArrayList<>(subnetPerZone.values()), null, null, false, null, "available"));
    }

    private static Plan peerGateways(TopologyView t, TransitGateway a, TransitGateway b) {
        for (TgwAttachment at : t.all(TgwAttachment.class)) {
            if (at.type() == AttachmentType.PEERING && ((at.parent().equals(a.id()) && at.resource().equals(b.id()))
                    || (at.parent().equals(b.id()) && at.resource().equals(a.id())))) {
                return Plan.no(a.label() + " and " + b.label() + " are already peered (" + at.id() + ").");
            }
        }
        ElementId id = new Ids(t).next(ElementKind.TGW_ATTACHMENT);
        return Plan.of("Peer " + a.label() + " with " + b.label(), new TgwAttachment(id, "", a.id(), AttachmentType.PEERING, b.id(),
                List.of(), null, null, false, null, "available"));
    }

    // ---- hybrid -----------------------------------------------------------------------------------

    private static Plan vpn(TopologyView t, Element gateway, CustomerGateway cgw) {
        String gatewayRegion = Placement.regionCodeOf(t, gateway.id());
        Optional<Region> region = Placement.regionOf(t, gateway.id());
        if (region.isEmpty()) {
            return Plan.no(gateway.label() + " is not in a Region.");
        }
        String cgwRegion = Placement.regionCodeOf(t, cgw.id());
        if (!Objects.equals(gatewayRegion, cgwRegion)) {
            return Plan.no("A VPN connection joins a gateway and a customer gateway of the same Region: " + gateway.label() + " is in "
                    + gatewayRegion + ", " + cgw.label() + " in " + cgwRegion + ".");
        }
        Ids ids = new Ids(t);
        ElementId vpnId = ids.next(ElementKind.VPN_CONNECTION);
        VpnConnection vpn = new VpnConnection(vpnId, "", region.get().id(), gateway.id(), cgw.id(),
                cgw.bgpAsn() == null ? VpnRouting.STATIC : VpnRouting.BGP, List.of(), List.of(TunnelState.UP, TunnelState.UP), null,
                "available");
        if (gateway instanceof TransitGateway tgw) {
            TgwAttachment at = new TgwAttachment(ids.next(ElementKind.TGW_ATTACHMENT), "", tgw.id(), AttachmentType.VPN, vpnId,
                    List.of(), null, null, false, null, "available");
            return Plan.of("Connect VPN from " + gateway.label() + " to " + cgw.label(), vpn, at);
        }
        return Plan.of("Connect VPN from " + gateway.label() + " to " + cgw.label(), vpn);
    }

    private static Plan virtualInterface(TopologyView t, DirectConnectConnection dx, Element gateway) {
        for (Element e : t.children(dx.id())) {
            if (e instanceof VirtualInterface v && gateway.id().equals(v.gateway())) {
                return Plan.no(dx.label() + " already has a virtual interface to " + gateway.label() + " (" + v.id() + ").");
            }
        }
        VirtualInterfaceType type = VirtualInterfaceType.PRIVATE;
        if (gateway instanceof DirectConnectGateway g) {
            for (DirectConnectGatewayAssociation a : g.associations()) {
                if (t.find(a.gateway(), TransitGateway.class).isPresent()) {
                    type = VirtualInterfaceType.TRANSIT;
                }
            }
        }
        List<OnPremisesNetwork> networks = t.all(OnPremisesNetwork.class);
        ElementId network = networks.size() == 1 ? networks.get(0).id() : null;
        int vlan = 101;
        for (VirtualInterface v : t.all(VirtualInterface.class)) {
            if (v.vlan() != null) {
                vlan = Math.max(vlan, v.vlan() + 1);
            }
        }
        ElementId id = new Ids(t).next(ElementKind.VIRTUAL_INTERFACE);
        return Plan.of("Add " + type.wire() + " virtual interface to " + gateway.label(),
                new VirtualInterface(id, "", dx.id(), type, gateway.id(), network, null, vlan, 65000L, "available"));
    }

    private static Plan associate(TopologyView t, DirectConnectGateway dx, Element gateway) {
        for (DirectConnectGatewayAssociation a : dx.associations()) {
            if (a.gateway().equals(gateway.id())) {
                return Plan.no(dx.label() + " is already associated with " + gateway.label() + ".");
            }
        }
        List<DirectConnectGatewayAssociation> associations = new ArrayList<>(dx.associations());
        associations.add(new DirectConnectGatewayAssociation(gateway.id(), null, "associated"));
        DirectConnectGateway updated = new DirectConnectGateway(dx.id(), dx.name(), dx.parent(), dx.asn(), associations);
        if (gateway instanceof TransitGateway tgw) {
            TgwAttachment at = new TgwAttachment(new Ids(t).next(ElementKind.TGW_ATTACHMENT), "", tgw.id(),
                    AttachmentType.DIRECT_CONNECT_GATEWAY, dx.id(), List.of(), null, null, false, null, "available");
            return Plan.of("Associate " + dx.label() + " with " + tgw.label(), updated, at);
        }
        return Plan.of("Associate " + dx.label() + " with " + gateway.label(), updated);
    }

    // ---- PrivateLink and load balancing -------------------------------------------------------------

    private static Plan endpointToService(TopologyView t, InterfaceEndpoint ie, EndpointService svc) {
        if (svc.id().equals(ie.service())) {
            return Plan.no(ie.label() + " already connects to " + svc.label() + ".");
        }
        return Plan.of("Connect " + ie.label() + " to " + svc.label(), new InterfaceEndpoint(ie.id(), ie.name(), ie.parent(), svc.id(),
                null, ie.serviceRegion(), ie.interfaces(), ie.securityGroups(), ie.ipAddressType(), ie.privateDns(), ie.state(),
                ie.requesterPrincipal(), ie.policy()));
    }

    private static Plan serviceToLoadBalancer(TopologyView t, EndpointService svc, LoadBalancer lb) {
        if (lb.type() == LoadBalancerType.APPLICATION) {
            return Plan.no("An endpoint service fronts a Network Load Balancer (or a Gateway Load Balancer), not an Application "
                    + "Load Balancer.");
        }
        if (svc.loadBalancers().contains(lb.id())) {
            return Plan.no(svc.label() + " already uses " + lb.label() + ".");
        }
        String svcRegion = Placement.regionCodeOf(t, svc.id());
        String lbRegion = Placement.regionCodeOf(t, lb.id());
        if (!Objects.equals(svcRegion, lbRegion)) {
            return Plan.no("An endpoint service uses load balancers of its own Region (" + svcRegion + "); " + lb.label() + " is in "
                    + lbRegion + ".");
        }
        return addToList(svc, "loadBalancers", lb.id(), "Put " + lb.label() + " behind " + svc.label(), null);
    }

    private static Plan target(TopologyView t, LoadBalancer lb, Element host) {
        String other = sameVpc(t, lb, host);
        if (other != null) {
            return Plan.no(other + " Instance targets are in the load balancer's VPC.");
        }
        if (!(host instanceof Instance instance)) {
            return Plan.no("Register the instance the network interface belongs to.");
        }
        for (Listener l : lb.listeners()) {
            Optional<TargetGroup> tg = t.find(l.targetGroup(), TargetGroup.class);
            if (tg.isPresent()) {
                return register(t, tg.get(), instance, lb);
            }
        }
        ElementId tgId = new Ids(t).next(ElementKind.TARGET_GROUP);
        TargetGroup tg = new TargetGroup(tgId, "", lb.parent(), TargetType.INSTANCE, ListenerProtocol.TCP, 443, null, null,
                List.of(Target.instance(instance.id())));
        List<Listener> listeners = new ArrayList<>(lb.listeners());
        listeners.add(new Listener(ListenerProtocol.TCP, 443, tgId));
        return Plan.of("Register " + instance.label() + " as a target of " + lb.label(), tg,
                ElementRecords.withField(lb, "listeners", listeners));
    }

    private static Plan register(TopologyView t, TargetGroup tg, Instance i) {
        return register(t, tg, i, null);
    }

    private static Plan register(TopologyView t, TargetGroup tg, Instance i, LoadBalancer via) {
        String other = sameVpc(t, tg, i);
        if (other != null) {
            return Plan.no(other);
        }
        for (Target target : tg.targets()) {
            if (i.id().equals(target.instance())) {
                return Plan.no(i.label() + " is already a target of " + (via != null ? via.label() : tg.label()) + ".");
            }
        }
        List<Target> targets = new ArrayList<>(tg.targets());
        targets.add(Target.instance(i.id()));
        return Plan.of("Register " + i.label() + " as a target of " + (via != null ? via.label() : tg.label()),
                ElementRecords.withField(tg, "targets", targets));
    }

    private static Plan listen(TopologyView t, LoadBalancer lb, TargetGroup tg) {
        String other = sameVpc(t, lb, tg);
        if (other != null) {
            return Plan.no(other);
        }
        for (Listener l : lb.listeners()) {
            if (tg.id().equals(l.targetGroup())) {
                return Plan.no(lb.label() + " already forwards to " + tg.label() + ".");
            }
        }
        List<Listener> listeners = new ArrayList<>(lb.listeners());
        int port = tg.port();
        for (Listener l : lb.listeners()) {
            if (l.port() == port) {
                port = nextFreePort(lb.listeners(), port);
            }
        }
        listeners.add(new Listener(tg.protocol(), port, tg.id()));
        return Plan.of("Forward " + lb.label() + " port " + port + " to " + tg.label(), ElementRecords.withField(lb, "listeners", listeners));
    }

    private static int nextFreePort(List<Listener> listeners, int from) {
        int p = from;
        while (true) {
            int candidate = p;
            if (listeners.stream().noneMatch(l -> l.port() == candidate)) {
                return p;
            }
            p = p >= 65535 ? 1 : p + 1;
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** Null when both are in the same VPC, else a sentence saying they are not. */
    private static String sameVpc(TopologyView t, Element a, Element b) {
        ElementId va = Placement.vpcOf(t, a.id()).map(Vpc::id).orElse(null);
        ElementId vb = Placement.vpcOf(t, b.id()).map(Vpc::id).orElse(null);
        if (va != null && va.equals(vb)) {
            return null;
        }
        return a.label() + " and " + b.label() + " are in different VPCs.";
    }

    @SuppressWarnings("unchecked")
    private static Plan addToList(Element e, String field, ElementId add, String description, String already) {
        List<ElementId> list = new ArrayList<>((List<ElementId>) ElementRecords.get((Record) e, field));
        if (list.contains(add)) {
            return Plan.no(already != null ? already : e.label() + " already has " + add + ".");
        }
        list.add(add);
        return Plan.of(description, ElementRecords.withField(e, field, list));
    }

    private static String capital(String s) {
        return ElementFactory.capitalise(s);
    }
}
