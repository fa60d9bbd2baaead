package dev.linkwright.io.export.cloudformation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.Element;
import dev.linkwright.model.InternetGateway;
import dev.linkwright.model.NatConnectivity;
import dev.linkwright.model.NatGateway;
import dev.linkwright.model.NetworkAcl;
import dev.linkwright.model.NetworkAclRule;
import dev.linkwright.model.Placement;
import dev.linkwright.model.PrefixList;
import dev.linkwright.model.Protocol;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.Vpc;
import java.util.List;
import java.util.Optional;

/**
 * VPCs and what lives directly in them as CloudFormation: CIDR blocks, subnets, network ACLs,
 * internet and NAT gateways, prefix lists. CloudFormation cannot manage a VPC's default network
 * ACL, so a modelled default ACL becomes an ACL of its own associated with the subnets that use it.
 */
final class CfnNetwork {

    private final CfnContext ctx;

    CfnNetwork(CfnContext ctx) {
        this.ctx = ctx;
    }

    void vpc(Vpc vpc) {
        CfnResource r = ctx.resource("AWS::EC2::VPC", vpc);
        if (!vpc.cidrBlocks().isEmpty()) {
            r.properties.put("CidrBlock", vpc.cidrBlocks().get(0).toString());
        }
        r.properties.put("EnableDnsSupport", vpc.dnsSupport());
        r.properties.put("EnableDnsHostnames", vpc.dnsHostnames());
        for (int i = 1; i < vpc.cidrBlocks().size(); i++) {
            CfnResource block = ctx.part("AWS::EC2::VPCCidrBlock", vpc, "cidr-" + vpc.cidrBlocks().get(i), "");
            block.properties.set("VpcId", r.ref());
            block.properties.put("CidrBlock", vpc.cidrBlocks().get(i).toString());
        }
        if (!vpc.ipv6CidrBlocks().isEmpty()) {
            CfnResource block = ctx.part("AWS::EC2::VPCCidrBlock", vpc, "ipv6", "");
            block.properties.set("VpcId", r.ref());
            block.properties.put("AmazonProvidedIpv6CidrBlock", true);
            ctx.summary.notExported(vpc.id(), "IPv6 blocks " + vpc.ipv6CidrBlocks(),
                    "AWS assigns an Amazon-provided IPv6 block; the template asks for one instead of naming it");
        }
    }

    void subnet(Subnet subnet) {
        CfnResource r = ctx.resource("AWS::EC2::Subnet", subnet);
        CfnTemplate t = ctx.templateOf(subnet);
        Vpc vpc = Placement.vpcOf(ctx.topology, subnet.id()).orElseThrow();
        r.properties.set("VpcId", ctx.id(t, vpc.id()));
        if (subnet.cidr() != null) {
            r.properties.put("CidrBlock", subnet.cidr().toString());
            for (int i = 1; i < vpc.cidrBlocks().size(); i++) {
                if (vpc.cidrBlocks().get(i).contains(subnet.cidr())) {
                    r.dependOn(t.logicalId(vpc.id().value() + "-cidr-" + vpc.cidrBlocks().get(i)));
                }
            }
        }
        if (subnet.ipv6Cidr() != null) {
            ctx.summary.notExported(subnet.id(), "IPv6 block " + subnet.ipv6Cidr(), "carve it from the VPC's Amazon-provided block after it exists");
        }
        String zoneId = Placement.zoneIdOf(ctx.topology, subnet.id());
        if (zoneId != null) {
            r.properties.put("AvailabilityZoneId", zoneId);
        } else if (Placement.zoneNameOf(ctx.topology, subnet.id()) != null) {
            r.properties.put("AvailabilityZone", Placement.zoneNameOf(ctx.topology, subnet.id()));
        }
        Placement.routeTableOf(ctx.topology, subnet).filter(rt -> ctx.scope.includes(rt.id())).ifPresent(rt -> {
            CfnResource assoc = ctx.part("AWS::EC2::SubnetRouteTableAssociation", subnet, "route-table", "");
            assoc.properties.set("SubnetId", r.ref());
            assoc.properties.set("RouteTableId", ctx.id(t, rt.id()));
            if (subnet.routeTable() == null) {
                ctx.summary.note("CloudFormation cannot replace a VPC's main route table: subnets that use the main table ("
                        + rt.id() + ") are associated with it explicitly.");
            }
        });
        Placement.networkAclOf(ctx.topology, subnet).filter(acl -> ctx.scope.includes(acl.id())).ifPresent(acl -> {
            CfnResource assoc = ctx.part("AWS::EC2::SubnetNetworkAclAssociation", subnet, "network-acl", "");
            assoc.properties.set("SubnetId", r.ref());
            assoc.properties.set("NetworkAclId", ctx.id(t, acl.id()));
        });
    }

