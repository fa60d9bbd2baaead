package dev.linkwright.io.export.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.io.export.AwsLocation;
import dev.linkwright.io.export.cloudformation.CfnContext.Attr;
import dev.linkwright.model.AttachmentType;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.CustomerGateway;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.PeeringState;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.TgwRoute;
import dev.linkwright.model.TgwRouteTable;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.model.Vpc;
import dev.linkwright.model.VpnConnection;
import dev.linkwright.model.VpnGateway;
import dev.linkwright.model.VpnRouting;
import java.util.ArrayList;
import java.util.List;

/**
 * Peering, transit gateways and VPN as CloudFormation. Cross-account peering gets an IAM role in
 * the accepter's stack that the requester's stack names as {@code PeerRoleArn}. Transit gateway
 * defaults become explicit associations and propagations (CloudFormation cannot name the default
 * route table AWS creates); attachments from other accounts arrive through a RAM share.
 */
final class CfnConnectivity {

    static final long DEFAULT_CUSTOMER_ASN = 65000;

    private final CfnContext ctx;

    CfnConnectivity(CfnContext ctx) {
        this.ctx = ctx;
    }

    void peering(PeeringConnection pcx) {
        Element requester = ctx.topology.get(pcx.requesterVpc());
        Element accepter = ctx.topology.get(pcx.accepterVpc());
        AwsLocation from = AwsLocation.of(ctx.topology, requester).orElseThrow();
        AwsLocation to = AwsLocation.of(ctx.topology, accepter).orElseThrow();
        CfnResource r = ctx.resourceIn("AWS::EC2::VPCPeeringConnection", pcx, requester);
        CfnTemplate t = ctx.templateOf(requester);
        r.properties.set("VpcId", ctx.id(t, requester.id()));
        r.properties.set("PeerVpcId", ctx.id(t, accepter.id()));
        if (!from.region().equals(to.region())) {
            r.properties.put("PeerRegion", to.region());
        }
        if (from.accountId().equals(to.accountId())) {
            return;
        }
        r.properties.put("PeerOwnerId", to.accountId());
        if (pcx.state() != PeeringState.ACTIVE) {
            ctx.summary.notExported(pcx.id(), "acceptance", "the connection is " + pcx.state().wire() + ": requested, not accepted");
            return;
        }
        CfnTemplate accepterStack = ctx.templateOf(accepter);
        CfnResource role = ctx.partIn("AWS::IAM::Role", pcx, "accepter-role", pcx.label() + " accepter", accepter);
        role.properties.set("AssumeRolePolicyDocument", policy("sts:AssumeRole", "arn:aws:iam::" + from.accountId() + ":root"));
        ObjectNode inline = role.properties.putArray("Policies").addObject();
        inline.put("PolicyName", "accept-vpc-peering");
        inline.set("PolicyDocument", policy("ec2:AcceptVpcPeeringConnection", null));
        r.properties.set("PeerRoleArn", ctx.crossStack(t, accepterStack, pcx.id().value() + "-accepter-role-arn",
                role.att("Arn"), "role " + accepterStack.stackName + " lets " + from.accountId() + " accept peering " + pcx.id()));
        ctx.summary.note("Stack " + accepterStack.stackName + " creates an IAM role (deploy it with --capabilities CAPABILITY_IAM).");
    }

    /** An IAM policy with one Allow statement: for a principal (trust policy) or on every resource. */
    private static ObjectNode policy(String action, String principalArn) {
        ObjectNode doc = Cfn.NODES.objectNode();
        doc.put("Version", "2012-10-17");
        ObjectNode statement = doc.putArray("Statement").addObject();
        statement.put("Effect", "Allow");
        if (principalArn != null) {
            statement.putObject("Principal").put("AWS", principalArn);
        } else {
            statement.put("Resource", "*");
        }
        statement.put("Action", action);
        return doc;
    }

