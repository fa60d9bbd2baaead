package dev.linkwright.analysis;

import dev.linkwright.model.Account;
import dev.linkwright.model.AwsService;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.CustomerGateway;
import dev.linkwright.model.DirectConnectGateway;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.EndpointInterface;
import dev.linkwright.model.GatewayEndpoint;
import dev.linkwright.model.Instance;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.Internet;
import dev.linkwright.model.InternetGateway;
import dev.linkwright.model.InternetHost;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerNode;
import dev.linkwright.model.NatConnectivity;
import dev.linkwright.model.NatGateway;
import dev.linkwright.model.NetworkAcl;
import dev.linkwright.model.NetworkInterface;
import dev.linkwright.model.OnPremisesHost;
import dev.linkwright.model.OnPremisesNetwork;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.Placement;
import dev.linkwright.model.PortRange;
import dev.linkwright.model.PrefixList;
import dev.linkwright.model.Protocol;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.SecurityGroupRule;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.TgwRouteTable;
import dev.linkwright.model.TopologyView;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.model.VirtualInterface;
import dev.linkwright.model.Vpc;
import dev.linkwright.model.VpnConnection;
import dev.linkwright.model.VpnGateway;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything a reachability query looks up, computed once from a topology: interfaces by address
 * (per VPC, so overlapping VPCs stay apart), subnets with their effective route table and ACL,
 * effective VPC and transit gateway route tables (implied and propagated routes included), what
 * virtual private gateways and on-premises routers have learned. Queries then cost hash lookups
 * along the path, independent of the size of the design.
 */
final class NetworkIndex {

    final TopologyView view;
    final Map<ElementId, VpcFacts> vpcs = new HashMap<>();
    final Map<ElementId, SubnetFacts> subnets = new HashMap<>();
    final Map<ElementId, VpcRouteTable> routeTables = new HashMap<>();
    final Map<ElementId, SecurityGroup> groups = new HashMap<>();
    final Map<ElementId, PrefixList> prefixLists = new HashMap<>();
    final Map<ElementId, TgwFacts> tgws = new HashMap<>();
    final Map<ElementId, TgwAttachment> attachments = new HashMap<>();
    final Map<ElementId, TgwFacts> tgwOfAttachment = new HashMap<>();
    final Map<ElementId, TgwRouteTableFacts> tgwTables = new HashMap<>();
    final Map<ElementId, VgwFacts> vgws = new HashMap<>();
    final Map<ElementId, OnPremFacts> onPrem = new LinkedHashMap<>();
    final Map<ElementId, List<VirtualInterface>> vifsByGateway = new HashMap<>();
    final Map<ElementId, List<VpnConnection>> vpnsByGateway = new HashMap<>();
    final Map<ElementId, List<DirectConnectGateway>> dxGatewaysByGateway = new HashMap<>();
    final Map<ElementId, List<InterfaceEndpoint>> endpointsByService = new HashMap<>();
    final Map<ElementId, List<Iface>> endpointIfaces = new HashMap<>();
    final Map<ElementId, List<Iface>> nodesByLoadBalancer = new HashMap<>();
    final Map<ElementId, AwsService> servicesByPrefixList = new HashMap<>();
    final List<AwsService> services = new ArrayList<>();
    final List<PrefixList> awsManagedLists = new ArrayList<>();
    final Map<Integer, InternetHost> internetHosts = new HashMap<>();
    ElementId internetId = ElementId.of("internet");

    private final Map<ElementId, Iface> ifaces;
    private final Map<Integer, List<Iface>> byPrivateIp;
    private final Map<Integer, Iface> byPublicIp = new HashMap<>();
    private final Buckets all = new Buckets();
    private final Map<ElementId, String> regions = new java.util.concurrent.ConcurrentHashMap<>();
    private Map<ElementId, Set<Integer>> usedAddresses;
    private int order;

    NetworkIndex(TopologyView view) {
        this.view = view;
        int capacity = Math.max(16, view.size() * 2);
        this.ifaces = new HashMap<>(capacity);
        this.byPrivateIp = new HashMap<>(capacity);
        all.fill(view);
        indexVpcs();
        indexSubnets();
        indexRouteTables();
        indexGateways();
        indexInterfaces();
        indexTransitGateways();
        indexHybrid();
        fillVpcRoutes();
        fillTgwRoutes();
        fillOnPremRoutes();
    }

    // ---- lookups -----------------------------------------------------------------------------------

    /** The interface named by an instance, interface, endpoint-interface or NAT gateway id, or null. */
    Iface iface(ElementId id) {
        return ifaces.get(id);
    }

    /** The interface owning private address {@code a} in {@code vpc}, or null. */
    Iface ifaceAt(VpcFacts vpc, Ipv4Address a) {
        return vpc.byAddress.get(a.bits());
    }

    /** Every interface with private address {@code a}, in any VPC. */
    List<Iface> ifacesWithPrivateIp(Ipv4Address a) {
        return byPrivateIp.getOrDefault(a.bits(), List.of());
    }

