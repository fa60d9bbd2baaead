package dev.linkwright.io.export.terraform;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.io.export.terraform.TerraformConfig.Block;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.GatewayEndpoint;
import dev.linkwright.model.Instance;
import dev.linkwright.model.InternetGateway;
import dev.linkwright.model.NatGateway;
import dev.linkwright.model.NetworkInterface;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.Route;
import dev.linkwright.model.RouteOrigin;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.model.VpnGateway;
import java.util.Optional;

/**
 * VPC route tables as Terraform: the table, one {@code aws_route} per static route, the main-table
 * association and route propagation from virtual private gateways. Local routes and gateway
 * endpoint routes are implied and not written; propagated routes follow from the propagation.
 */
final class TerraformRouting {

    private final TerraformContext ctx;

    TerraformRouting(TerraformContext ctx) {
        this.ctx = ctx;
    }

    void routeTable(RouteTable table) {
        Block b = ctx.resource("aws_route_table", table);
        b.body().put("vpc_id", ctx.ref(table.parent(), "id"));
        if (table.main()) {
            Block main = ctx.part("aws_main_route_table_association", table, "main", table.label() + " main");
            main.body().put("vpc_id", ctx.ref(table.parent(), "id"));
            main.body().put("route_table_id", b.ref("id"));
        }
        for (Route route : table.routes()) {
            route(table, b, route);
        }
        for (ElementId vgw : table.propagatingGateways()) {
            Block p = ctx.part("aws_vpn_gateway_route_propagation", table, "propagation-" + vgw, table.label() + " propagation");
            p.body().put("vpn_gateway_id", ctx.ref(vgw, "id"));
            p.body().put("route_table_id", b.ref("id"));
            dependOn(p.body(), vgwAttachment(vgw));
        }
    }

    private void route(RouteTable table, Block tableBlock, Route route) {
        String what = "route " + route.destinationText();
        if (route.origin() == RouteOrigin.PROPAGATED) {
            ctx.summary.notExported(table.id(), what, "propagated routes follow from route propagation, which is exported");
            return;
        }
        Optional<Element> target = route.target() == null ? Optional.empty() : ctx.topology.owner(route.target());
        if (target.isEmpty()) {
            ctx.summary.notExported(table.id(), what, "its target " + route.target() + " is not in the design (a blackhole route)");
            return;
        }
        if (target.get() instanceof GatewayEndpoint) {
            ctx.summary.notExported(table.id(), what, "gateway endpoint routes are created by the endpoint's route_table_ids");
            return;
        }
        String targetArgument = targetArgument(target.get());
        if (targetArgument == null) {
            ctx.summary.notExported(table.id(), what, "a route cannot target " + target.get().kind().phrase());
            return;
        }
        Block b = ctx.part("aws_route", table, "route-" + route.destinationText(), table.label() + " " + what);
        ObjectNode body = b.body();
        body.put("route_table_id", tableBlock.ref("id"));
        putDestination(body, route);
        body.put(targetArgument, targetExpression(target.get(), route.target()));
        dependOn(body, targetDependency(table, target.get()));
    }

    private void putDestination(ObjectNode body, Route route) {
        if (route.destination() != null) {
            body.put("destination_cidr_block", route.destination().toString());
        } else if (route.ipv6Destination() != null) {
            body.put("destination_ipv6_cidr_block", route.ipv6Destination().toString());
        } else {
            body.put("destination_prefix_list_id", ctx.ref(route.destinationPrefixList(), "id"));
        }
    }

    private static String targetArgument(Element target) {
        if (target instanceof InternetGateway || target instanceof VpnGateway) {
            return "gateway_id";
        }
        if (target instanceof NatGateway) {
            return "nat_gateway_id";
        }
        if (target instanceof PeeringConnection) {
            return "vpc_peering_connection_id";
        }
        if (target instanceof TransitGateway) {
            return "transit_gateway_id";
        }
        if (target instanceof Instance || target instanceof NetworkInterface) {
            return "network_interface_id";
        }
        return null;
    }

    private String targetExpression(Element target, ElementId named) {
        if (target instanceof Instance) {
            return ctx.ref(target.id(), "primary_network_interface_id");
        }
        return ctx.ref(named, "id");
    }

    /**
     * Routes to a virtual private gateway need it attached, routes to a transit gateway need the
     * VPC attached to it, routes to a peering connection need it accepted.
     */
    private String targetDependency(RouteTable table, Element target) {
        if (target instanceof VpnGateway) {
            return vgwAttachment(target.id());
        }
        if (target instanceof TransitGateway) {
            return tgwAttachmentOf(table.parent(), target.id());
        }
        if (target instanceof PeeringConnection) {
            return TerraformPeering.accepterAddress(ctx, (PeeringConnection) target).orElse(null);
        }
        return null;
    }

    private String vgwAttachment(ElementId vgw) {
        Optional<VpnGateway> g = ctx.topology.find(vgw, VpnGateway.class);
        if (g.isEmpty() || !ctx.creates(g.get()) || g.get().parent() == null
                || ctx.topology.find(g.get().parent(), dev.linkwright.model.Vpc.class).isEmpty()) {
            return null;
        }
        return "aws_vpn_gateway_attachment." + ctx.config.name("aws_vpn_gateway_attachment", vgw.value() + "-attachment");
    }

    private String tgwAttachmentOf(ElementId vpc, ElementId tgw) {
        for (TgwAttachment a : ctx.topology.all(TgwAttachment.class)) {
            if (vpc.equals(a.resource()) && tgw.equals(a.parent()) && ctx.creates(a)) {
                return ctx.dependency(a.id());
            }
        }
        return null;
    }

    private static void dependOn(ObjectNode body, String address) {
        if (address != null) {
            (body.has("depends_on") ? (com.fasterxml.jackson.databind.node.ArrayNode) body.get("depends_on")
                    : body.putArray("depends_on")).add(address);
        }
    }
}
