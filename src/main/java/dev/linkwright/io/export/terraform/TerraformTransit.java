package dev.linkwright.io.export.terraform;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.io.export.AwsLocation;
import dev.linkwright.io.export.terraform.TerraformConfig.Block;
import dev.linkwright.model.DirectConnectGateway;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.TgwRoute;
import dev.linkwright.model.TgwRouteTable;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.model.Vpc;

/**
 * Transit gateways as Terraform: the gateway, its route tables with static routes, attachments
 * (VPC attachments directly; a VPC in another account through a RAM share and an accepter; VPN and
 * Direct Connect attachments through the resources that create them), associations and
 * propagations. An attachment without an association or propagations uses the gateway's defaults.
 */
final class TerraformTransit {

    private final TerraformContext ctx;

    TerraformTransit(TerraformContext ctx) {
        this.ctx = ctx;
    }

    void transitGateway(TransitGateway tgw) {
        Block b = ctx.resource("aws_ec2_transit_gateway", tgw);
        ObjectNode body = b.body();
        body.put("description", tgw.label());
        if (tgw.asn() != null) {
            body.put("amazon_side_asn", tgw.asn());
        }
        body.put("default_route_table_association", tgw.defaultAssociation() ? "enable" : "disable");
        body.put("default_route_table_propagation", tgw.defaultPropagation() ? "enable" : "disable");
        body.put("security_group_referencing_support", tgw.securityGroupReferencing() ? "enable" : "disable");
        if (tgw.defaultPropagation() && tgw.propagationDefaultRouteTable() != null
                && !tgw.propagationDefaultRouteTable().equals(tgw.associationDefaultRouteTable())) {
            ctx.summary.notExported(tgw.id(), "propagation default route table " + tgw.propagationDefaultRouteTable(),
                    "AWS makes one table the default for both association and propagation; change it after apply");
        }
    }

    void routeTable(TgwRouteTable table) {
        TransitGateway tgw = ctx.topology.get(table.parent()) instanceof TransitGateway t ? t : null;
        String tableId;
        if (tgw != null && TerraformContext.isAwsDefaultTable(tgw, table.id())) {
            tableId = ctx.ref(table.id(), "id");
            ctx.summary.exported(table, "aws_ec2_transit_gateway." + ctx.config.name("aws_ec2_transit_gateway", tgw.id().value())
                    + ".association_default_route_table_id");
        } else {
            Block b = ctx.resource("aws_ec2_transit_gateway_route_table", table);
            b.body().put("transit_gateway_id", ctx.ref(table.parent(), "id"));
            tableId = b.ref("id");
        }
        for (TgwRoute route : table.routes()) {
            staticRoute(table, tableId, route);
        }
    }

    private void staticRoute(TgwRouteTable table, String tableId, TgwRoute route) {
        boolean prefixList = route.prefixList() != null;
        String destination = prefixList ? route.prefixList().value() : route.destination().toString();
        String type = prefixList ? "aws_ec2_transit_gateway_prefix_list_reference" : "aws_ec2_transit_gateway_route";
        Block b = ctx.part(type, table, "route-" + destination, table.label() + " route " + destination);
        ObjectNode body = b.body();
        body.put("transit_gateway_route_table_id", tableId);
        if (prefixList) {
            body.put("prefix_list_id", ctx.ref(route.prefixList(), "id"));
        } else {
            body.put("destination_cidr_block", destination);
        }
        if (route.isBlackhole()) {
            body.put("blackhole", true);
        } else {
            body.put("transit_gateway_attachment_id", ctx.ref(route.attachment(), "id"));
        }
    }

    void attachment(TgwAttachment a) {
        TransitGateway tgw = (TransitGateway) ctx.topology.get(a.parent());
        switch (a.type()) {
            case VPC -> vpcAttachment(tgw, a);
            case PEERING -> peeringAttachment(tgw, a);
            case VPN -> ctx.summary.exported(a, "created by aws_vpn_connection " + a.resource());
            case DIRECT_CONNECT_GATEWAY -> dxAttachment(tgw, a);
            default -> {
                ctx.summary.notExported(a, "Terraform export does not cover " + a.type().wire() + " attachments");
                return;
            }
        }
        associationAndPropagations(tgw, a);
    }

    private void vpcAttachment(TransitGateway tgw, TgwAttachment a) {
        Vpc vpc = ctx.topology.find(a.resource(), Vpc.class).orElseThrow();
        boolean crossAccount = ctx.crossAccountVpcAttachment(a);
        Block b = crossAccount
                ? ctx.config.resource("aws_ec2_transit_gateway_vpc_attachment", a.id().value(), ctx.providerOf(vpc), a, a.label())
                : ctx.resource("aws_ec2_transit_gateway_vpc_attachment", a);
        ObjectNode body = b.body();
        body.put("transit_gateway_id", ctx.ref(tgw.id(), "id"));
        body.put("vpc_id", ctx.ref(vpc.id(), "id"));
        ArrayNode subnets = body.putArray("subnet_ids");
        a.subnets().forEach(s -> subnets.add(ctx.ref(s, "id")));
        body.put("appliance_mode_support", a.applianceMode() ? "enable" : "disable");
        if (a.securityGroupReferencing() != null) {
            body.put("security_group_referencing_support", a.securityGroupReferencing() ? "enable" : "disable");
        }
        if (crossAccount) {
            ctx.summary.exported(a, b.address());
            shareWith(tgw, vpc, body);
            Block accepter = ctx.resource("aws_ec2_transit_gateway_vpc_attachment_accepter", a);
            accepter.body().put("transit_gateway_attachment_id", b.ref("id"));
            putDefaults(accepter.body(), tgw, a);
        } else {
            putDefaults(body, tgw, a);
        }
    }