    /** The interface whose public address (public IP or Elastic IP) is {@code a}, or null. */
    Iface ifaceWithPublicIp(Ipv4Address a) {
        return byPublicIp.get(a.bits());
    }

    /** The Region code of a Regional element (endpoint service, transit gateway, ...), remembered after the first ask. */
    String regionOf(ElementId id) {
        return regions.computeIfAbsent(id, k -> Placement.regionCodeOf(view, k));
    }

    /** The AWS-managed prefix list containing {@code a}, or null. */
    PrefixList awsPrefixListOf(Ipv4Address a) {
        for (PrefixList pl : awsManagedLists) {
            if (pl.contains(a)) {
                return pl;
            }
        }
        return null;
    }

    /** The on-premises network containing {@code a}, or null. */
    OnPremFacts onPremContaining(Ipv4Address a) {
        for (OnPremFacts o : onPrem.values()) {
            if (o.contains(a)) {
                return o;
            }
        }
        return null;
    }

    /** The security groups of a VPC interface: its own, or the VPC's default group when it has none. */
    private List<SecurityGroup> groupsOf(List<ElementId> ids, VpcFacts vpc) {
        List<SecurityGroup> list = new ArrayList<>();
        for (ElementId id : ids) {
            SecurityGroup g = groups.get(id);
            if (g != null) {
                list.add(g);
            }
        }
        if (list.isEmpty() && ids.isEmpty()) {
            list.add(vpc.defaultGroup);
        }
        return list;
    }

    // ---- building ----------------------------------------------------------------------------------

    private void indexVpcs() {
        for (Vpc v : all.vpcs) {
            String region = Placement.regionCodeOf(view, v.id());
            String account = Placement.accountOf(view, v.id()).map(Account::id).map(ElementId::value).orElse(null);
            vpcs.put(v.id(), new VpcFacts(v, region, account));
        }
        for (SecurityGroup g : all.securityGroups) {
            groups.put(g.id(), g);
            VpcFacts vpc = vpcs.get(g.parent());
            if (vpc != null && vpc.defaultGroup == null && isDefaultGroup(g)) {
                vpc.defaultGroup = g;
            }
        }
        for (VpcFacts vpc : vpcs.values()) {
            if (vpc.defaultGroup == null) {
                vpc.defaultGroup = impliedDefaultGroup(vpc);
            }
        }
        for (PrefixList pl : all.prefixLists) {
            prefixLists.put(pl.id(), pl);
            if (pl.awsManaged()) {
                awsManagedLists.add(pl);
            }
        }
    }

    private static boolean isDefaultGroup(SecurityGroup g) {
        String id = g.id().value().toLowerCase(Locale.ROOT);
        return g.name().equalsIgnoreCase("default") || id.equals("default") || id.endsWith("-default");
    }

    /**
     * The VPC's default security group when the design does not model it: AWS's defaults, inbound
     * from members of the group only and outbound everything.
     */
    private static SecurityGroup impliedDefaultGroup(VpcFacts vpc) {
        ElementId id = ElementId.of(vpc.id().value() + ":default-security-group");
        return new SecurityGroup(id, "default", vpc.id(),
                List.of(SecurityGroupRule.allowGroup(Protocol.ALL, PortRange.ALL, id)),
                List.of(SecurityGroupRule.allowAllTo(Cidr.ANY)));
    }

    private void indexSubnets() {
        for (Subnet s : all.subnets) {
            VpcFacts vpc = view.ancestor(s.id(), Vpc.class).map(v -> vpcs.get(v.id())).orElse(null);
            if (vpc == null) {
                continue;
            }
            SubnetFacts f = new SubnetFacts(s, vpc, Placement.zoneIdOf(view, s.id()), Placement.zoneNameOf(view, s.id()));
            subnets.put(s.id(), f);
            vpc.subnets.add(f);
        }
        Map<ElementId, NetworkAcl> defaultAcls = new HashMap<>();
        Map<ElementId, NetworkAcl> acls = new HashMap<>();
        for (NetworkAcl acl : all.acls) {
            acls.put(acl.id(), acl);
            if (acl.defaultAcl()) {
                defaultAcls.putIfAbsent(acl.parent(), acl);
            }
        }
        for (SubnetFacts s : subnets.values()) {
            NetworkAcl explicit = s.subnet.networkAcl() == null ? null : acls.get(s.subnet.networkAcl());
            s.acl = explicit != null ? explicit : defaultAcls.get(s.vpc.id());
        }
    }

