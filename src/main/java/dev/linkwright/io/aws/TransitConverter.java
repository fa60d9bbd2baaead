package dev.linkwright.io.aws;

import dev.linkwright.model.AttachmentType;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.DirectConnectGateway;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.PrefixList;
import dev.linkwright.model.RouteOrigin;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.TgwRoute;
import dev.linkwright.model.TgwRouteTable;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.model.Vpc;
import dev.linkwright.model.VpnConnection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Converts transit gateways: the gateways (in their owner's account), route tables with static
 * and blackhole routes ({@code TransitGatewayStaticRoutes}), and attachments (VPC with subnets,
 * VPN, Direct Connect gateway, peering) with their association and propagations.
 *
 * <p>Associations are spelled out for every attachment. An attachment that AWS lists without an
 * association is not associated; since the model reads a missing association as "the gateway's
 * default table", the gateway's default association is recorded as off in that case (with a
 * note). Propagations come from {@code TransitGatewayPropagations}; without that file for a
 * gateway, its attachments use the default propagation table (with a note).
 *
 * <p>A peering attachment has one AWS id seen from both gateways. Each side becomes an attachment
 * of its gateway: the requester's side (or, when nothing says which that is, the side of the
 * gateway whose id sorts first) keeps the AWS id, the other is {@code <attachment-id>/<tgw-id>};
 * each side's resource is the other side.
 */
final class TransitConverter {

    /** One attachment as seen from one transit gateway. */
    private record Side(String attachment, String gateway, AwsNode node) {
    }

    private final ImportContext ctx;
    private final Map<String, List<Side>> sides = new LinkedHashMap<>();
    private final Map<String, AwsNode> vpcAttachments = new HashMap<>();
    private final Map<String, String> peeringRequesters = new HashMap<>();
    private final Map<String, Map<String, Boolean>> propagations = new HashMap<>();
    private final Map<String, String> tableAssociations = new HashMap<>();
    private final Set<String> gatewaysWithPropagationData = new HashSet<>();
    private final Map<String, String> tableGateways = new HashMap<>();
    private final Map<String, List<Cidr>> onPremisesPrefixes = new HashMap<>();

    TransitConverter(ImportContext ctx) {
        this.ctx = ctx;
    }

    /** Prefixes that VPN and Direct Connect attachments propagate into TGW tables: on-premises evidence. */
    List<Cidr> propagatedFrom(String resource) {
        return onPremisesPrefixes.getOrDefault(resource, List.of());
    }

    void gateways() {
        collectAttachments();
        collectTableAssociations();
        ctx.each(AwsKind.TGW_ROUTE_TABLES, t -> tableGateways.put(t.text("TransitGatewayRouteTableId"), t.text("TransitGatewayId")));
        Set<String> unassociated = new HashSet<>();
        for (List<Side> list : sides.values()) {
            for (Side s : list) {
                // only TransitGatewayAttachments says whether an attachment is associated
                if (s.node() != null && association(s) == null && isLive(s.node().optText("State"))) {
                    unassociated.add(s.gateway());
                }
            }
        }
        Set<String> folderAccounts = new HashSet<>();
        for (AwsFile f : ctx.index.files()) {
            String a = ctx.accounts.number(f.folder().accountFolder());
            if (a != null) {
                folderAccounts.add(a);
            }
        }
        ctx.eachDistinct(AwsKind.TRANSIT_GATEWAYS, "TransitGatewayId", g -> gateway(g, unassociated, folderAccounts));
        collectPropagations();
        Map<String, List<AwsNode>> staticRoutes = new HashMap<>();
        ctx.each(AwsKind.TGW_STATIC_ROUTES, s -> staticRoutes.computeIfAbsent(s.text("TransitGatewayRouteTableId"),
                k -> new ArrayList<>()).addAll(s.items("Routes")));
        ctx.eachDistinct(AwsKind.TGW_ROUTE_TABLES, "TransitGatewayRouteTableId", t -> routeTable(t, staticRoutes));
        ctx.each(AwsKind.TGW_STATIC_ROUTES, s -> {
            if (ctx.has(ElementId.of(s.text("TransitGatewayRouteTableId")), TgwRouteTable.class)) {
                ctx.report.imported(AwsKind.TGW_STATIC_ROUTES);
            } else {
                ctx.report.skipped(AwsKind.TGW_STATIC_ROUTES, "its route table was not imported", s.optText("TransitGatewayRouteTableId"));
            }
        });
    }

