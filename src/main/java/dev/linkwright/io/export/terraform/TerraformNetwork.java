package dev.linkwright.io.export.terraform;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.io.export.terraform.TerraformConfig.Block;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
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
 * VPCs and what lives directly in them as Terraform: CIDR blocks, subnets, network ACLs,
 * internet and NAT gateways, prefix lists. Route tables and security groups have their own writers.
 */
final class TerraformNetwork {

    private final TerraformContext ctx;

    TerraformNetwork(TerraformContext ctx) {
        this.ctx = ctx;
    }

    void vpc(Vpc vpc) {
        Block b = ctx.resource("aws_vpc", vpc);
        if (!vpc.cidrBlocks().isEmpty()) {
            b.body().put("cidr_block", vpc.cidrBlocks().get(0).toString());
        }
        b.body().put("enable_dns_support", vpc.dnsSupport());
        b.body().put("enable_dns_hostnames", vpc.dnsHostnames());
        if (!vpc.ipv6CidrBlocks().isEmpty()) {
            b.body().put("assign_generated_ipv6_cidr_block", true);
            ctx.summary.notExported(vpc.id(), "IPv6 blocks " + vpc.ipv6CidrBlocks(),
                    "AWS assigns an Amazon-provided IPv6 block; the configuration asks for one instead of naming it");
        }
        for (int i = 1; i < vpc.cidrBlocks().size(); i++) {
            Cidr block = vpc.cidrBlocks().get(i);
            Block assoc = ctx.part("aws_vpc_ipv4_cidr_block_association", vpc, "cidr-" + block, vpc.label() + " " + block);
            assoc.body().put("vpc_id", b.ref("id"));
            assoc.body().put("cidr_block", block.toString());
        }
    }

    void subnet(Subnet subnet) {
        Block b = ctx.resource("aws_subnet", subnet);
        Vpc vpc = Placement.vpcOf(ctx.topology, subnet.id()).orElseThrow();
        b.body().put("vpc_id", ctx.ref(vpc.id(), "id"));
        if (subnet.cidr() != null) {
            b.body().put("cidr_block", subnet.cidr().toString());
            secondaryBlockDependency(vpc, subnet.cidr()).ifPresent(dep -> b.body().putArray("depends_on").add(dep));
        }
        if (subnet.ipv6Cidr() != null) {
            ctx.summary.notExported(subnet.id(), "IPv6 block " + subnet.ipv6Cidr(), "carve the subnet's IPv6 block from the VPC's Amazon-provided block after it exists");
        }
        putZone(b.body(), subnet.id());
        if (subnet.routeTable() != null) {
            Block assoc = ctx.part("aws_route_table_association", subnet, "route-table", subnet.label() + " route table");
            assoc.body().put("subnet_id", b.ref("id"));
            assoc.body().put("route_table_id", ctx.ref(subnet.routeTable(), "id"));
        }
        if (subnet.networkAcl() != null && !isDefaultAcl(subnet.networkAcl())) {
            Block assoc = ctx.part("aws_network_acl_association", subnet, "network-acl", subnet.label() + " network ACL");
            assoc.body().put("subnet_id", b.ref("id"));
            assoc.body().put("network_acl_id", ctx.ref(subnet.networkAcl(), "id"));
        }
    }

    /** AZ ids name the same physical zone in every account, so they are preferred over names. */
    private void putZone(ObjectNode body, ElementId subnet) {
        String zoneId = Placement.zoneIdOf(ctx.topology, subnet);
        if (zoneId != null) {
            body.put("availability_zone_id", zoneId);
        } else {
            String name = Placement.zoneNameOf(ctx.topology, subnet);
            if (name != null) {
                body.put("availability_zone", name);
            }
        }
    }

    private Optional<String> secondaryBlockDependency(Vpc vpc, Cidr subnetBlock) {
        for (int i = 1; i < vpc.cidrBlocks().size(); i++) {
            Cidr block = vpc.cidrBlocks().get(i);
            if (block.contains(subnetBlock) && ctx.creates(vpc)) {
                String name = ctx.config.name("aws_vpc_ipv4_cidr_block_association", vpc.id().value() + "-cidr-" + block);
                return Optional.of("aws_vpc_ipv4_cidr_block_association." + name);
            }
        }
        return Optional.empty();
    }

    private boolean isDefaultAcl(ElementId acl) {
        return ctx.topology.find(acl, NetworkAcl.class).map(NetworkAcl::defaultAcl).orElse(false);
    }

    void networkAcl(NetworkAcl acl) {
        if (acl.defaultAcl()) {
            defaultNetworkAcl(acl);
            return;
        }
        Block b = ctx.resource("aws_network_acl", acl);
        b.body().put("vpc_id", ctx.ref(acl.parent(), "id"));
        aclRules(acl, b, acl.ingress(), false);
        aclRules(acl, b, acl.egress(), true);
    }

    private void aclRules(NetworkAcl acl, Block table, List<NetworkAclRule> rules, boolean egress) {
        for (NetworkAclRule r : rules) {
            String direction = egress ? "egress" : "ingress";
            Block b = ctx.part("aws_network_acl_rule", acl, direction + "-" + r.number(), acl.label() + " " + direction + " " + r.number());
            ObjectNode body = b.body();
            body.put("network_acl_id", table.ref("id"));
            body.put("rule_number", r.number());
            body.put("egress", egress);
            body.put("protocol", protocol(r.protocol()));
            body.put("rule_action", r.action().wire());
            putAclCidr(body, r);
            if (r.protocol().hasPorts()) {
                body.put("from_port", r.ports().from());
                body.put("to_port", r.ports().to());
            } else if (r.protocol() == Protocol.ICMP) {
                body.put("icmp_type", -1);
                body.put("icmp_code", -1);
            }
        }
    }