    private void indexRouteTables() {
        for (RouteTable rt : all.routeTables) {
            VpcFacts vpc = vpcs.get(rt.parent());
            if (vpc == null) {
                continue;
            }
            VpcRouteTable table = new VpcRouteTable(rt.id(), false, vpc);
            routeTables.put(rt.id(), table);
            vpc.routeTables.add(table);
            if (rt.main() && vpc.mainTable == null) {
                vpc.mainTable = table;
            }
        }
        for (VpcFacts vpc : vpcs.values()) {
            Set<Cidr> blocks = new HashSet<>();
            vpc.subnets.forEach(s -> {
                if (s.cidr() != null) {
                    blocks.add(s.cidr().canonical());
                }
            });
            if (vpc.mainTable == null) {
                // no main table modelled: the implied one has the local routes only
                vpc.mainTable = new VpcRouteTable(ElementId.of(vpc.id().value() + ":main-route-table"), true, vpc);
                vpc.routeTables.add(vpc.mainTable);
            }
            vpc.routeTables.forEach(t -> t.subnetBlocks(blocks));
        }
        for (SubnetFacts s : subnets.values()) {
            VpcRouteTable explicit = s.subnet.routeTable() == null ? null : routeTables.get(s.subnet.routeTable());
            s.routeTable = explicit != null && explicit.vpc == s.vpc ? explicit : s.vpc.mainTable;
        }
    }

    private void indexGateways() {
        for (InternetGateway igw : all.internetGateways) {
            VpcFacts vpc = vpcs.get(igw.parent());
            if (vpc != null && (vpc.internetGateway == null || States.usable(igw.state()) && !States.usable(vpc.internetGateway.state()))) {
                vpc.internetGateway = igw;
            }
        }
        for (VpnGateway vgw : all.vpnGateways) {
            VpcFacts vpc = vpcs.get(vgw.parent());
            if (vpc != null && vpc.vpnGateway == null) {
                vpc.vpnGateway = vgw;
            }
            vgws.put(vgw.id(), new VgwFacts(vgw, vpc));
        }
        for (GatewayEndpoint g : all.gatewayEndpoints) {
            VpcFacts vpc = vpcs.get(g.parent());
            if (vpc != null) {
                vpc.gatewayEndpoints.add(g);
            }
        }
        for (PeeringConnection p : all.peerings) {
            for (ElementId end : List.of(p.requesterVpc(), p.accepterVpc())) {
                VpcFacts vpc = vpcs.get(end);
                if (vpc != null) {
                    vpc.peerings.add(p);
                }
            }
        }
        for (InterfaceEndpoint e : all.interfaceEndpoints) {
            VpcFacts vpc = vpcs.get(e.parent());
            if (vpc != null) {
                vpc.interfaceEndpoints.add(e);
            }
            if (e.service() != null) {
                endpointsByService.computeIfAbsent(e.service(), k -> new ArrayList<>()).add(e);
            }
        }
        for (AwsService s : all.services) {
            services.add(s);
            if (s.prefixList() != null) {
                servicesByPrefixList.putIfAbsent(s.prefixList(), s);
            }
        }
        for (Internet i : all.internets) {
            internetId = i.id();
        }
        for (InternetHost h : all.internetHosts) {
            internetHosts.putIfAbsent(h.ip().bits(), h);
        }
    }

    // ---- interfaces --------------------------------------------------------------------------------

    private void indexInterfaces() {
        for (Instance i : all.instances) {
            SubnetFacts s = subnets.get(i.parent());
            if (s != null) {
                Iface f = new Iface(i.id(), ElementKind.INSTANCE, i, Iface.Role.INSTANCE, s, i.privateIps(), i.publicIp(),
                        groupsOf(i.securityGroups(), s.vpc), i.sourceDestCheck(), null);
                register(f, i.id(), i.eniId());
            }
        }
        for (NetworkInterface n : all.networkInterfaces) {
            SubnetFacts s = subnets.get(n.parent());
            if (s != null) {
                register(new Iface(n.id(), ElementKind.NETWORK_INTERFACE, n, Iface.Role.NETWORK_INTERFACE, s, n.privateIps(),
                        n.publicIp(), groupsOf(n.securityGroups(), s.vpc), n.sourceDestCheck(), null), n.id(), null);
            }
        }
        for (InterfaceEndpoint e : all.interfaceEndpoints) {
            indexEndpoint(e);
        }
        for (LoadBalancer lb : all.loadBalancers) {
            indexLoadBalancer(lb);
        }
        for (NatGateway nat : all.natGateways) {
            SubnetFacts s = subnets.get(nat.parent());
            if (s != null) {
                Ipv4Address ip = nat.privateIp() != null ? nat.privateIp() : freeAddress(s);
                Ipv4Address eip = nat.connectivity() == NatConnectivity.PUBLIC ? nat.elasticIp() : null;
                register(new Iface(nat.id(), ElementKind.NAT_GATEWAY, nat, Iface.Role.NAT_GATEWAY, s, ip == null ? List.of() : List.of(ip),
                        eip, List.of(), true, null), nat.id(), null);
            }
        }
    }

    private void indexEndpoint(InterfaceEndpoint e) {
        List<Iface> list = new ArrayList<>();
        for (EndpointInterface ei : e.interfaces()) {
            SubnetFacts s = subnets.get(ei.subnet());
            if (s == null) {
                continue;
            }
            Ipv4Address ip = ei.ip() != null ? ei.ip() : freeAddress(s);
            ElementId hop = ei.eniId() != null ? ei.eniId() : e.id();
            Iface f = new Iface(hop, ei.eniId() != null ? ElementKind.NETWORK_INTERFACE : ElementKind.INTERFACE_ENDPOINT, e,
                    Iface.Role.ENDPOINT, s, ip == null ? List.of() : List.of(ip), null, groupsOf(e.securityGroups(), s.vpc), true, ei);
            list.add(f);
            register(f, ei.eniId(), null);
        }
        endpointIfaces.put(e.id(), list);
    }

