package dev.linkwright.io.aws;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.CustomerGateway;
import dev.linkwright.model.DirectConnectConnection;
import dev.linkwright.model.DirectConnectGateway;
import dev.linkwright.model.DirectConnectGatewayAssociation;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.OnPremisesNetwork;
import dev.linkwright.model.OnPremisesRoute;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.model.TunnelState;
import dev.linkwright.model.VirtualInterface;
import dev.linkwright.model.VirtualInterfaceType;
import dev.linkwright.model.Vpc;
import dev.linkwright.model.VpnConnection;
import dev.linkwright.model.VpnGateway;
import dev.linkwright.model.VpnRouting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Converts the hybrid edge: customer gateways, Site-to-Site VPN connections (to a virtual private
 * gateway or a transit gateway), Direct Connect connections, virtual interfaces and gateways with
 * their associations, and the on-premises networks behind them.
 *
 * <p>AWS describes no on-premises network. One is created per customer gateway, and per virtual
 * interface, when the snapshot shows what lies behind it: the VPN's static routes, the routes a
 * virtual private gateway propagated into its VPC's route tables (what on-premises announces over
 * BGP), the routes VPN and Direct Connect attachments propagated into transit gateway tables, and
 * a public virtual interface's route filter prefixes. Its blocks are those prefixes except the
 * default route. Every such network is named as inferred and listed in the report.
 */
final class HybridConverter {

    private final ImportContext ctx;
    private final TransitConverter transit;
    private final Map<String, Set<Cidr>> vgwPropagated = new HashMap<>();
    private final Map<String, Set<Cidr>> cgwEvidence = new HashMap<>();
    private final Map<String, Set<Cidr>> vpnAdvertised = new HashMap<>();
    private final Map<String, ElementId> cgwNetworks = new HashMap<>();

    HybridConverter(ImportContext ctx, TransitConverter transit) {
        this.ctx = ctx;
        this.transit = transit;
    }

    /** The prefixes each virtual private gateway propagated into route tables. */
    private void collectPropagatedRoutes() {
        ctx.each(AwsKind.ROUTE_TABLES, rt -> {
            for (AwsNode r : rt.items("Routes")) {
                String gateway = r.optText("GatewayId");
                Cidr c = r.optCidr("DestinationCidrBlock");
                if ("EnableVgwRoutePropagation".equals(r.optText("Origin")) && gateway != null && c != null) {
                    vgwPropagated.computeIfAbsent(gateway, k -> new LinkedHashSet<>()).add(c);
                }
            }
        });
    }