    void transitGateway(TransitGateway tgw) {
        CfnResource r = ctx.resource("AWS::EC2::TransitGateway", tgw);
        ObjectNode p = r.properties;
        p.put("Description", tgw.label());
        if (tgw.asn() != null) {
            p.put("AmazonSideAsn", tgw.asn());
        }
        p.put("DefaultRouteTableAssociation", "disable");
        p.put("DefaultRouteTablePropagation", "disable");
        p.put("SecurityGroupReferencingSupport", tgw.securityGroupReferencing() ? "enable" : "disable");
        p.put("AutoAcceptSharedAttachments", hasCrossAccountAttachments(tgw) ? "enable" : "disable");
        if (tgw.defaultAssociation() || tgw.defaultPropagation()) {
            ctx.summary.note("Transit gateway " + tgw.id() + ": CloudFormation cannot name the default route table AWS creates, so "
                    + "default association and propagation are written as explicit associations and propagations.");
        }
    }

    private boolean hasCrossAccountAttachments(TransitGateway tgw) {
        for (TgwAttachment a : ctx.topology.all(TgwAttachment.class)) {
            if (tgw.id().equals(a.parent()) && ctx.scope.includes(a.id()) && crossAccount(a)) {
                return true;
            }
        }
        return false;
    }

    private boolean crossAccount(TgwAttachment a) {
        if (a.type() != AttachmentType.VPC) {
            return false;
        }
        return ctx.topology.find(a.resource(), Vpc.class).map(v -> ctx.templateOf(v) != ctx.templateOf(a)).orElse(false);
    }

    void routeTable(TgwRouteTable table) {
        CfnResource r = ctx.resource("AWS::EC2::TransitGatewayRouteTable", table);
        CfnTemplate t = ctx.templateOf(table);
        r.properties.set("TransitGatewayId", ctx.id(t, table.parent()));
        for (TgwRoute route : table.routes()) {
            if (route.prefixList() != null) {
                ctx.summary.notExported(table.id(), "route to prefix list " + route.prefixList(),
                        "the template covers CIDR routes only; add a prefix list reference after deploying");
                continue;
            }
            CfnResource rr = ctx.part("AWS::EC2::TransitGatewayRoute", table, "route-" + route.destination(), "");
            rr.properties.set("TransitGatewayRouteTableId", r.ref());
            rr.properties.put("DestinationCidrBlock", route.destination().toString());
            if (route.isBlackhole()) {
                rr.properties.put("Blackhole", true);
            } else {
                rr.properties.set("TransitGatewayAttachmentId", ctx.id(t, route.attachment()));
            }
        }
    }

    void attachment(TgwAttachment a) {
        TransitGateway tgw = (TransitGateway) ctx.topology.get(a.parent());
        switch (a.type()) {
            case VPC -> vpcAttachment(tgw, a);
            case PEERING -> peeringAttachment(tgw, a);
            case VPN -> ctx.summary.exported(a, "created by the VPN connection " + a.resource());
            case DIRECT_CONNECT_GATEWAY -> ctx.summary.exported(a, "created by the Direct Connect gateway association (not in CloudFormation)");
            default -> {
                ctx.summary.notExported(a, "CloudFormation export does not cover " + a.type().wire() + " attachments");
                return;
            }
        }
        associationAndPropagations(tgw, a);
    }

    private void vpcAttachment(TransitGateway tgw, TgwAttachment a) {
        Vpc vpc = ctx.topology.find(a.resource(), Vpc.class).orElseThrow();
        CfnResource r = ctx.resourceIn("AWS::EC2::TransitGatewayVpcAttachment", a, vpc);
        CfnTemplate t = ctx.templateOf(vpc);
        r.properties.set("TransitGatewayId", ctx.id(t, tgw.id()));
        r.properties.set("VpcId", ctx.id(t, vpc.id()));
        ArrayNode subnets = r.properties.putArray("SubnetIds");
        a.subnets().forEach(s -> subnets.add(ctx.id(t, s)));
        ObjectNode options = r.properties.putObject("Options");
        options.put("ApplianceModeSupport", a.applianceMode() ? "enable" : "disable");
        if (a.securityGroupReferencing() != null) {
            options.put("SecurityGroupReferencingSupport", a.securityGroupReferencing() ? "enable" : "disable");
        }
        if (crossAccount(a)) {
            share(tgw, AwsLocation.of(ctx.topology, vpc).orElseThrow().accountId());
        }
    }