    private void indexLoadBalancer(LoadBalancer lb) {
        List<Iface> list = new ArrayList<>();
        for (LoadBalancerNode n : lb.nodes()) {
            SubnetFacts s = subnets.get(n.subnet());
            if (s == null) {
                continue;
            }
            Ipv4Address ip = n.ip() != null ? n.ip() : freeAddress(s);
            List<SecurityGroup> sgs = new ArrayList<>();
            lb.securityGroups().forEach(id -> {
                if (groups.containsKey(id)) {
                    sgs.add(groups.get(id));
                }
            });
            Iface f = new Iface(lb.id(), ElementKind.LOAD_BALANCER, lb, Iface.Role.LOAD_BALANCER_NODE, s,
                    ip == null ? List.of() : List.of(ip), null, sgs, true, null);
            list.add(f);
            register(f, null, null);
        }
        nodesByLoadBalancer.put(lb.id(), list);
    }

    private void register(Iface f, ElementId id, ElementId alias) {
        if (id != null) {
            ifaces.putIfAbsent(id, f);
        }
        if (alias != null) {
            ifaces.putIfAbsent(alias, f);
        }
        for (Ipv4Address ip : f.ips) {
            f.vpc().byAddress.putIfAbsent(ip.bits(), f);
            byPrivateIp.computeIfAbsent(ip.bits(), k -> new ArrayList<>(1)).add(f);
        }
        if (f.publicIp != null) {
            byPublicIp.putIfAbsent(f.publicIp.bits(), f);
        }
    }

    /** Addresses in use per subnet, gathered the first time an interface without address needs one. */
    private Map<ElementId, Set<Integer>> usedAddresses() {
        if (usedAddresses != null) {
            return usedAddresses;
        }
        Map<ElementId, Set<Integer>> used = new HashMap<>();
        usedAddresses = used;
        for (Instance i : all.instances) {
            i.privateIps().forEach(ip -> used.computeIfAbsent(i.parent(), k -> new HashSet<>()).add(ip.bits()));
        }
        for (NetworkInterface n : all.networkInterfaces) {
            n.privateIps().forEach(ip -> used.computeIfAbsent(n.parent(), k -> new HashSet<>()).add(ip.bits()));
        }
        for (InterfaceEndpoint e : all.interfaceEndpoints) {
            e.interfaces().stream().filter(ei -> ei.ip() != null)
                    .forEach(ei -> used.computeIfAbsent(ei.subnet(), k -> new HashSet<>()).add(ei.ip().bits()));
        }
        for (LoadBalancer lb : all.loadBalancers) {
            lb.nodes().stream().filter(n -> n.ip() != null)
                    .forEach(n -> used.computeIfAbsent(n.subnet(), k -> new HashSet<>()).add(n.ip().bits()));
        }
        for (NatGateway n : all.natGateways) {
            if (n.privateIp() != null) {
                used.computeIfAbsent(n.parent(), k -> new HashSet<>()).add(n.privateIp().bits());
            }
        }
        return used;
    }

    /**
     * An address for an interface the design gives none: the first free one after the four the
     * subnet reserves (R-VPC-3), so that routing can still deliver to it.
     */
    private Ipv4Address freeAddress(SubnetFacts s) {
        if (s.cidr() == null) {
            return null;
        }
        Set<Integer> taken = usedAddresses().computeIfAbsent(s.id(), k -> new HashSet<>());
        for (long n = 4; n < s.cidr().size() - 1; n++) {
            Ipv4Address a = s.cidr().addressAt(n);
            if (taken.add(a.bits())) {
                return a;
            }
        }
        return null;
    }

    // ---- transit gateways ---------------------------------------------------------------------------

    private void indexTransitGateways() {
        for (TransitGateway t : all.transitGateways) {
            tgws.put(t.id(), new TgwFacts(t, Placement.regionCodeOf(view, t.id())));
        }
        for (TgwRouteTable rt : all.tgwRouteTables) {
            TgwFacts t = tgws.get(rt.parent());
            if (t != null) {
                tgwTables.put(rt.id(), new TgwRouteTableFacts(rt.id(), t));
            }
        }
        for (TgwAttachment a : all.tgwAttachments) {
            TgwFacts t = tgws.get(a.parent());
            if (t != null) {
                addAttachment(t, a);
            }
        }
        for (VpnConnection vpn : all.vpnConnections) {
            TgwFacts t = tgws.get(vpn.gateway());
            if (t != null && t.attachmentFor(dev.linkwright.model.AttachmentType.VPN, vpn.id()) == null) {
                addAttachment(t, impliedAttachment(t, dev.linkwright.model.AttachmentType.VPN, vpn.id()));
            }
        }
        for (DirectConnectGateway dx : all.dxGateways) {
            for (var assoc : dx.associations()) {
                TgwFacts t = tgws.get(assoc.gateway());
                if (t != null && States.usable(assoc.state())
                        && t.attachmentFor(dev.linkwright.model.AttachmentType.DIRECT_CONNECT_GATEWAY, dx.id()) == null) {
                    addAttachment(t, impliedAttachment(t, dev.linkwright.model.AttachmentType.DIRECT_CONNECT_GATEWAY, dx.id()));
                }
            }
        }
    }