    void customerGateways() {
        collectPropagatedRoutes();
        Map<String, List<AwsNode>> vpnsByCgw = new HashMap<>();
        ctx.each(AwsKind.VPN_CONNECTIONS, v -> {
            if (v.optText("CustomerGatewayId") != null && !"deleted".equals(v.optText("State"))) {
                vpnsByCgw.computeIfAbsent(v.text("CustomerGatewayId"), k -> new ArrayList<>()).add(v);
            }
        });
        for (Map.Entry<String, List<AwsNode>> e : vpnsByCgw.entrySet()) {
            for (AwsNode vpn : e.getValue()) {
                Set<Cidr> advertised = vpnEvidence(vpn);
                vpnAdvertised.put(vpn.text("VpnConnectionId"), advertised);
                cgwEvidence.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).addAll(advertised);
            }
        }
        ctx.eachDistinct(AwsKind.CUSTOMER_GATEWAYS, "CustomerGatewayId", g -> {
            ElementId id = g.id("CustomerGatewayId");
            if (g.optIp("IpAddress") == null) {
                ctx.report.skipped(AwsKind.CUSTOMER_GATEWAYS, "no IP address (certificate-based gateways are not modelled)", id.value());
                return;
            }
            ElementId region = ctx.accounts.region(ctx.accounts.accountOf(g, null), g.file().region());
            ElementId network = onPremises("onprem-" + id, "on-premises network behind " + id,
                    cgwEvidence.getOrDefault(id.value(), Set.of()), id.value());
            if (network != null) {
                cgwNetworks.put(id.value(), network);
            }
            ctx.put(new CustomerGateway(id, g.nameTag(), region, g.optIp("IpAddress"), g.optLong("BgpAsn", 1, 4294967295L),
                    network, g.optText("State")));
            ctx.report.imported(AwsKind.CUSTOMER_GATEWAYS);
        });
    }

    /** What on-premises announces over one VPN: its static routes, or what its gateway propagated. */
    private Set<Cidr> vpnEvidence(AwsNode vpn) {
        Set<Cidr> prefixes = new LinkedHashSet<>(staticRoutes(vpn));
        String vgw = vpn.optText("VpnGatewayId");
        if (vgw != null) {
            prefixes.addAll(vgwPropagated.getOrDefault(vgw, Set.of()));
        }
        prefixes.addAll(transit.propagatedFrom(vpn.text("VpnConnectionId")));
        return prefixes;
    }

    private static List<Cidr> staticRoutes(AwsNode vpn) {
        List<Cidr> routes = new ArrayList<>();
        for (AwsNode r : vpn.items("Routes")) {
            String state = r.optText("State");
            Cidr c = r.optCidr("DestinationCidrBlock");
            if (c != null && (state == null || "available".equals(state) || "pending".equals(state))) {
                routes.add(c);
            }
        }
        return routes;
    }

    /** An inferred on-premises network, or null when the evidence names no block of its own. */
    private ElementId onPremises(String idText, String name, Set<Cidr> evidence, String owner) {
        List<Cidr> blocks = new ArrayList<>();
        for (Cidr c : evidence) {
            if (c.prefixLength() > 0 && !blocks.contains(c)) {
                blocks.add(c);
            }
        }
        if (blocks.isEmpty()) {
            return null;
        }
        ElementId id = ElementId.of(idText);
        if (!ctx.topology.contains(id)) {
            ctx.put(new OnPremisesNetwork(id, name + " (inferred)", blocks, List.of()));
            ctx.report.note("on-premises networks were inferred from static routes and announced prefixes (AWS describes "
                    + "none)", id + " " + blocks);
        }
        return id;
    }

    void vpnConnections() {
        ctx.eachDistinct(AwsKind.VPN_CONNECTIONS, "VpnConnectionId", v -> {
            ElementId id = v.id("VpnConnectionId");
            ElementId gateway = v.optId("TransitGatewayId");
            gateway = gateway != null ? ctx.existing(gateway, TransitGateway.class) : ctx.existing(v.optId("VpnGatewayId"), VpnGateway.class);
            ElementId cgw = ctx.existing(v.optId("CustomerGatewayId"), CustomerGateway.class);
            if (gateway == null || cgw == null) {
                ctx.report.skipped(AwsKind.VPN_CONNECTIONS, (gateway == null ? "its gateway" : "its customer gateway")
                        + " is not in the snapshot", id.value());
                return;
            }
            AwsNode options = v.child("Options");
            boolean isStatic = options != null && options.bool("StaticRoutesOnly", false);
            List<TunnelState> tunnels = new ArrayList<>();
            for (AwsNode t : v.items("VgwTelemetry")) {
                tunnels.add("UP".equalsIgnoreCase(t.optText("Status")) ? TunnelState.UP : TunnelState.DOWN);
            }
            Set<Cidr> advertised = vpnAdvertised.get(id.value());
            ctx.put(new VpnConnection(id, v.nameTag(), ctx.accounts.region(ctx.accounts.accountOf(v, null), v.file().region()),
                    gateway, cgw, isStatic ? VpnRouting.STATIC : VpnRouting.BGP, staticRoutes(v), tunnels,
                    isStatic || advertised == null || advertised.isEmpty() ? null : new ArrayList<>(advertised), v.optText("State")));
            if (isStatic && ctx.has(gateway, VpnGateway.class)) {
                routeOnPremisesToVpc(cgw, id, gateway);
            }
            ctx.report.imported(AwsKind.VPN_CONNECTIONS);
        });
    }

    /**
     * A static VPN carries traffic only if the on-premises router routes the VPC into it; the
     * router's configuration is not in the snapshot, so those routes are assumed (and noted).
     */
    private void routeOnPremisesToVpc(ElementId cgw, ElementId vpn, ElementId vgw) {
        ElementId network = cgwNetworks.get(cgw.value());
        Vpc vpc = ctx.topology.find(ctx.topology.get(vgw).parent(), Vpc.class).orElse(null);
        if (network == null || vpc == null) {
            return;
        }
        OnPremisesNetwork n = ctx.topology.find(network, OnPremisesNetwork.class).orElseThrow();
        List<OnPremisesRoute> routes = new ArrayList<>(n.staticRoutes());
        for (Cidr block : vpc.cidrBlocks()) {
            routes.add(new OnPremisesRoute(block, null, vpn));
        }
        ctx.put(new OnPremisesNetwork(n.id(), n.name(), n.cidrs(), routes));
        ctx.report.note("for static VPNs the on-premises router was assumed to route the VPC's blocks into the VPN", vpn.value());
    }

    void directConnectGateways() {
        Map<String, List<AwsNode>> associations = new HashMap<>();
        ctx.each(AwsKind.DX_GATEWAY_ASSOCIATIONS, a -> associations.computeIfAbsent(a.text("DirectConnectGatewayId"),
                k -> new ArrayList<>()).add(a));
        ctx.eachDistinct(AwsKind.DX_GATEWAYS, "DirectConnectGatewayId", g -> {
            ElementId id = g.id("DirectConnectGatewayId");
            List<DirectConnectGatewayAssociation> list = new ArrayList<>();
            for (AwsNode a : associations.getOrDefault(id.value(), List.of())) {
                DirectConnectGatewayAssociation association = association(a, id);
                if (association != null) {
                    list.add(association);
                }
            }
            ElementId account = ctx.accounts.account(ctx.accounts.accountOf(g, g.optText("OwnerAccount")));
            String name = g.optText("DirectConnectGatewayName");
            ctx.put(new DirectConnectGateway(id, name == null ? g.nameTag() : name, account, g.optLong("AmazonSideAsn", 1, 4294967295L),
                    list));
            ctx.report.imported(AwsKind.DX_GATEWAYS);
        });
    }

    private DirectConnectGatewayAssociation association(AwsNode a, ElementId dxgw) {
        AwsNode associated = a.child("AssociatedGateway");
        String gateway = associated != null ? associated.optText("Id") : a.optText("VirtualGatewayId");
        String state = a.optText("AssociationState");
        ElementId id = gateway == null ? null : ElementId.of(gateway);
        if (id == null || !ctx.has(id, VpnGateway.class) && !ctx.has(id, TransitGateway.class)) {
            ctx.report.skipped(AwsKind.DX_GATEWAY_ASSOCIATIONS, "its gateway is not in the snapshot", dxgw + " -> " + gateway);
            return null;
        }
        List<Cidr> prefixes = new ArrayList<>();
        for (AwsNode p : a.items("AllowedPrefixesToDirectConnectGateway")) {
            prefixes.add(p.optCidr("Cidr"));
        }
        prefixes.removeIf(java.util.Objects::isNull);
        ctx.report.imported(AwsKind.DX_GATEWAY_ASSOCIATIONS);
        return new DirectConnectGatewayAssociation(id, a.has("AllowedPrefixesToDirectConnectGateway") ? prefixes : null, state);
    }

    void connections() {
        ctx.eachDistinct(AwsKind.DX_CONNECTIONS, "ConnectionId", c -> {
            ElementId account = ctx.accounts.account(ctx.accounts.accountOf(c, c.optText("OwnerAccount")));
            String name = c.optText("ConnectionName");
            ctx.put(new DirectConnectConnection(c.id("ConnectionId"), name == null ? c.nameTag() : name, account,
                    c.optText("Location"), c.optText("Bandwidth"), c.optText("ConnectionState")));
            ctx.report.imported(AwsKind.DX_CONNECTIONS);
        });
    }

    void virtualInterfaces() {
        ctx.eachDistinct(AwsKind.VIRTUAL_INTERFACES, "VirtualInterfaceId", v -> {
            ElementId id = v.id("VirtualInterfaceId");
            VirtualInterfaceType type = type(v);
            ElementId gateway = ctx.existing(v.optId("VirtualGatewayId"), VpnGateway.class);
            if (gateway == null) {
                gateway = ctx.existing(v.optId("DirectConnectGatewayId"), DirectConnectGateway.class);
            }
            if (gateway == null && type != VirtualInterfaceType.PUBLIC) {
                ctx.report.note("virtual interfaces whose gateway is not in the snapshot were kept without one", id.value());
            }
            Set<Cidr> evidence = vifEvidence(v, type);
            ElementId network = onPremises("onprem-" + id, "on-premises network behind " + id, evidence, id.value());
            ctx.put(new VirtualInterface(id, v.optText("VirtualInterfaceName"), connection(v), type, gateway, network,
                    evidence.isEmpty() ? null : new ArrayList<>(evidence), vlan(v), v.optLong("Asn", 1, 4294967295L),
                    v.optText("VirtualInterfaceState")));
            ctx.report.imported(AwsKind.VIRTUAL_INTERFACES);
        });
    }

    private static VirtualInterfaceType type(AwsNode v) {
        String t = v.optText("VirtualInterfaceType");
        try {
            return t == null ? null : VirtualInterfaceType.parse(t.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw v.problem("VirtualInterfaceType", e.getMessage());
        }
    }

    private static Integer vlan(AwsNode v) {
        Long vlan = v.optLong("Vlan", 0, 4094);
        return vlan == null || vlan == 0 ? null : vlan.intValue();
    }

    /**
     * What on-premises announces over a virtual interface: a public VIF's route filter prefixes, the
     * routes its virtual private gateway propagated, or what its Direct Connect gateway propagated
     * into transit gateway tables.
     */
    private Set<Cidr> vifEvidence(AwsNode v, VirtualInterfaceType type) {
        Set<Cidr> prefixes = new LinkedHashSet<>();
        if (type == VirtualInterfaceType.PUBLIC) {
            for (AwsNode p : v.items("RouteFilterPrefixes")) {
                Cidr c = p.optCidr("Cidr");
                if (c != null) {
                    prefixes.add(c);
                }
            }
        }
        String vgw = v.optText("VirtualGatewayId");
        if (vgw != null) {
            prefixes.addAll(vgwPropagated.getOrDefault(vgw, Set.of()));
        }
        String dxgw = v.optText("DirectConnectGatewayId");
        if (dxgw != null) {
            prefixes.addAll(transit.propagatedFrom(dxgw));
        }
        return prefixes;
    }

    /** The connection a virtual interface runs on; one named "(not in snapshot)" when only the id is known. */
    private ElementId connection(AwsNode v) {
        ElementId id = v.id("ConnectionId");
        if (!ctx.has(id, DirectConnectConnection.class)) {
            ElementId account = ctx.accounts.account(ctx.accounts.accountOf(v, v.optText("OwnerAccount")));
            ctx.put(new DirectConnectConnection(id, PeeringConverter.NOT_IN_SNAPSHOT, account, v.optText("Location"), null, null));
            ctx.report.note("Direct Connect connections named by virtual interfaces but not described were created as "
                    + "\"" + PeeringConverter.NOT_IN_SNAPSHOT + "\"", id.value());
        }
        return id;
    }
}