    private void gateway(AwsNode g, Set<String> unassociated, Set<String> folderAccounts) {
        ElementId id = g.id("TransitGatewayId");
        String owner = ctx.accounts.number(g.optText("OwnerId"));
        String account = owner != null && (folderAccounts.isEmpty() || folderAccounts.contains(owner)) ? owner
                : ctx.accounts.accountOf(g, null);
        AwsNode o = g.child("Options");
        Boolean defaultAssociation = o == null ? null : o.optSwitch("DefaultRouteTableAssociation");
        Boolean defaultPropagation = o == null ? null : o.optSwitch("DefaultRouteTablePropagation");
        if (unassociated.contains(id.value()) && !Boolean.FALSE.equals(defaultAssociation)) {
            defaultAssociation = false;
            ctx.report.note("transit gateways with attachments that AWS lists as not associated have their default "
                    + "association recorded as off, so those attachments stay unassociated", id.value());
        }
        ctx.put(new TransitGateway(id, g.nameTag(), ctx.accounts.region(account, g.file().region()),
                o == null ? null : o.optLong("AmazonSideAsn", 1, 4294967295L), defaultAssociation == null || defaultAssociation,
                defaultPropagation == null || defaultPropagation, tableIn(o, "AssociationDefaultRouteTableId", id),
                tableIn(o, "PropagationDefaultRouteTableId", id),
                o != null && Boolean.TRUE.equals(o.optSwitch("SecurityGroupReferencingSupport")), g.optText("State")));
        ctx.report.imported(AwsKind.TRANSIT_GATEWAYS);
    }

    /**
     * A default route table named in the options, when the snapshot lists it as a table of this
     * gateway (a table of another gateway is not imported under this one).
     */
    private ElementId tableIn(AwsNode options, String key, ElementId gateway) {
        String table = options == null ? null : options.optText(key);
        if (table == null) {
            return null;
        }
        for (AwsNode t : ctx.index.all(AwsKind.TGW_ROUTE_TABLES)) {
            if (table.equals(t.optText("TransitGatewayRouteTableId")) && gateway.value().equals(t.optText("TransitGatewayId"))) {
                return ElementId.of(table);
            }
        }
        return null;
    }

    private void routeTable(AwsNode t, Map<String, List<AwsNode>> staticRoutes) {
        ElementId id = t.id("TransitGatewayRouteTableId");
        ElementId gateway = t.id("TransitGatewayId");
        if (!ctx.has(gateway, TransitGateway.class)) {
            ctx.report.skipped(AwsKind.TGW_ROUTE_TABLES, "its transit gateway is not in the snapshot", id.value());
            return;
        }
        List<TgwRoute> routes = new ArrayList<>();
        for (AwsNode r : staticRoutes.getOrDefault(id.value(), List.of())) {
            TgwRoute route = route(r, gateway.value(), id);
            if (route != null) {
                routes.add(route);
            }
        }
        ctx.put(new TgwRouteTable(id, t.nameTag(), gateway, routes));
        ctx.report.imported(AwsKind.TGW_ROUTE_TABLES);
    }