    /** One RAM share per transit gateway, listing every account that attaches to it. */
    private void share(TransitGateway tgw, String account) {
        CfnResource share = ctx.part("AWS::RAM::ResourceShare", tgw, "share", tgw.label() + " share");
        if (!share.properties.has("Name")) {
            share.properties.put("Name", tgw.label());
            share.properties.put("AllowExternalPrincipals", true);
            share.properties.putArray("ResourceArns").add(ctx.value(ctx.templateOf(tgw), tgw.id(), Attr.ARN));
            share.properties.putArray("Principals");
            ctx.summary.note("Transit gateway " + tgw.id() + " is shared through AWS RAM; outside an AWS Organization with "
                    + "sharing enabled, each account accepts the share before its attachment is created.");
        }
        ArrayNode principals = (ArrayNode) share.properties.get("Principals");
        if (!principals.toString().contains("\"" + account + "\"")) {
            principals.add(account);
        }
    }

    private void peeringAttachment(TransitGateway tgw, TgwAttachment a) {
        CfnResource r = ctx.resource("AWS::EC2::TransitGatewayPeeringAttachment", a);
        CfnTemplate t = ctx.templateOf(a);
        r.properties.set("TransitGatewayId", ctx.id(t, tgw.id()));
        r.properties.set("PeerTransitGatewayId", ctx.id(t, a.resource()));
        Element peer = ctx.topology.find(a.resource()).orElse(null);
        AwsLocation at = peer == null ? null : AwsLocation.of(ctx.topology, peer).orElse(null);
        if (at != null) {
            r.properties.put("PeerAccountId", at.accountId());
            r.properties.put("PeerRegion", at.region());
        } else {
            r.properties.set("PeerAccountId", Cfn.ref(t.requiredParameter(a.resource() + "-account-id", "String",
                    "account of the peer transit gateway " + a.resource())));
            r.properties.set("PeerRegion", Cfn.ref(t.requiredParameter(a.resource() + "-region", "String",
                    "Region of the peer transit gateway " + a.resource())));
        }
        ctx.summary.note("Transit gateway peering " + a.id() + " must be accepted on the peer side (aws ec2 "
                + "accept-transit-gateway-peering-attachment): CloudFormation has no accepter resource.");
    }

    /** Associations and propagations live with the route tables, in the transit gateway's stack. */
    private void associationAndPropagations(TransitGateway tgw, TgwAttachment a) {
        CfnTemplate t = ctx.templateOf(tgw);
        JsonNode association = effectiveAssociation(tgw, a);
        if (association != null) {
            CfnResource r = ctx.part("AWS::EC2::TransitGatewayRouteTableAssociation", a, "association", "");
            r.properties.set("TransitGatewayAttachmentId", ctx.id(t, a.id()));
            r.properties.set("TransitGatewayRouteTableId", association);
        }
        List<JsonNode> propagations = effectivePropagations(tgw, a);
        for (int i = 0; i < propagations.size(); i++) {
            CfnResource r = ctx.part("AWS::EC2::TransitGatewayRouteTablePropagation", a, "propagation-" + (i + 1), "");
            r.properties.set("TransitGatewayAttachmentId", ctx.id(t, a.id()));
            r.properties.set("TransitGatewayRouteTableId", propagations.get(i));
        }
    }

