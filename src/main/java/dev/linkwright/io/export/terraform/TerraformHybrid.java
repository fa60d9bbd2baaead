package dev.linkwright.io.export.terraform;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.io.export.AwsLocation;
import dev.linkwright.io.export.ResourceNames;
import dev.linkwright.io.export.terraform.TerraformConfig.Block;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.CustomerGateway;
import dev.linkwright.model.DirectConnectConnection;
import dev.linkwright.model.DirectConnectGateway;
import dev.linkwright.model.DirectConnectGatewayAssociation;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.OnPremisesNetwork;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.model.VirtualInterface;
import dev.linkwright.model.VirtualInterfaceType;
import dev.linkwright.model.Vpc;
import dev.linkwright.model.VpnConnection;
import dev.linkwright.model.VpnGateway;
import dev.linkwright.model.VpnRouting;
import java.util.List;
import java.util.Optional;

/**
 * Hybrid connectivity as Terraform: virtual private gateways (attached to their VPC), customer
 * gateways, Site-to-Site VPN connections with static routes, Direct Connect gateways with their
 * associations (a proposal when the gateway belongs to another account) and virtual interfaces.
 * Direct Connect connections are physical: their ids are variables.
 */
final class TerraformHybrid {

    static final long DEFAULT_CUSTOMER_ASN = 65000;
    static final long DEFAULT_AMAZON_ASN = 64512;

    private final TerraformContext ctx;

    TerraformHybrid(TerraformContext ctx) {
        this.ctx = ctx;
    }

    /** The resource type of a virtual interface. */
    static String virtualInterfaceType(Element vif) {
        VirtualInterfaceType type = ((VirtualInterface) vif).type();
        return "aws_dx_" + type.wire() + "_virtual_interface";
    }

    void vpnGateway(VpnGateway vgw) {
        Block b = ctx.resource("aws_vpn_gateway", vgw);
        if (vgw.asn() != null) {
            b.body().put("amazon_side_asn", vgw.asn().toString());
        }
        if (ctx.topology.find(vgw.parent(), Vpc.class).isPresent()) {
            Block att = ctx.part("aws_vpn_gateway_attachment", vgw, "attachment", vgw.label() + " attachment");
            att.body().put("vpc_id", ctx.ref(vgw.parent(), "id"));
            att.body().put("vpn_gateway_id", b.ref("id"));
        }
    }

    void customerGateway(CustomerGateway cgw) {
        Block b = ctx.resource("aws_customer_gateway", cgw);
        long asn = cgw.bgpAsn() != null ? cgw.bgpAsn() : DEFAULT_CUSTOMER_ASN;
        if (cgw.bgpAsn() == null) {
            ctx.summary.notExported(cgw.id(), "BGP ASN", "not in the design; " + DEFAULT_CUSTOMER_ASN + " is written");
        }
        b.body().put("bgp_asn", Long.toString(asn));
        if (cgw.ip() != null) {
            b.body().put("ip_address", cgw.ip().toString());
        }
        b.body().put("type", "ipsec.1");
    }

    void vpnConnection(VpnConnection vpn) {
        Block b = ctx.resource("aws_vpn_connection", vpn);
        ObjectNode body = b.body();
        body.put("customer_gateway_id", ctx.ref(vpn.customerGateway(), "id"));
        boolean viaTgw = ctx.topology.find(vpn.gateway(), TransitGateway.class).isPresent();
        body.put(viaTgw ? "transit_gateway_id" : "vpn_gateway_id", ctx.ref(vpn.gateway(), "id"));
        body.put("type", "ipsec.1");
        body.put("static_routes_only", vpn.routing() == VpnRouting.STATIC);
        if (vpn.routing() == VpnRouting.STATIC && viaTgw) {
            ctx.summary.note("Static routes of " + vpn.id() + " belong in the transit gateway's route tables.");
            return;
        }
        for (Cidr route : vpn.staticRoutes()) {
            Block r = ctx.part("aws_vpn_connection_route", vpn, "route-" + route, vpn.label() + " route " + route);
            r.body().put("vpn_connection_id", b.ref("id"));
            r.body().put("destination_cidr_block", route.toString());
        }
    }

    /** A Direct Connect connection is ordered at a location, not created here: its id is a variable. */
    void connection(DirectConnectConnection dx) {
        String name = connectionVariable(dx);
        ctx.summary.exported(dx, "var." + name);
    }

    private String connectionVariable(DirectConnectConnection dx) {
        String name = ResourceNames.snakeCase(dx.id().value()) + "_connection_id";
        String where = dx.location().isEmpty() ? "" : " at " + dx.location();
        ctx.summary.input("variable", name, "id (dxcon-...) of Direct Connect connection " + dx.id() + where);
        ctx.config.variable(name, "string", "id (dxcon-...) of the Direct Connect connection " + dx.label() + where, null);
        return name;
    }

