package dev.linkwright.io.aws;

import dev.linkwright.model.AvailabilityZone;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Ipv6Cidr;
import dev.linkwright.model.NetworkAcl;
import dev.linkwright.model.NetworkAclRule;
import dev.linkwright.model.Placement;
import dev.linkwright.model.PortRange;
import dev.linkwright.model.PrefixList;
import dev.linkwright.model.Protocol;
import dev.linkwright.model.RuleAction;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.SecurityGroupRule;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Converts the addressing and filtering of VPCs: VPCs, Availability Zones (one box per VPC and
 * AZ, id {@code <vpc-id>/<az-name>}), subnets with their route table and network ACL
 * associations, network ACLs, security groups and prefix lists. Route tables have their own
 * converter ({@link RouteTableConverter}).
 */
final class NetworkConverter {

    private final ImportContext ctx;
    private final Map<String, ElementId> subnetRouteTables = new HashMap<>();
    private final Map<String, ElementId> subnetAcls = new HashMap<>();

    NetworkConverter(ImportContext ctx) {
        this.ctx = ctx;
    }

    /** AZ name to AZ id per account, from {@code AvailabilityZones} (subnets add theirs later). */
    void zoneMaps() {
        ctx.each(AwsKind.AVAILABILITY_ZONES, z -> {
            String account = ctx.accounts.accountOf(z, null);
            ctx.accounts.zone(account, z.optText("ZoneName"), z.optText("ZoneId"));
            ctx.report.imported(AwsKind.AVAILABILITY_ZONES);
        });
    }

    void vpcs() {
        ctx.eachDistinct(AwsKind.VPCS, "VpcId", v -> {
            ElementId region = ctx.accounts.region(ctx.accounts.accountOf(v, v.optText("OwnerId")), v.file().region());
            ctx.put(new Vpc(v.id("VpcId"), v.nameTag(), region, ipv4Blocks(v), ipv6Blocks(v), true, true));
            ctx.report.imported(AwsKind.VPCS);
        });
    }

    private static List<Cidr> ipv4Blocks(AwsNode v) {
        List<Cidr> blocks = new ArrayList<>();
        Cidr primary = v.optCidr("CidrBlock");
        if (primary != null) {
            blocks.add(primary);
        }
        for (AwsNode a : v.items("CidrBlockAssociationSet")) {
            AwsNode state = a.child("CidrBlockState");
            String s = state == null ? "associated" : state.optText("State");
            Cidr c = a.optCidr("CidrBlock");
            if (c != null && !blocks.contains(c) && ("associated".equals(s) || "associating".equals(s))) {
                blocks.add(c);
            }
        }
        if (blocks.isEmpty()) {
            throw v.problem("CidrBlock", "a VPC needs an IPv4 block ('CidrBlock')");
        }
        return blocks;
    }

    private static List<Ipv6Cidr> ipv6Blocks(AwsNode v) {
        List<Ipv6Cidr> blocks = new ArrayList<>();
        for (AwsNode a : v.items("Ipv6CidrBlockAssociationSet")) {
            AwsNode state = a.child("Ipv6CidrBlockState");
            String s = state == null ? "associated" : state.optText("State");
            Ipv6Cidr c = a.optIpv6("Ipv6CidrBlock");
            if (c != null && ("associated".equals(s) || "associating".equals(s))) {
                blocks.add(c);
            }
        }
        return blocks;
    }

    /** AWS-managed and customer-managed prefix lists, once per id (AWS lists share ids across accounts). */
    void prefixLists() {
        ctx.eachDistinct(AwsKind.PREFIX_LISTS, "PrefixListId", p -> {
            ElementId region = ctx.accounts.region(ctx.accounts.accountOf(p, p.optText("OwnerId")), p.file().region());
            String name = p.optText("PrefixListName");
            List<Cidr> cidrs = new ArrayList<>();
            for (String c : p.texts("Cidrs")) {
                cidrs.add(parseCidr(p, "Cidrs", c));
            }
            for (AwsNode e : p.items("Entries")) {
                cidrs.add(parseCidr(e, "Cidr", e.text("Cidr")));
            }
            boolean awsManaged = name != null && name.startsWith("com.amazonaws.")
                    || "AWS".equalsIgnoreCase(p.optText("OwnerId"));
            if (cidrs.isEmpty() && !awsManaged) {
                ctx.report.note("customer-managed prefix lists came without their entries; they match nothing",
                        p.optText("PrefixListId"));
            }
            ctx.put(new PrefixList(p.id("PrefixListId"), name == null ? "" : name, region, cidrs, awsManaged));
            ctx.report.imported(AwsKind.PREFIX_LISTS);
        });
    }