    /** The attachment AWS creates for a VPN or Direct Connect gateway association (default tables). */
    private static TgwAttachment impliedAttachment(TgwFacts t, dev.linkwright.model.AttachmentType type, ElementId resource) {
        ElementId id = ElementId.of(t.id().value() + ":" + resource.value());
        return new TgwAttachment(id, "", t.id(), type, resource, List.of(), null, null, false, null, "available");
    }

    private void addAttachment(TgwFacts t, TgwAttachment a) {
        t.add(a);
        attachments.put(a.id(), a);
        tgwOfAttachment.put(a.id(), t);
        if (a.type() == dev.linkwright.model.AttachmentType.VPC) {
            VpcFacts vpc = vpcs.get(a.resource());
            if (vpc != null && (!vpc.tgwAttachments.containsKey(t.id()) || !States.usable(vpc.tgwAttachments.get(t.id()).state()))) {
                vpc.tgwAttachments.put(t.id(), a);
            }
        }
    }

    // ---- hybrid ------------------------------------------------------------------------------------

    private void indexHybrid() {
        for (OnPremisesNetwork n : all.onPremNetworks) {
            onPrem.put(n.id(), new OnPremFacts(n));
        }
        for (OnPremisesHost h : all.onPremHosts) {
            OnPremFacts o = onPrem.get(h.parent());
            if (o != null) {
                o.hosts.add(h);
            }
        }
        for (VpnConnection vpn : all.vpnConnections) {
            vpnsByGateway.computeIfAbsent(vpn.gateway(), k -> new ArrayList<>()).add(vpn);
        }
        for (VirtualInterface vif : all.virtualInterfaces) {
            if (vif.gateway() != null) {
                vifsByGateway.computeIfAbsent(vif.gateway(), k -> new ArrayList<>()).add(vif);
            }
        }
        for (DirectConnectGateway dx : all.dxGateways) {
            for (var assoc : dx.associations()) {
                if (States.usable(assoc.state())) {
                    dxGatewaysByGateway.computeIfAbsent(assoc.gateway(), k -> new ArrayList<>()).add(dx);
                }
            }
        }
        for (VgwFacts v : vgws.values()) {
            learnVgwRoutes(v);
        }
    }

    /** What a virtual private gateway knows (R-VPN-1): VPN static and BGP prefixes, Direct Connect BGP. */
    private void learnVgwRoutes(VgwFacts v) {
        for (VpnConnection vpn : vpnsByGateway.getOrDefault(v.vgw.id(), List.of())) {
            for (Cidr c : vpn.staticRoutes()) {
                v.learn(new KnownRoute(c, vpn.id(), KnownRoute.Origin.VPN_STATIC, null));
            }
            if (vpn.routing() == dev.linkwright.model.VpnRouting.BGP) {
                for (Cidr c : advertisedBy(vpn)) {
                    v.learn(new KnownRoute(c, vpn.id(), KnownRoute.Origin.VPN_BGP, null));
                }
            }
        }
        for (VirtualInterface vif : vifsByGateway.getOrDefault(v.vgw.id(), List.of())) {
            if (vif.type() != dev.linkwright.model.VirtualInterfaceType.TRANSIT) {
                advertisedBy(vif).forEach(c -> v.learn(new KnownRoute(c, vif.id(), KnownRoute.Origin.DX_BGP, null)));
            }
        }
        for (DirectConnectGateway dx : dxGatewaysByGateway.getOrDefault(v.vgw.id(), List.of())) {
            v.dxGateways.add(dx);
            for (VirtualInterface vif : vifsByGateway.getOrDefault(dx.id(), List.of())) {
                if (vif.type() == dev.linkwright.model.VirtualInterfaceType.PRIVATE) {
                    advertisedBy(vif).forEach(c -> v.learn(new KnownRoute(c, vif.id(), KnownRoute.Origin.DX_BGP, dx.id())));
                }
            }
        }
    }

    /** What on-premises announces over BGP on a VPN: the stated prefixes, else its network's blocks. */
    List<Cidr> advertisedBy(VpnConnection vpn) {
        if (vpn.customerAdvertised() != null) {
            return vpn.customerAdvertised();
        }
        OnPremFacts o = onPremOf(vpn);
        return o == null ? List.of() : o.network.cidrs();
    }

    /** What on-premises announces over BGP on a virtual interface. */
    List<Cidr> advertisedBy(VirtualInterface vif) {
        if (vif.customerAdvertised() != null) {
            return vif.customerAdvertised();
        }
        OnPremFacts o = vif.network() == null ? null : onPrem.get(vif.network());
        return o == null ? List.of() : o.network.cidrs();
    }