    /** A static or blackhole route; propagated ones follow from propagations and only serve as evidence. */
    private TgwRoute route(AwsNode r, String gateway, ElementId table) {
        String state = r.optText("State");
        if ("deleted".equals(state) || "deleting".equals(state)) {
            return null;
        }
        Cidr destination = r.optCidr("DestinationCidrBlock");
        ElementId prefixList = destination == null ? r.optId("PrefixListId") : null;
        if (destination == null && prefixList == null) {
            if (r.has("DestinationIpv6CidrBlock") || r.optText("DestinationCidrBlock") == null && r.has("DestinationCidrBlock")) {
                return null;
            }
            throw r.problem("DestinationCidrBlock", "a transit gateway route needs 'DestinationCidrBlock' or 'PrefixListId'");
        }
        List<AwsNode> attachments = r.items("TransitGatewayAttachments");
        AwsNode first = attachments.isEmpty() ? null : attachments.get(0);
        if ("propagated".equalsIgnoreCase(r.optText("Type"))) {
            if (first != null && destination != null && isOnRamp(first.optText("ResourceType"))) {
                onPremisesPrefixes.computeIfAbsent(first.text("ResourceId"), k -> new ArrayList<>()).add(destination);
            }
            return null;
        }
        if (prefixList != null && !ctx.has(prefixList, PrefixList.class)) {
            ctx.report.note("transit gateway routes to prefix lists not in the snapshot were left out", table + " " + prefixList);
            return null;
        }
        ElementId attachment = "blackhole".equals(state) || first == null ? null
                : ElementId.of(elementId(first.text("TransitGatewayAttachmentId"), gateway));
        return new TgwRoute(destination, prefixList, attachment, RouteOrigin.STATIC);
    }

    private static boolean isOnRamp(String resourceType) {
        return "vpn".equals(resourceType) || "direct-connect-gateway".equals(resourceType);
    }

    private void collectAttachments() {
        ctx.each(AwsKind.TGW_VPC_ATTACHMENTS, a -> vpcAttachments.putIfAbsent(a.text("TransitGatewayAttachmentId"), a));
        ctx.each(AwsKind.TGW_ATTACHMENTS, a -> addSide(a.text("TransitGatewayAttachmentId"), a.text("TransitGatewayId"), a));
        for (AwsNode v : vpcAttachments.values()) {
            try {
                addSide(v.text("TransitGatewayAttachmentId"), v.text("TransitGatewayId"), null);
            } catch (AwsInputException e) {
                ctx.problem(e);
            }
        }
        ctx.each(AwsKind.TGW_PEERING_ATTACHMENTS, p -> {
            String id = p.text("TransitGatewayAttachmentId");
            for (String info : List.of("RequesterTgwInfo", "AccepterTgwInfo")) {
                AwsNode tgw = p.child(info);
                if (tgw != null && tgw.optText("TransitGatewayId") != null) {
                    addSide(id, tgw.text("TransitGatewayId"), null);
                    if (info.equals("RequesterTgwInfo")) {
                        peeringRequesters.put(id, tgw.text("TransitGatewayId"));
                    }
                }
            }
        });
    }