    void networkAcl(NetworkAcl acl) {
        CfnResource r = ctx.resource("AWS::EC2::NetworkAcl", acl);
        r.properties.set("VpcId", ctx.id(ctx.templateOf(acl), acl.parent()));
        if (acl.defaultAcl()) {
            ctx.summary.note("CloudFormation cannot manage a VPC's default network ACL: " + acl.id()
                    + " is created as an ACL of its own and associated with the subnets that use it.");
        }
        entries(acl, r, acl.ingress(), false);
        entries(acl, r, acl.egress(), true);
    }

    private void entries(NetworkAcl acl, CfnResource table, List<NetworkAclRule> rules, boolean egress) {
        for (NetworkAclRule rule : rules) {
            String direction = egress ? "egress" : "ingress";
            CfnResource e = ctx.part("AWS::EC2::NetworkAclEntry", acl, direction + "-" + rule.number(), "");
            ObjectNode p = e.properties;
            p.set("NetworkAclId", table.ref());
            p.put("RuleNumber", rule.number());
            p.put("Protocol", rule.protocol().number());
            p.put("RuleAction", rule.action().wire());
            p.put("Egress", egress);
            if (rule.cidr() != null) {
                p.put("CidrBlock", rule.cidr().toString());
            } else {
                p.put("Ipv6CidrBlock", rule.ipv6Cidr().toString());
            }
            if (rule.protocol().hasPorts()) {
                p.putObject("PortRange").put("From", rule.ports().from()).put("To", rule.ports().to());
            } else if (rule.protocol() == Protocol.ICMP) {
                p.putObject("Icmp").put("Code", -1).put("Type", -1);
            }
        }
    }

    void internetGateway(InternetGateway igw) {
        ctx.resource("AWS::EC2::InternetGateway", igw);
        CfnResource attach = ctx.part("AWS::EC2::VPCGatewayAttachment", igw, "attachment", "");
        CfnTemplate t = ctx.templateOf(igw);
        attach.properties.set("VpcId", ctx.id(t, igw.parent()));
        attach.properties.set("InternetGatewayId", Cfn.ref(t.logicalId(igw.id().value())));
    }

    /** The attachment of the VPC's internet gateway, which public NAT gateways and IGW routes wait for. */
    Optional<String> internetGatewayAttachment(Element inVpc) {
        Optional<Vpc> vpc = Placement.vpcOf(ctx.topology, inVpc.id());
        if (vpc.isEmpty()) {
            return Optional.empty();
        }
        for (Element e : ctx.topology.children(vpc.get().id())) {
            if (e instanceof InternetGateway && ctx.creates(e) && ctx.templateOf(e) == ctx.templateOf(inVpc)) {
                return Optional.of(ctx.templateOf(e).logicalId(e.id().value() + "-attachment"));
            }
        }
        return Optional.empty();
    }

    void natGateway(NatGateway nat) {
        CfnResource r = ctx.resource("AWS::EC2::NatGateway", nat);
        CfnTemplate t = ctx.templateOf(nat);
        r.properties.set("SubnetId", ctx.id(t, nat.parent()));
        r.properties.put("ConnectivityType", nat.connectivity().wire());
        if (nat.privateIp() != null) {
            r.properties.put("PrivateIpAddress", nat.privateIp().toString());
        }
        if (nat.connectivity() == NatConnectivity.PUBLIC) {
            CfnResource eip = ctx.part("AWS::EC2::EIP", nat, "eip", nat.label() + " Elastic IP");
            eip.properties.put("Domain", "vpc");
            r.properties.set("AllocationId", eip.att("AllocationId"));
            internetGatewayAttachment(nat).ifPresent(r::dependOn);
            if (nat.elasticIp() != null) {
                ctx.summary.notExported(nat.id(), "Elastic IP " + nat.elasticIp(), "AWS allocates the address; the template allocates a new one");
            }
        }
    }

    void prefixList(PrefixList list) {
        if (list.awsManaged()) {
            ctx.summary.exported(list, "parameter (AWS-managed lists are looked up, not created)");
            return;
        }
        CfnResource r = ctx.resource("AWS::EC2::PrefixList", list);
        r.properties.put("PrefixListName", list.label());
        r.properties.put("AddressFamily", "IPv4");
        r.properties.put("MaxEntries", Math.max(1, list.cidrs().size()));
        ArrayNode entries = r.properties.putArray("Entries");
        for (Cidr c : list.cidrs()) {
            entries.addObject().put("Cidr", c.toString());
        }
    }
}