    /** The on-premises network behind a VPN connection (its customer gateway's network). */
    OnPremFacts onPremOf(VpnConnection vpn) {
        CustomerGateway cgw = view.find(vpn.customerGateway(), CustomerGateway.class).orElse(null);
        if (cgw != null && cgw.network() != null && onPrem.containsKey(cgw.network())) {
            return onPrem.get(cgw.network());
        }
        for (OnPremFacts o : onPrem.values()) {
            if (o.network.staticRoutes().stream().anyMatch(r -> r.via().equals(vpn.id()))) {
                return o;
            }
        }
        return null;
    }

    // ---- derived routes ----------------------------------------------------------------------------

    private void fillVpcRoutes() {
        for (RouteTable rt : all.routeTables) {
            VpcRouteTable table = routeTables.get(rt.id());
            if (table == null) {
                continue;
            }
            for (var r : rt.routes()) {
                if (r.destination() != null) {
                    table.add(new RouteEntry(r.destination(), null, r.target(), elementOf(r.target()),
                            r.origin() == dev.linkwright.model.RouteOrigin.PROPAGATED ? RouteEntry.Kind.PROPAGATED : RouteEntry.Kind.STATIC, order++));
                } else if (r.destinationPrefixList() != null) {
                    addPrefixListRoute(table, r.destinationPrefixList(), r.target(), r.origin() == dev.linkwright.model.RouteOrigin.PROPAGATED
                            ? RouteEntry.Kind.PROPAGATED : RouteEntry.Kind.PREFIX_LIST);
                }
            }
        }
        for (VpcFacts vpc : vpcs.values()) {
            for (GatewayEndpoint g : vpc.gatewayEndpoints) {
                for (ElementId rtId : g.routeTables()) {
                    VpcRouteTable table = routeTables.get(rtId);
                    if (table != null && g.prefixList() != null && !table.hasRoute(null, g.prefixList(), g.id())) {
                        addPrefixListRoute(table, g.prefixList(), g.id(), RouteEntry.Kind.GATEWAY_ENDPOINT);
                    }
                }
            }
        }
        for (RouteTable rt : all.routeTables) {
            VpcRouteTable table = routeTables.get(rt.id());
            for (ElementId vgwId : rt.propagatingGateways()) {
                VgwFacts v = vgws.get(vgwId);
                if (table == null || v == null) {
                    continue;
                }
                for (KnownRoute k : v.knownRoutes()) {
                    if (!table.hasRoute(k.cidr(), null, vgwId)) {
                        table.add(new RouteEntry(k.cidr(), null, vgwId, v.vgw, RouteEntry.Kind.PROPAGATED, order++));
                    }
                }
            }
        }
    }

    private void addPrefixListRoute(VpcRouteTable table, ElementId listId, ElementId target, RouteEntry.Kind kind) {
        PrefixList pl = prefixLists.get(listId);
        if (pl == null) {
            return;
        }
        int o = order++;
        for (Cidr c : pl.cidrs()) {
            table.add(new RouteEntry(c, listId, target, elementOf(target), kind, o));
        }
    }

    private Element elementOf(ElementId id) {
        return id == null ? null : view.find(id).orElse(null);
    }

    private void fillTgwRoutes() {
        for (TgwRouteTable rt : all.tgwRouteTables) {
            TgwRouteTableFacts table = tgwTables.get(rt.id());
            if (table == null) {
                continue;
            }
            for (var r : rt.routes()) {
                TgwRouteEntry.Kind kind = r.origin() == dev.linkwright.model.RouteOrigin.PROPAGATED ? TgwRouteEntry.Kind.PROPAGATED
                        : r.prefixList() != null ? TgwRouteEntry.Kind.PREFIX_LIST : TgwRouteEntry.Kind.STATIC;
                if (r.destination() != null) {
                    table.add(new TgwRouteEntry(r.destination(), null, r.attachment(), kind, order++));
                } else {
                    PrefixList pl = prefixLists.get(r.prefixList());
                    int o = order++;
                    if (pl != null) {
                        pl.cidrs().forEach(c -> table.add(new TgwRouteEntry(c, pl.id(), r.attachment(), kind, o)));
                    }
                }
            }
        }
        for (TransitGateway t : all.transitGateways) {
            propagate(tgws.get(t.id()));
        }
    }

    /**
     * Propagated routes (R-TGW-3, R-TGW-6): VPC blocks, VPN BGP prefixes, transit VIF prefixes. A
     * static VPN on a transit gateway propagates nothing: its routes are static routes of the
     * transit gateway route table, as in AWS.
     */
    private void propagate(TgwFacts t) {
        Set<Cidr> vpcBlocks = new HashSet<>();
        for (TgwAttachment a : t.attachments) {
            List<Cidr> prefixes = new ArrayList<>();
            TgwRouteEntry.Kind kind = propagatedPrefixes(t, a, vpcBlocks, prefixes);
            for (ElementId tableId : t.propagationsOf(a)) {
                TgwRouteTableFacts table = tgwTables.get(tableId);
                if (table == null) {
                    continue;
                }
                for (Cidr c : prefixes) {
                    if (!table.has(c, a.id())) {
                        table.add(new TgwRouteEntry(c, null, a.id(), kind, order++));
                    }
                }
            }
        }
    }