    private static Cidr parseCidr(AwsNode n, String key, String text) {
        try {
            return Cidr.parse(text);
        } catch (IllegalArgumentException e) {
            throw n.problem(key, e.getMessage());
        }
    }

    /** Which subnets are explicitly associated with which route table and network ACL. */
    void associations() {
        ctx.each(AwsKind.ROUTE_TABLES, rt -> {
            for (AwsNode a : rt.items("Associations")) {
                String subnet = a.optText("SubnetId");
                if (subnet != null && !a.bool("Main", false)) {
                    subnetRouteTables.putIfAbsent(subnet, rt.id("RouteTableId"));
                }
            }
        });
        ctx.each(AwsKind.NETWORK_ACLS, acl -> {
            for (AwsNode a : acl.items("Associations")) {
                String subnet = a.optText("SubnetId");
                if (subnet != null) {
                    subnetAcls.putIfAbsent(subnet, acl.id("NetworkAclId"));
                }
            }
        });
    }

    void subnets() {
        ctx.eachDistinct(AwsKind.SUBNETS, "SubnetId", s -> {
            ElementId vpc = s.id("VpcId");
            Cidr cidr = s.optCidr("CidrBlock");
            Ipv6Cidr ipv6 = null;
            for (AwsNode a : s.items("Ipv6CidrBlockAssociationSet")) {
                ipv6 = ipv6 == null ? a.optIpv6("Ipv6CidrBlock") : ipv6;
            }
            if (cidr == null && ipv6 == null) {
                throw s.problem("CidrBlock", "a subnet needs a 'CidrBlock'");
            }
            if (!ctx.has(vpc, Vpc.class)) {
                ctx.report.skipped(AwsKind.SUBNETS, "its VPC is not in the snapshot", s.optText("SubnetId"));
                return;
            }
            ElementId zone = zone(vpc, s.text("AvailabilityZone"), s.optText("AvailabilityZoneId"));
            ElementId id = s.id("SubnetId");
            ctx.put(new Subnet(id, s.nameTag(), zone, cidr, ipv6, ctx.existing(subnetRouteTables.get(id.value()),
                    dev.linkwright.model.RouteTable.class), ctx.existing(subnetAcls.get(id.value()), NetworkAcl.class)));
            ctx.report.imported(AwsKind.SUBNETS);
        });
    }

    /** The AZ box of {@code vpc} for {@code zoneName}, created on first use. */
    private ElementId zone(ElementId vpc, String zoneName, String zoneId) {
        String account = Placement.accountOf(ctx.topology, vpc).map(a -> a.id().value()).orElse(null);
        ctx.accounts.zone(account, zoneName, zoneId);
        ElementId id = ElementId.of(vpc.value() + "/" + zoneName);
        AvailabilityZone existing = ctx.topology.find(id, AvailabilityZone.class).orElse(null);
        String knownId = zoneId != null ? zoneId : ctx.accounts.zoneId(account, zoneName);
        if (existing == null || existing.zoneId() == null && knownId != null) {
            ctx.put(new AvailabilityZone(id, "", vpc, zoneName, knownId));
        }
        return id;
    }

    void networkAcls() {
        ctx.eachDistinct(AwsKind.NETWORK_ACLS, "NetworkAclId", acl -> {
            ElementId vpc = acl.id("VpcId");
            if (!ctx.has(vpc, Vpc.class)) {
                ctx.report.skipped(AwsKind.NETWORK_ACLS, "its VPC is not in the snapshot", acl.optText("NetworkAclId"));
                return;
            }
            List<NetworkAclRule> ingress = new ArrayList<>();
            List<NetworkAclRule> egress = new ArrayList<>();
            Set<String> numbers = new HashSet<>();
            for (AwsNode e : acl.items("Entries")) {
                boolean out = e.bool("Egress", false);
                NetworkAclRule rule = aclRule(e, acl.optText("NetworkAclId"));
                if (rule != null && numbers.add(out + "/" + rule.number())) {
                    (out ? egress : ingress).add(rule);
                }
            }
            ctx.put(new NetworkAcl(acl.id("NetworkAclId"), acl.nameTag(), vpc, acl.bool("IsDefault", false), ingress, egress));
            ctx.report.imported(AwsKind.NETWORK_ACLS);
        });
    }