    private void addSide(String attachment, String gateway, AwsNode node) {
        List<Side> list = sides.computeIfAbsent(attachment, k -> new ArrayList<>());
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).gateway().equals(gateway)) {
                if (list.get(i).node() == null && node != null) {
                    list.set(i, new Side(attachment, gateway, node));
                } else if (node != null) {
                    ctx.report.skipped(AwsKind.TGW_ATTACHMENTS, "listed again by another file (kept once)", attachment);
                }
                return;
            }
        }
        list.add(new Side(attachment, gateway, node));
    }

    /** The element id of {@code attachment} on {@code gateway} (see the class comment for peerings). */
    private String elementId(String attachment, String gateway) {
        List<Side> list = sides.get(attachment);
        if (list == null || list.size() < 2) {
            return attachment;
        }
        String requester = peeringRequesters.get(attachment);
        String keeper = requester != null && list.stream().anyMatch(s -> s.gateway().equals(requester)) ? requester
                : list.stream().map(Side::gateway).min(String::compareTo).orElseThrow();
        return gateway.equals(keeper) ? attachment : attachment + "/" + gateway;
    }

    /**
     * Associations as route tables list them ({@code get-transit-gateway-route-table-associations},
     * grouped per table like propagations, or an {@code Associations} list on a table), for
     * attachments whose own listing has no {@code Association}.
     */
    private void collectTableAssociations() {
        for (AwsKind kind : List.of(AwsKind.TGW_ASSOCIATIONS, AwsKind.TGW_ROUTE_TABLES)) {
            ctx.each(kind, t -> {
                String table = t.text("TransitGatewayRouteTableId");
                List<AwsNode> listed = t.items("Associations");
                for (AwsNode a : listed.isEmpty() && t.has("TransitGatewayAttachmentId") ? List.of(t) : listed) {
                    String state = a.optText("State");
                    if (state == null || "associated".equals(state) || "associating".equals(state)) {
                        tableAssociations.putIfAbsent(a.text("TransitGatewayAttachmentId"), table);
                    }
                }
                if (kind == AwsKind.TGW_ASSOCIATIONS) {
                    ctx.report.imported(kind);
                }
            });
        }
    }

    private void collectPropagations() {
        ctx.each(AwsKind.TGW_PROPAGATIONS, p -> {
            String table = p.text("TransitGatewayRouteTableId");
            String gateway = tableGateways.get(table);
            if (gateway != null) {
                gatewaysWithPropagationData.add(gateway);
            }
            for (AwsNode e : p.items("TransitGatewayRouteTablePropagations")) {
                boolean enabled = "enabled".equals(e.optText("State")) || "enabling".equals(e.optText("State"));
                propagations.computeIfAbsent(e.text("TransitGatewayAttachmentId"), k -> new LinkedHashMap<>()).merge(table, enabled,
                        Boolean::logicalOr);
            }
            ctx.report.imported(AwsKind.TGW_PROPAGATIONS);
        });
    }

    /** Attachments, after the VPN connections and Direct Connect gateways they attach exist. */
    void attachments() {
        for (List<Side> list : sides.values()) {
            ctx.checkCancelled();
            for (Side s : list) {
                try {
                    attachment(s, list);
                } catch (AwsInputException e) {
                    ctx.problem(e);
                } catch (IllegalArgumentException e) {
                    AwsNode n = s.node() != null ? s.node() : vpcAttachments.get(s.attachment());
                    ctx.problem(new AwsInputException(n == null ? null : n.file(), n == null ? "" : n.pointer(), e.getMessage()));
                }
            }
        }
        ctx.each(AwsKind.TGW_VPC_ATTACHMENTS, a -> {
            if (ctx.topology.contains(ElementId.of(a.text("TransitGatewayAttachmentId")))) {
                ctx.report.imported(AwsKind.TGW_VPC_ATTACHMENTS);
            }
        });
    }

    private void attachment(Side s, List<Side> all) {
        AwsNode vpcNode = vpcAttachments.get(s.attachment());
        AwsNode node = s.node() != null ? s.node() : vpcNode;
        ElementId id = ElementId.of(elementId(s.attachment(), s.gateway()));
        ElementId gateway = ElementId.of(s.gateway());
        AwsKind kind = s.node() != null ? AwsKind.TGW_ATTACHMENTS : vpcNode != null ? AwsKind.TGW_VPC_ATTACHMENTS
                : AwsKind.TGW_PEERING_ATTACHMENTS;
        if (!ctx.has(gateway, TransitGateway.class)) {
            ctx.report.skipped(kind, "its transit gateway is not in the snapshot", id.value());
            return;
        }
        String resourceType = node == null ? "peering" : node.optText("ResourceType");
        if (resourceType == null && vpcNode != null) {
            resourceType = "vpc";
        }
        AttachmentType type = type(resourceType);
        if (type == null) {
            ctx.report.skipped(kind, "attachments of type " + resourceType + " are not modelled", id.value());
            return;
        }
        ElementId resource = resource(type, s, all, node, vpcNode);
        if (resource == null) {
            ctx.report.skipped(kind, "the " + type.wire() + " it attaches is not in the snapshot", id.value());
            return;
        }
        AwsNode options = vpcNode == null ? null : vpcNode.child("Options");
        String state = node == null ? null : node.optText("State");
        ctx.put(new TgwAttachment(id, node == null ? "" : node.nameTag(), gateway, type, resource, subnets(vpcNode),
                associationOf(s), propagationsOf(s), options != null && Boolean.TRUE.equals(options.optSwitch("ApplianceModeSupport")),
                options == null ? null : options.optSwitch("SecurityGroupReferencingSupport"), state));
        if (s.node() != null) {
            ctx.report.imported(AwsKind.TGW_ATTACHMENTS);
        }
    }

    private static AttachmentType type(String resourceType) {
        switch (resourceType == null ? "" : resourceType.toLowerCase(Locale.ROOT)) {
            case "vpc":
                return AttachmentType.VPC;
            case "vpn":
                return AttachmentType.VPN;
            case "direct-connect-gateway":
                return AttachmentType.DIRECT_CONNECT_GATEWAY;
            case "peering":
            case "tgw-peering":
                return AttachmentType.PEERING;
            case "connect":
                return AttachmentType.CONNECT;
            default:
                return null;
        }
    }

    private ElementId resource(AttachmentType type, Side s, List<Side> all, AwsNode node, AwsNode vpcNode) {
        String resource = node != null ? node.optText("ResourceId") : null;
        switch (type) {
            case VPC: {
                ElementId vpc = ElementId.of(resource != null ? resource : vpcNode.text("VpcId"));
                return ctx.existing(vpc, Vpc.class);
            }
            case VPN:
                return resource == null ? null : ctx.existing(ElementId.of(resource), VpnConnection.class);
            case DIRECT_CONNECT_GATEWAY:
                return resource == null ? null : ctx.existing(ElementId.of(resource), DirectConnectGateway.class);
            case PEERING:
                for (Side other : all) {
                    if (!other.gateway().equals(s.gateway()) && ctx.has(ElementId.of(other.gateway()), TransitGateway.class)) {
                        return ElementId.of(elementId(other.attachment(), other.gateway()));
                    }
                }
                return resource == null ? null : ElementId.of(resource);
            default:
                return resource == null ? null : ElementId.of(resource);
        }
    }

    private List<ElementId> subnets(AwsNode vpcNode) {
        List<ElementId> subnets = new ArrayList<>();
        if (vpcNode != null) {
            for (String s : vpcNode.texts("SubnetIds")) {
                if (ctx.has(ElementId.of(s), Subnet.class)) {
                    subnets.add(ElementId.of(s));
                }
            }
        }
        return subnets;
    }

    /** The associated route table: the attachment's {@code Association}, else a table that lists it, or null. */
    private String association(Side s) {
        AwsNode a = s.node() == null ? null : s.node().child("Association");
        if (a == null) {
            String table = tableAssociations.get(s.attachment());
            return table != null && s.gateway().equals(tableGateways.get(table)) ? table : null;
        }
        String state = a.optText("State");
        return "associated".equals(state) || "associating".equals(state) || state == null ? a.optText("TransitGatewayRouteTableId") : null;
    }

    private ElementId associationOf(Side s) {
        String table = association(s);
        return table == null ? null : ctx.existing(ElementId.of(table), TgwRouteTable.class);
    }

    /** The tables the attachment propagates into; null (the default table) when the snapshot does not say. */
    private List<ElementId> propagationsOf(Side s) {
        if (!gatewaysWithPropagationData.contains(s.gateway())) {
            ctx.report.note("transit gateways without propagation data: their attachments were given the default "
                    + "propagation table", s.gateway());
            return null;
        }
        List<ElementId> tables = new ArrayList<>();
        propagations.getOrDefault(s.attachment(), Map.of()).forEach((table, enabled) -> {
            if (enabled && s.gateway().equals(tableGateways.get(table)) && ctx.has(ElementId.of(table), TgwRouteTable.class)) {
                tables.add(ElementId.of(table));
            }
        });
        return tables;
    }

    private static boolean isLive(String state) {
        return state == null || !(state.startsWith("delet") || state.equals("rejected") || state.equals("failed"));
    }
}