    private TgwRouteEntry.Kind propagatedPrefixes(TgwFacts t, TgwAttachment a, Set<Cidr> vpcBlocks, List<Cidr> out) {
        switch (a.type()) {
            case VPC: {
                VpcFacts vpc = vpcs.get(a.resource());
                if (vpc != null && States.usable(a.state())) {
                    for (Cidr c : vpc.vpc.cidrBlocks()) {
                        // R-TGW-6: a block identical to one of an earlier attachment is not propagated
                        if (vpcBlocks.add(c.canonical())) {
                            out.add(c);
                        }
                    }
                }
                return TgwRouteEntry.Kind.VPC;
            }
            case VPN: {
                VpnConnection vpn = view.find(a.resource(), VpnConnection.class).orElse(null);
                if (vpn != null && vpn.routing() == dev.linkwright.model.VpnRouting.BGP) {
                    out.addAll(advertisedBy(vpn));
                }
                return TgwRouteEntry.Kind.VPN;
            }
            case DIRECT_CONNECT_GATEWAY: {
                for (VirtualInterface vif : vifsByGateway.getOrDefault(a.resource(), List.of())) {
                    if (vif.type() == dev.linkwright.model.VirtualInterfaceType.TRANSIT) {
                        out.addAll(advertisedBy(vif));
                    }
                }
                return TgwRouteEntry.Kind.DIRECT_CONNECT;
            }
            default:
                return TgwRouteEntry.Kind.CONNECT;
        }
    }

    /** On-premises routes: the design's static routes plus BGP prefixes AWS advertises (R-DX-5). */
    private void fillOnPremRoutes() {
        for (OnPremFacts o : onPrem.values()) {
            for (var r : o.network.staticRoutes()) {
                if (r.destination() != null) {
                    o.add(new OnPremRoute(r.destination(), null, r.via(), true, 0, null));
                } else {
                    PrefixList pl = prefixLists.get(r.destinationPrefixList());
                    if (pl != null) {
                        pl.cidrs().forEach(c -> o.add(new OnPremRoute(c, pl.id(), r.via(), true, 0, null)));
                    }
                }
            }
        }
        for (VpnConnection vpn : all.vpnConnections) {
            OnPremFacts o = onPremOf(vpn);
            if (o != null && vpn.routing() == dev.linkwright.model.VpnRouting.BGP) {
                for (Cidr c : awsAdvertisedOn(vpn)) {
                    o.add(new OnPremRoute(c, null, vpn.id(), false, 2, vpn.gateway().value()));
                }
            }
        }
        for (VirtualInterface vif : all.virtualInterfaces) {
            OnPremFacts o = vif.network() == null ? null : onPrem.get(vif.network());
            if (o != null && vif.gateway() != null) {
                for (Cidr c : awsAdvertisedOn(vif)) {
                    o.add(new OnPremRoute(c, null, vif.id(), false, 1, vif.gateway().value()));
                }
            }
        }
    }

    /** What AWS advertises over a BGP VPN: the VGW's VPC blocks, or a TGW route table's routes. */
    private List<Cidr> awsAdvertisedOn(VpnConnection vpn) {
        VgwFacts v = vgws.get(vpn.gateway());
        if (v != null) {
            return v.vpc == null ? List.of() : v.vpc.vpc.cidrBlocks();
        }
        TgwFacts t = tgws.get(vpn.gateway());
        TgwAttachment a = t == null ? null : t.attachmentFor(dev.linkwright.model.AttachmentType.VPN, vpn.id());
        return a == null ? List.of() : tgwAdvertised(t, a);
    }

    private List<Cidr> tgwAdvertised(TgwFacts t, TgwAttachment a) {
        List<Cidr> list = new ArrayList<>();
        TgwRouteTableFacts table = tgwTables.get(t.associationOf(a));
        if (table != null) {
            for (TgwRouteEntry e : table.entries()) {
                if (!e.isBlackhole() && !e.attachment().equals(a.id()) && e.prefixList() == null) {
                    list.add(e.cidr());
                }
            }
        }
        return list;
    }

    /**
     * What AWS advertises on a virtual interface: the VGW's VPC blocks; through a Direct Connect
     * gateway, the associated VPCs' blocks that an allowed prefix covers, or a TGW association's
     * allowed prefixes themselves (R-DX-5).
     */
    private List<Cidr> awsAdvertisedOn(VirtualInterface vif) {
        VgwFacts v = vgws.get(vif.gateway());
        if (v != null) {
            return v.vpc == null ? List.of() : v.vpc.vpc.cidrBlocks();
        }
        DirectConnectGateway dx = view.find(vif.gateway(), DirectConnectGateway.class).orElse(null);
        List<Cidr> list = new ArrayList<>();
        if (dx == null) {
            return list;
        }
        for (var assoc : dx.associations()) {
            if (!States.usable(assoc.state())) {
                continue;
            }
            VgwFacts g = vgws.get(assoc.gateway());
            if (g != null && g.vpc != null && vif.type() == dev.linkwright.model.VirtualInterfaceType.PRIVATE) {
                for (Cidr c : g.vpc.vpc.cidrBlocks()) {
                    if (assoc.allowedPrefixes() == null || assoc.allowedPrefixes().stream().anyMatch(p -> p.contains(c))) {
                        list.add(c);
                    }
                }
            } else if (tgws.containsKey(assoc.gateway()) && vif.type() == dev.linkwright.model.VirtualInterfaceType.TRANSIT
                    && assoc.allowedPrefixes() != null) {
                list.addAll(assoc.allowedPrefixes());
            }
        }
        return list;
    }