    private JsonNode effectiveAssociation(TransitGateway tgw, TgwAttachment a) {
        if (a.association() != null) {
            return ctx.id(ctx.templateOf(tgw), a.association());
        }
        return tgw.defaultAssociation() ? defaultTable(tgw, tgw.associationDefaultRouteTable()) : null;
    }

    private List<JsonNode> effectivePropagations(TransitGateway tgw, TgwAttachment a) {
        List<JsonNode> tables = new ArrayList<>();
        if (a.propagations() != null) {
            for (ElementId table : a.propagations()) {
                tables.add(ctx.id(ctx.templateOf(tgw), table));
            }
        } else if (tgw.defaultPropagation()) {
            ElementId named = tgw.propagationDefaultRouteTable() != null ? tgw.propagationDefaultRouteTable()
                    : tgw.associationDefaultRouteTable();
            tables.add(defaultTable(tgw, named));
        }
        return tables;
    }

    /** The modelled default table, or one created to stand for the table AWS would have made. */
    private JsonNode defaultTable(TransitGateway tgw, ElementId named) {
        CfnTemplate t = ctx.templateOf(tgw);
        if (named != null) {
            return ctx.id(t, named);
        }
        CfnResource table = ctx.part("AWS::EC2::TransitGatewayRouteTable", tgw, "default-route-table", tgw.label() + " default");
        table.properties.set("TransitGatewayId", Cfn.ref(t.logicalId(tgw.id().value())));
        return table.ref();
    }

    void vpnGateway(VpnGateway vgw) {
        CfnResource r = ctx.resource("AWS::EC2::VPNGateway", vgw);
        r.properties.put("Type", "ipsec.1");
        if (vgw.asn() != null) {
            r.properties.put("AmazonSideAsn", vgw.asn());
        }
        if (ctx.topology.find(vgw.parent(), Vpc.class).isPresent()) {
            CfnResource attach = ctx.part("AWS::EC2::VPCGatewayAttachment", vgw, "attachment", "");
            attach.properties.set("VpcId", ctx.id(ctx.templateOf(vgw), vgw.parent()));
            attach.properties.set("VpnGatewayId", r.ref());
        }
    }

    void customerGateway(CustomerGateway cgw) {
        CfnResource r = ctx.resource("AWS::EC2::CustomerGateway", cgw);
        if (cgw.bgpAsn() == null) {
            ctx.summary.notExported(cgw.id(), "BGP ASN", "not in the design; " + DEFAULT_CUSTOMER_ASN + " is written");
        }
        r.properties.put("BgpAsn", cgw.bgpAsn() != null ? cgw.bgpAsn() : DEFAULT_CUSTOMER_ASN);
        if (cgw.ip() != null) {
            r.properties.put("IpAddress", cgw.ip().toString());
        }
        r.properties.put("Type", "ipsec.1");
    }

    void vpnConnection(VpnConnection vpn) {
        CfnResource r = ctx.resource("AWS::EC2::VPNConnection", vpn);
        CfnTemplate t = ctx.templateOf(vpn);
        r.properties.set("CustomerGatewayId", ctx.id(t, vpn.customerGateway()));
        boolean viaTgw = ctx.topology.find(vpn.gateway(), TransitGateway.class).isPresent();
        r.properties.set(viaTgw ? "TransitGatewayId" : "VpnGatewayId", ctx.id(t, vpn.gateway()));
        r.properties.put("Type", "ipsec.1");
        r.properties.put("StaticRoutesOnly", vpn.routing() == VpnRouting.STATIC);
        if (viaTgw) {
            if (!vpn.staticRoutes().isEmpty()) {
                ctx.summary.note("Static routes of " + vpn.id() + " belong in the transit gateway's route tables.");
            }
            return;
        }
        for (Cidr route : vpn.staticRoutes()) {
            CfnResource rr = ctx.part("AWS::EC2::VPNConnectionRoute", vpn, "route-" + route, "");
            rr.properties.put("DestinationCidrBlock", route.toString());
            rr.properties.set("VpnConnectionId", r.ref());
        }
    }
}
