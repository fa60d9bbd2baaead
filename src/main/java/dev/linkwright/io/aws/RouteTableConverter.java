package dev.linkwright.io.aws;

import dev.linkwright.io.DesignReader;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.Ipv6Cidr;
import dev.linkwright.model.PrefixList;
import dev.linkwright.model.Route;
import dev.linkwright.model.RouteOrigin;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts VPC route tables. Routes the model implies are not stored: {@code local} routes
 * (implied by the VPC's blocks) and gateway-endpoint routes (a prefix list to {@code vpce-...},
 * implied by the endpoint's route tables, which this converter collects). VGW-propagated routes
 * ({@code EnableVgwRoutePropagation}) are kept with origin {@code propagated}. Targets stay AWS ids
 * even when the target is not in the snapshot: AWS shows such routes as blackholes.
 */
final class RouteTableConverter {

    /** Route target fields in the order they are tried. */
    private static final List<String> TARGET_FIELDS = List.of("NatGatewayId", "TransitGatewayId", "VpcPeeringConnectionId",
            "GatewayId", "EgressOnlyInternetGatewayId", "CarrierGatewayId", "LocalGatewayId", "VpcEndpointId", "CoreNetworkArn");

    private final ImportContext ctx;
    private final EniDirectory enis;
    private final Set<String> interfaceEndpoints = new HashSet<>();
    private final Set<String> vpnGateways = new HashSet<>();
    private final Map<String, Set<ElementId>> gatewayEndpointTables = new HashMap<>();

    RouteTableConverter(ImportContext ctx, EniDirectory enis) {
        this.ctx = ctx;
        this.enis = enis;
        ctx.each(AwsKind.VPC_ENDPOINTS, e -> {
            if ("interface".equalsIgnoreCase(e.optText("VpcEndpointType"))) {
                interfaceEndpoints.add(e.text("VpcEndpointId"));
            }
        });
        ctx.each(AwsKind.VPN_GATEWAYS, g -> vpnGateways.add(g.text("VpnGatewayId")));
    }

    /** The route tables whose routes send a prefix list to each gateway endpoint. */
    Set<ElementId> gatewayEndpointTables(String endpoint) {
        return gatewayEndpointTables.getOrDefault(endpoint, Set.of());
    }

    void convert() {
        ctx.eachDistinct(AwsKind.ROUTE_TABLES, "RouteTableId", rt -> {
            ElementId id = rt.id("RouteTableId");
            ElementId vpc = rt.id("VpcId");
            if (!ctx.has(vpc, Vpc.class)) {
                ctx.report.skipped(AwsKind.ROUTE_TABLES, "its VPC is not in the snapshot", id.value());
                return;
            }
            boolean main = false;
            for (AwsNode a : rt.items("Associations")) {
                main |= a.bool("Main", false);
            }
            List<Route> routes = new ArrayList<>();
            for (AwsNode r : rt.items("Routes")) {
                Route route = route(r, id);
                if (route != null) {
                    routes.add(route);
                }
            }
            ctx.put(new RouteTable(id, rt.nameTag(), vpc, main, routes, propagating(rt)));
            ctx.report.imported(AwsKind.ROUTE_TABLES);
        });
    }

    /**
     * Once everything is converted: leaves out routes whose target turned out to be something a
     * route cannot send to (a route table, a subnet), which only a damaged snapshot holds.
     */
    void dropRoutesToNonTargets() {
        for (RouteTable table : List.copyOf(ctx.topology.all(RouteTable.class))) {
            List<Route> kept = new ArrayList<>();
            for (Route route : table.routes()) {
                ElementKind kind = ctx.topology.find(route.target()).map(Element::kind).orElse(null);
                if (kind == null || DesignReader.ROUTE_TARGETS.contains(kind)) {
                    kept.add(route);
                } else {
                    ctx.report.note("routes whose target is not something a route can send to were left out",
                            table.id() + " -> " + route.target() + " (" + kind.label() + ")");
                }
            }
            if (kept.size() != table.routes().size()) {
                ctx.put(new RouteTable(table.id(), table.name(), table.parent(), table.main(), kept, table.propagatingGateways()));
            }
        }
    }

    private List<ElementId> propagating(AwsNode rt) {
        Set<ElementId> gateways = new LinkedHashSet<>();
        for (AwsNode p : rt.items("PropagatingVgws")) {
            ElementId g = p.id("GatewayId");
            if (vpnGateways.contains(g.value())) {
                gateways.add(g);
            } else {
                ctx.report.note("route propagation from virtual private gateways not in the snapshot was left out",
                        rt.optText("RouteTableId") + " <- " + g);
            }
        }
        return new ArrayList<>(gateways);
    }

    private Route route(AwsNode r, ElementId table) {
        if ("local".equals(r.optText("GatewayId"))) {
            return null; // implied by the VPC's blocks
        }
        Cidr cidr = r.optCidr("DestinationCidrBlock");
        Ipv6Cidr ipv6 = cidr == null ? r.optIpv6("DestinationIpv6CidrBlock") : null;
        ElementId prefixList = cidr == null && ipv6 == null ? r.optId("DestinationPrefixListId") : null;
        if (cidr == null && ipv6 == null && prefixList == null) {
            throw r.problem("DestinationCidrBlock", "a route needs a destination ('DestinationCidrBlock', "
                    + "'DestinationIpv6CidrBlock' or 'DestinationPrefixListId')");
        }
        ElementId target = target(r, table);
        if (target == null) {
            return null;
        }
        if (prefixList != null && target.value().startsWith("vpce-") && !interfaceEndpoints.contains(target.value())) {
            gatewayEndpointTables.computeIfAbsent(target.value(), k -> new LinkedHashSet<>()).add(table);
            return null; // implied by the gateway endpoint's route tables
        }
        if (prefixList != null && !ctx.has(prefixList, PrefixList.class)) {
            ctx.report.note("routes to prefix lists not in the snapshot were left out", table + " " + prefixList + " -> " + target);
            return null;
        }
        RouteOrigin origin = "EnableVgwRoutePropagation".equals(r.optText("Origin")) ? RouteOrigin.PROPAGATED : RouteOrigin.STATIC;
        return new Route(cidr, ipv6, prefixList, target, origin);
    }

    /** The element a route sends to, or null (with a note) when the model cannot express it. */
    private ElementId target(AwsNode r, ElementId table) {
        String eni = r.optText("NetworkInterfaceId");
        if (eni != null) {
            return interfaceTarget(r, eni, table);
        }
        ElementId instance = r.optId("InstanceId");
        if (instance != null) {
            return instance;
        }
        for (String field : TARGET_FIELDS) {
            ElementId t = r.optId(field);
            if (t != null) {
                if (!field.equals("GatewayId") && !field.equals("NatGatewayId") && !field.equals("TransitGatewayId")
                        && !field.equals("VpcPeeringConnectionId")) {
                    ctx.report.note("routes to targets Linkwright does not model (" + field + ") were kept as blackholes",
                            table + " -> " + t);
                }
                return t;
            }
        }
        throw r.problem("a route needs a target (GatewayId, NatGatewayId, TransitGatewayId, VpcPeeringConnectionId, "
                + "NetworkInterfaceId, InstanceId, ...)");
    }

    /** A route to a network interface targets what the model makes of that interface. */
    private ElementId interfaceTarget(AwsNode r, String eni, ElementId table) {
        EniDirectory.Eni e = enis.get(eni);
        if (e == null) {
            ElementId instance = r.optId("InstanceId");
            return instance != null ? instance : r.optId("NetworkInterfaceId");
        }
        switch (e.owner()) {
            case INSTANCE:
                return e.deviceIndex() == null || e.deviceIndex() == 0 ? ElementId.of(e.ownerId()) : e.id();
            case NAT_GATEWAY:
                return e.ownerId() == null ? e.id() : ElementId.of(e.ownerId());
            case VPC_ENDPOINT:
                if (e.ownerId() != null && interfaceEndpoints.contains(e.ownerId())) {
                    ctx.report.note("routes to the network interfaces of interface endpoints are not modelled and were left out",
                            table + " -> " + eni);
                    return null;
                }
                return e.id();
            default:
                return e.id();
        }
    }
}