    /** The elements of the design by type, in document order, read in one pass. */
    private static final class Buckets {
        final List<Vpc> vpcs = new ArrayList<>();
        final List<Subnet> subnets = new ArrayList<>();
        final List<RouteTable> routeTables = new ArrayList<>();
        final List<NetworkAcl> acls = new ArrayList<>();
        final List<SecurityGroup> securityGroups = new ArrayList<>();
        final List<PrefixList> prefixLists = new ArrayList<>();
        final List<Instance> instances = new ArrayList<>();
        final List<NetworkInterface> networkInterfaces = new ArrayList<>();
        final List<InterfaceEndpoint> interfaceEndpoints = new ArrayList<>();
        final List<GatewayEndpoint> gatewayEndpoints = new ArrayList<>();
        final List<LoadBalancer> loadBalancers = new ArrayList<>();
        final List<NatGateway> natGateways = new ArrayList<>();
        final List<InternetGateway> internetGateways = new ArrayList<>();
        final List<VpnGateway> vpnGateways = new ArrayList<>();
        final List<PeeringConnection> peerings = new ArrayList<>();
        final List<TransitGateway> transitGateways = new ArrayList<>();
        final List<TgwRouteTable> tgwRouteTables = new ArrayList<>();
        final List<TgwAttachment> tgwAttachments = new ArrayList<>();
        final List<VpnConnection> vpnConnections = new ArrayList<>();
        final List<VirtualInterface> virtualInterfaces = new ArrayList<>();
        final List<DirectConnectGateway> dxGateways = new ArrayList<>();
        final List<AwsService> services = new ArrayList<>();
        final List<OnPremisesNetwork> onPremNetworks = new ArrayList<>();
        final List<OnPremisesHost> onPremHosts = new ArrayList<>();
        final List<Internet> internets = new ArrayList<>();
        final List<InternetHost> internetHosts = new ArrayList<>();

        void fill(TopologyView view) {
            for (Element e : view.elements()) {
                add(e);
            }
        }

        private void add(Element e) {
            if (e instanceof Vpc x) {
                vpcs.add(x);
            } else if (e instanceof Subnet x) {
                subnets.add(x);
            } else if (e instanceof RouteTable x) {
                routeTables.add(x);
            } else if (e instanceof NetworkAcl x) {
                acls.add(x);
            } else if (e instanceof SecurityGroup x) {
                securityGroups.add(x);
            } else if (e instanceof PrefixList x) {
                prefixLists.add(x);
            } else if (e instanceof Instance x) {
                instances.add(x);
            } else if (e instanceof NetworkInterface x) {
                networkInterfaces.add(x);
            } else if (e instanceof InterfaceEndpoint x) {
                interfaceEndpoints.add(x);
            } else {
                addMore(e);
            }
        }

        private void addMore(Element e) {
            if (e instanceof GatewayEndpoint x) {
                gatewayEndpoints.add(x);
            } else if (e instanceof LoadBalancer x) {
                loadBalancers.add(x);
            } else if (e instanceof NatGateway x) {
                natGateways.add(x);
            } else if (e instanceof InternetGateway x) {
                internetGateways.add(x);
            } else if (e instanceof VpnGateway x) {
                vpnGateways.add(x);
            } else if (e instanceof PeeringConnection x) {
                peerings.add(x);
            } else if (e instanceof TransitGateway x) {
                transitGateways.add(x);
            } else if (e instanceof TgwRouteTable x) {
                tgwRouteTables.add(x);
            } else if (e instanceof TgwAttachment x) {
                tgwAttachments.add(x);
            } else {
                addRest(e);
            }
        }

        private void addRest(Element e) {
            if (e instanceof VpnConnection x) {
                vpnConnections.add(x);
            } else if (e instanceof VirtualInterface x) {
                virtualInterfaces.add(x);
            } else if (e instanceof DirectConnectGateway x) {
                dxGateways.add(x);
            } else if (e instanceof AwsService x) {
                services.add(x);
            } else if (e instanceof OnPremisesNetwork x) {
                onPremNetworks.add(x);
            } else if (e instanceof OnPremisesHost x) {
                onPremHosts.add(x);
            } else if (e instanceof Internet x) {
                internets.add(x);
            } else if (e instanceof InternetHost x) {
                internetHosts.add(x);
            }
        }
    }
}