    private NetworkAclRule aclRule(AwsNode e, String aclId) {
        long number = e.optLong("RuleNumber", 1, 32767) == null ? 0 : e.optLong("RuleNumber", 1, 32767);
        if (number == 0) {
            throw e.problem("RuleNumber", "a network ACL entry needs a 'RuleNumber'");
        }
        if (number > NetworkAclRule.MAX_NUMBER) {
            return null; // the final deny-everything rule, implied by the model
        }
        Protocol protocol = protocol(e.text("Protocol"));
        if (protocol == null) {
            ctx.report.note("network ACL rules for protocols other than TCP, UDP, ICMP and all were left out", aclId
                    + " rule " + number + " (protocol " + e.optText("Protocol") + ")");
            return null;
        }
        RuleAction action;
        try {
            action = RuleAction.parse(e.text("RuleAction"));
        } catch (IllegalArgumentException ex) {
            throw e.problem("RuleAction", ex.getMessage());
        }
        AwsNode range = e.child("PortRange");
        PortRange ports = range == null || !protocol.hasPorts() ? PortRange.ALL : ports(range, "From", "To");
        Cidr cidr = e.optCidr("CidrBlock");
        Ipv6Cidr ipv6 = cidr == null ? e.optIpv6("Ipv6CidrBlock") : null;
        if (cidr == null && ipv6 == null) {
            throw e.problem("CidrBlock", "a network ACL entry needs a 'CidrBlock' or 'Ipv6CidrBlock'");
        }
        return new NetworkAclRule((int) number, action, protocol, ports, cidr, ipv6);
    }

    /** TCP, UDP, ICMP or all, from a protocol name or number; null for others (ICMPv6, ESP, ...). */
    static Protocol protocol(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "-1": case "all":
                return Protocol.ALL;
            case "6": case "tcp":
                return Protocol.TCP;
            case "17": case "udp":
                return Protocol.UDP;
            case "1": case "icmp":
                return Protocol.ICMP;
            default:
                return null;
        }
    }

    /** A port range from two fields; absent or -1 means all ports. */
    static PortRange ports(AwsNode n, String fromKey, String toKey) {
        Long from = n.optLong(fromKey, -1, 65535);
        Long to = n.optLong(toKey, -1, 65535);
        if (from == null || to == null || from < 0 || to < 0) {
            return PortRange.ALL;
        }
        if (from > to) {
            throw n.problem(fromKey, "port range " + from + "-" + to + " runs backwards");
        }
        return new PortRange(from.intValue(), to.intValue());
    }

    private static <T> T required(AwsNode n, String key, T value) {
        if (value == null) {
            throw n.problem(key, "missing '" + key + "'");
        }
        return value;
    }

    void securityGroups() {
        ctx.eachDistinct(AwsKind.SECURITY_GROUPS, "GroupId", g -> {
            ElementId vpc = g.optId("VpcId");
            if (vpc == null || !ctx.has(vpc, Vpc.class)) {
                ctx.report.skipped(AwsKind.SECURITY_GROUPS, vpc == null ? "EC2-Classic group (no VPC)" : "its VPC is not in the snapshot",
                        g.optText("GroupId"));
                return;
            }
            String name = g.nameTag().isEmpty() ? g.optText("GroupName") : g.nameTag();
            ctx.put(new SecurityGroup(g.id("GroupId"), name == null ? "" : name, vpc,
                    sgRules(g, "IpPermissions"), sgRules(g, "IpPermissionsEgress")));
            ctx.report.imported(AwsKind.SECURITY_GROUPS);
        });
    }

    private List<SecurityGroupRule> sgRules(AwsNode group, String key) {
        List<SecurityGroupRule> rules = new ArrayList<>();
        for (AwsNode p : group.items(key)) {
            Protocol protocol = protocol(p.text("IpProtocol"));
            if (protocol == null) {
                ctx.report.note("security group rules for protocols other than TCP, UDP, ICMP and all were left out",
                        group.optText("GroupId") + " (protocol " + p.optText("IpProtocol") + ")");
                continue;
            }
            PortRange ports = protocol.hasPorts() ? ports(p, "FromPort", "ToPort") : PortRange.ALL;
            for (AwsNode r : p.items("IpRanges")) {
                rules.add(new SecurityGroupRule(protocol, ports, required(r, "CidrIp", r.optCidr("CidrIp")), null, null, null,
                        r.optText("Description")));
            }
            for (AwsNode r : p.items("Ipv6Ranges")) {
                rules.add(new SecurityGroupRule(protocol, ports, null, required(r, "CidrIpv6", r.optIpv6("CidrIpv6")), null, null,
                        r.optText("Description")));
            }
            for (AwsNode r : p.items("UserIdGroupPairs")) {
                ElementId other = r.optId("GroupId");
                if (other != null) {
                    rules.add(new SecurityGroupRule(protocol, ports, null, null, other, null, r.optText("Description")));
                }
            }
            for (AwsNode r : p.items("PrefixListIds")) {
                rules.add(new SecurityGroupRule(protocol, ports, null, null, null, r.id("PrefixListId"), r.optText("Description")));
            }
        }
        return rules;
    }
}