    private void putDefaults(ObjectNode body, TransitGateway tgw, TgwAttachment a) {
        body.put("transit_gateway_default_route_table_association", tgw.defaultAssociation() && a.association() == null);
        body.put("transit_gateway_default_route_table_propagation", tgw.defaultPropagation() && a.propagations() == null);
    }

    /** A transit gateway used from another account is shared with it through AWS RAM. */
    private void shareWith(TransitGateway tgw, Vpc vpc, ObjectNode attachmentBody) {
        String share = "aws_ram_resource_share." + ctx.config.name("aws_ram_resource_share", tgw.id().value() + "-share");
        if (!ctx.config.hasResource("aws_ram_resource_share", share.substring(share.indexOf('.') + 1))) {
            Block s = ctx.part("aws_ram_resource_share", tgw, "share", tgw.label() + " share");
            s.body().put("name", tgw.label());
            s.body().put("allow_external_principals", true);
            Block r = ctx.part("aws_ram_resource_association", tgw, "share-tgw", tgw.label() + " share");
            r.body().put("resource_arn", ctx.ref(tgw.id(), "arn"));
            r.body().put("resource_share_arn", s.ref("arn"));
            ctx.summary.note("Transit gateway " + tgw.id() + " is shared through AWS RAM; outside an AWS Organization with sharing"
                    + " enabled, each account accepts the share first (aws_ram_resource_share_accepter).");
        }
        String account = AwsLocation.of(ctx.topology, vpc).orElseThrow().accountId();
        String principal = "share-" + account;
        String principalName = ctx.config.name("aws_ram_principal_association", tgw.id().value() + "-" + principal);
        if (!ctx.config.hasResource("aws_ram_principal_association", principalName)) {
            Block p = ctx.part("aws_ram_principal_association", tgw, principal, tgw.label() + " share " + account);
            p.body().put("principal", account);
            p.body().put("resource_share_arn", "${" + share + ".arn}");
        }
        ArrayNode deps = attachmentBody.putArray("depends_on");
        deps.add("aws_ram_principal_association." + principalName);
        deps.add("aws_ram_resource_association." + ctx.config.name("aws_ram_resource_association", tgw.id().value() + "-share-tgw"));
    }

    private void peeringAttachment(TransitGateway tgw, TgwAttachment a) {
        Block b = ctx.resource("aws_ec2_transit_gateway_peering_attachment", a);
        ObjectNode body = b.body();
        body.put("transit_gateway_id", ctx.ref(tgw.id(), "id"));
        body.put("peer_transit_gateway_id", ctx.ref(a.resource(), "id"));
        Element peer = ctx.topology.find(a.resource()).orElse(null);
        AwsLocation at = peer == null ? null : AwsLocation.of(ctx.topology, peer).orElse(null);
        if (at != null && ctx.creates(peer)) {
            body.put("peer_account_id", at.accountId());
            body.put("peer_region", at.region());
            Block accepter = ctx.partVia("aws_ec2_transit_gateway_peering_attachment_accepter", a, "accepter",
                    a.label() + " (accepter)", peer);
            accepter.body().put("transit_gateway_attachment_id", b.ref("id"));
        } else {
            String base = dev.linkwright.io.export.ResourceNames.snakeCase(a.resource().value());
            body.put("peer_account_id", ctx.config.variable(base + "_account_id", "string", "account of the peer transit gateway " + a.resource(), null));
            body.put("peer_region", ctx.config.variable(base + "_region", "string", "Region of the peer transit gateway " + a.resource(), null));
            ctx.summary.input("variable", base + "_account_id", "account of the peer transit gateway " + a.resource());
            ctx.summary.input("variable", base + "_region", "Region of the peer transit gateway " + a.resource());
            ctx.summary.note("The peer side accepts transit gateway peering " + a.id() + " itself.");
        }
    }

    /** A Direct Connect gateway attachment exists once the gateway association does; it is read back as data. */
    private void dxAttachment(TransitGateway tgw, TgwAttachment a) {
        Block d = ctx.config.data("aws_ec2_transit_gateway_dx_gateway_attachment", a.id().value(), ctx.providerOf(tgw));
        d.body().put("transit_gateway_id", ctx.ref(tgw.id(), "id"));
        d.body().put("dx_gateway_id", ctx.ref(a.resource(), "id"));
        ctx.topology.find(a.resource(), DirectConnectGateway.class).filter(ctx::creates)
                .flatMap(dxgw -> TerraformHybrid.associationAddress(ctx, dxgw, tgw.id()))
                .ifPresent(dep -> d.body().putArray("depends_on").add(dep));
        ctx.summary.exported(a, d.address());
    }

    private void associationAndPropagations(TransitGateway tgw, TgwAttachment a) {
        String attachmentId = ctx.ref(a.id(), "id");
        if (a.association() != null) {
            Block b = ctx.part("aws_ec2_transit_gateway_route_table_association", a, "association", a.label() + " association");
            b.body().put("transit_gateway_attachment_id", attachmentId);
            b.body().put("transit_gateway_route_table_id", ctx.ref(a.association(), "id"));
        }
        if (a.propagations() != null) {
            for (ElementId table : a.propagations()) {
                Block b = ctx.part("aws_ec2_transit_gateway_route_table_propagation", a, "propagation-" + table,
                        a.label() + " propagation");
                b.body().put("transit_gateway_attachment_id", attachmentId);
                b.body().put("transit_gateway_route_table_id", ctx.ref(table, "id"));
            }
        }
    }
}