    private static void putAclCidr(ObjectNode body, NetworkAclRule r) {
        if (r.cidr() != null) {
            body.put("cidr_block", r.cidr().toString());
        } else {
            body.put("ipv6_cidr_block", r.ipv6Cidr().toString());
        }
    }

    /** The default ACL is adopted (aws_default_network_acl) with its rules written inline. */
    private void defaultNetworkAcl(NetworkAcl acl) {
        Block b = ctx.resource("aws_default_network_acl", acl);
        b.body().put("default_network_acl_id", ctx.ref(acl.parent(), "default_network_acl_id"));
        inlineRules(b.body().putArray("ingress"), acl.ingress());
        inlineRules(b.body().putArray("egress"), acl.egress());
        // every subnet that uses the default ACL, named or implied: unlisted ones show up as drift
        ArrayNode subnets = b.body().putArray("subnet_ids");
        for (Subnet s : ctx.topology.all(Subnet.class)) {
            boolean implied = s.networkAcl() == null && acl.parent().equals(Placement.vpcOf(ctx.topology, s.id()).map(v -> v.id()).orElse(null));
            if ((acl.id().equals(s.networkAcl()) || implied) && ctx.scope.includes(s.id())) {
                subnets.add(ctx.ref(s.id(), "id"));
            }
        }
        if (subnets.isEmpty()) {
            b.body().remove("subnet_ids");
        }
    }

    private static void inlineRules(ArrayNode into, List<NetworkAclRule> rules) {
        for (NetworkAclRule r : rules) {
            ObjectNode rule = into.addObject();
            rule.put("rule_no", r.number());
            rule.put("action", r.action().wire());
            rule.put("protocol", protocol(r.protocol()));
            if (r.cidr() != null) {
                rule.put("cidr_block", r.cidr().toString());
            } else {
                rule.put("ipv6_cidr_block", r.ipv6Cidr().toString());
            }
            rule.put("from_port", r.protocol().hasPorts() ? r.ports().from() : 0);
            rule.put("to_port", r.protocol().hasPorts() ? r.ports().to() : 0);
            if (r.protocol() == Protocol.ICMP) {
                rule.put("icmp_type", -1);
                rule.put("icmp_code", -1);
            }
        }
    }

    /** Terraform's protocol spelling: tcp, udp, icmp, or -1 for all. */
    static String protocol(Protocol p) {
        return p == Protocol.ALL ? "-1" : p.label();
    }

    void internetGateway(InternetGateway igw) {
        Block b = ctx.resource("aws_internet_gateway", igw);
        b.body().put("vpc_id", ctx.ref(igw.parent(), "id"));
    }

    void natGateway(NatGateway nat) {
        Block b = ctx.resource("aws_nat_gateway", nat);
        ObjectNode body = b.body();
        body.put("subnet_id", ctx.ref(nat.parent(), "id"));
        body.put("connectivity_type", nat.connectivity().wire());
        if (nat.privateIp() != null) {
            body.put("private_ip", nat.privateIp().toString());
        }
        if (nat.connectivity() == NatConnectivity.PUBLIC) {
            Block eip = ctx.part("aws_eip", nat, "eip", nat.label() + " Elastic IP");
            eip.body().put("domain", "vpc");
            body.put("allocation_id", eip.ref("id"));
            if (nat.elasticIp() != null) {
                ctx.summary.notExported(nat.id(), "Elastic IP " + nat.elasticIp(), "AWS allocates the address; the configuration allocates a new one");
            }
            internetGatewayOf(nat).ifPresent(igw -> body.putArray("depends_on").add(igw));
        }
    }

    private Optional<String> internetGatewayOf(Element inVpc) {
        Optional<Vpc> vpc = Placement.vpcOf(ctx.topology, inVpc.id());
        if (vpc.isEmpty()) {
            return Optional.empty();
        }
        for (Element e : ctx.topology.children(vpc.get().id())) {
            if (e instanceof InternetGateway && ctx.creates(e)) {
                return Optional.of(ctx.dependency(e.id()));
            }
        }
        return Optional.empty();
    }

    void prefixList(PrefixList list) {
        if (list.awsManaged()) {
            Block b = ctx.config.data("aws_ec2_managed_prefix_list", list.id().value(), ctx.providerOf(list));
            b.body().put("name", awsManagedName(list));
            ctx.summary.exported(list, b.address());
            return;
        }
        Block b = ctx.resource("aws_ec2_managed_prefix_list", list);
        b.body().put("name", list.label());
        b.body().put("address_family", "IPv4");
        b.body().put("max_entries", Math.max(1, list.cidrs().size()));
        ArrayNode entries = b.body().putArray("entry");
        for (Cidr c : list.cidrs()) {
            entries.addObject().put("cidr", c.toString());
        }
    }

    /** AWS-managed lists are found by name, e.g. com.amazonaws.us-east-1.s3. */
    private String awsManagedName(PrefixList list) {
        if (list.name().startsWith("com.amazonaws.")) {
            return list.name();
        }
        for (dev.linkwright.model.AwsService s : ctx.topology.all(dev.linkwright.model.AwsService.class)) {
            if (list.id().equals(s.prefixList())) {
                return s.serviceName();
            }
        }
        return list.label();
    }
}