    void gateway(DirectConnectGateway dxgw) {
        Block b = ctx.resource("aws_dx_gateway", dxgw);
        b.body().put("name", dxgw.label());
        b.body().put("amazon_side_asn", Long.toString(dxgw.asn() != null ? dxgw.asn() : DEFAULT_AMAZON_ASN));
        for (DirectConnectGatewayAssociation a : dxgw.associations()) {
            association(dxgw, b, a);
        }
    }

    private void association(DirectConnectGateway dxgw, Block gatewayBlock, DirectConnectGatewayAssociation a) {
        Element gateway = ctx.topology.get(a.gateway());
        String dxAccount = AwsLocation.of(ctx.topology, dxgw).orElseThrow().accountId();
        String gatewayAccount = AwsLocation.of(ctx.topology, gateway).map(AwsLocation::accountId).orElse(dxAccount);
        Block b = ctx.part("aws_dx_gateway_association", dxgw, "association-" + a.gateway(), dxgw.label() + " association");
        ObjectNode body = b.body();
        body.put("dx_gateway_id", gatewayBlock.ref("id"));
        if (dxAccount.equals(gatewayAccount)) {
            body.put("associated_gateway_id", ctx.ref(a.gateway(), "id"));
            putPrefixes(body, a.allowedPrefixes());
            return;
        }
        Block proposal = ctx.partVia("aws_dx_gateway_association_proposal", dxgw, "proposal-" + a.gateway(),
                dxgw.label() + " proposal", gateway);
        proposal.body().put("dx_gateway_id", gatewayBlock.ref("id"));
        proposal.body().put("dx_gateway_owner_account_id", dxAccount);
        proposal.body().put("associated_gateway_id", ctx.ref(a.gateway(), "id"));
        putPrefixes(proposal.body(), a.allowedPrefixes());
        body.put("proposal_id", proposal.ref("id"));
        body.put("associated_gateway_owner_account_id", gatewayAccount);
    }

    private static void putPrefixes(ObjectNode body, List<Cidr> prefixes) {
        if (prefixes != null) {
            ArrayNode list = body.putArray("allowed_prefixes");
            prefixes.forEach(p -> list.add(p.toString()));
        }
    }

    /** The association of {@code dxgw} with {@code gateway}, when the export writes it. */
    static Optional<String> associationAddress(TerraformContext ctx, DirectConnectGateway dxgw, ElementId gateway) {
        for (DirectConnectGatewayAssociation a : dxgw.associations()) {
            if (a.gateway().equals(gateway)) {
                return Optional.of("aws_dx_gateway_association." + ctx.config.name("aws_dx_gateway_association",
                        dxgw.id().value() + "-association-" + gateway));
            }
        }
        return Optional.empty();
    }

    void virtualInterface(VirtualInterface vif) {
        Block b = ctx.resource(virtualInterfaceType(vif), vif);
        ObjectNode body = b.body();
        DirectConnectConnection dx = ctx.topology.find(vif.parent(), DirectConnectConnection.class).orElseThrow();
        body.put("connection_id", "${var." + connectionVariable(dx) + "}");
        body.put("name", vif.label());
        body.put("address_family", "ipv4");
        body.set("vlan", vif.vlan() != null ? TerraformConfig.nodes().numberNode(vif.vlan())
                : TerraformConfig.nodes().textNode(required(vif, "vlan", "VLAN of virtual interface " + vif.id(), "number")));
        body.set("bgp_asn", vif.asn() != null ? TerraformConfig.nodes().numberNode(vif.asn())
                : TerraformConfig.nodes().textNode(required(vif, "bgp_asn", "customer BGP ASN of virtual interface " + vif.id(), "number")));
        if (vif.type() == VirtualInterfaceType.PUBLIC) {
            publicInterface(vif, body);
        } else if (vif.gateway() != null) {
            boolean toVgw = ctx.topology.find(vif.gateway(), VpnGateway.class).isPresent();
            body.put(toVgw ? "vpn_gateway_id" : "dx_gateway_id", ctx.ref(vif.gateway(), "id"));
        }
    }

    private void publicInterface(VirtualInterface vif, ObjectNode body) {
        body.put("customer_address", required(vif, "customer_address", "customer peer address (CIDR) of " + vif.id(), "string"));
        body.put("amazon_address", required(vif, "amazon_address", "Amazon peer address (CIDR) of " + vif.id(), "string"));
        ArrayNode prefixes = body.putArray("route_filter_prefixes");
        List<Cidr> advertised = vif.customerAdvertised();
        if (advertised == null && vif.network() != null) {
            advertised = ctx.topology.find(vif.network(), OnPremisesNetwork.class).map(OnPremisesNetwork::cidrs).orElse(List.of());
        }
        (advertised == null ? List.<Cidr>of() : advertised).forEach(c -> prefixes.add(c.toString()));
    }

    private String required(VirtualInterface vif, String what, String description, String type) {
        String name = ResourceNames.snakeCase(vif.id().value()) + "_" + what;
        ctx.summary.input("variable", name, description);
        return ctx.config.variable(name, type, description, null);
    }
}
