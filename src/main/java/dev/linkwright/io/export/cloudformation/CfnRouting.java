package dev.linkwright.io.export.cloudformation;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import dev.linkwright.model.Vpc;
import dev.linkwright.model.VpnGateway;
import java.util.Optional;

/**
 * VPC route tables as CloudFormation: the table, one {@code AWS::EC2::Route} per static route and
 * route propagation from virtual private gateways. Subnet associations are written with the
 * subnets; local and gateway-endpoint routes are implied.
 */
final class CfnRouting {

    private final CfnContext ctx;
    private final CfnNetwork network;

    CfnRouting(CfnContext ctx, CfnNetwork network) {
        this.ctx = ctx;
        this.network = network;
    }

    void routeTable(RouteTable table) {
        CfnResource r = ctx.resource("AWS::EC2::RouteTable", table);
        CfnTemplate t = ctx.templateOf(table);
        r.properties.set("VpcId", ctx.id(t, table.parent()));
        for (Route route : table.routes()) {
            route(table, r, route);
        }
        for (ElementId vgw : table.propagatingGateways()) {
            CfnResource p = ctx.part("AWS::EC2::VPNGatewayRoutePropagation", table, "propagation-" + vgw, "");
            p.properties.putArray("RouteTableIds").add(r.ref());
            p.properties.set("VpnGatewayId", ctx.id(t, vgw));
            vgwAttachment(t, vgw).ifPresent(p::dependOn);
        }
    }

    private void route(RouteTable table, CfnResource tableResource, Route route) {
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
            ctx.summary.notExported(table.id(), what, "gateway endpoint routes are created by the endpoint's RouteTableIds");
            return;
        }
        String property = targetProperty(target.get());
        if (property == null) {
            ctx.summary.notExported(table.id(), what, "a route cannot target " + target.get().kind().phrase());
            return;
        }
        CfnTemplate t = ctx.templateOf(table);
        CfnResource r = ctx.part("AWS::EC2::Route", table, "route-" + route.destinationText(), "");
        ObjectNode p = r.properties;
        p.set("RouteTableId", tableResource.ref());
        if (route.destination() != null) {
            p.put("DestinationCidrBlock", route.destination().toString());
        } else if (route.ipv6Destination() != null) {
            p.put("DestinationIpv6CidrBlock", route.ipv6Destination().toString());
        } else {
            p.set("DestinationPrefixListId", ctx.id(t, route.destinationPrefixList()));
        }
        p.set(property, ctx.id(t, target.get() instanceof Instance ? target.get().id() : route.target()));
        dependency(table, target.get()).ifPresent(r::dependOn);
    }

    private static String targetProperty(Element target) {
        if (target instanceof InternetGateway || target instanceof VpnGateway) {
            return "GatewayId";
        }
        if (target instanceof NatGateway) {
            return "NatGatewayId";
        }
        if (target instanceof PeeringConnection) {
            return "VpcPeeringConnectionId";
        }
        if (target instanceof TransitGateway) {
            return "TransitGatewayId";
        }
        if (target instanceof Instance) {
            return "InstanceId";
        }
        if (target instanceof NetworkInterface) {
            return "NetworkInterfaceId";
        }
        return null;
    }

    /** Routes wait for the gateway's attachment to the VPC (internet, virtual private and transit gateways). */
    private Optional<String> dependency(RouteTable table, Element target) {
        CfnTemplate t = ctx.templateOf(table);
        if (target instanceof InternetGateway) {
            return network.internetGatewayAttachment(table);
        }
        if (target instanceof VpnGateway) {
            return vgwAttachment(t, target.id());
        }
        if (target instanceof TransitGateway) {
            for (TgwAttachment a : ctx.topology.all(TgwAttachment.class)) {
                if (table.parent().equals(a.resource()) && target.id().equals(a.parent()) && ctx.creates(a)) {
                    return Optional.of(t.logicalId(a.id().value()));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> vgwAttachment(CfnTemplate t, ElementId vgw) {
        Optional<VpnGateway> g = ctx.topology.find(vgw, VpnGateway.class);
        if (g.isEmpty() || !ctx.creates(g.get()) || ctx.templateOf(g.get()) != t
                || ctx.topology.find(g.get().parent(), Vpc.class).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(t.logicalId(vgw.value() + "-attachment"));
    }
}
