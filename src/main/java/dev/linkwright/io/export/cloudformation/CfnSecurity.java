package dev.linkwright.io.export.cloudformation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.io.export.AwsLocation;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.Protocol;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.SecurityGroupRule;
import java.util.List;
import java.util.Locale;

/**
 * Security groups as CloudFormation. Ingress rules and egress rules that name groups or prefix
 * lists are resources of their own (no cycles between groups); egress rules to CIDR blocks are
 * written inline, which replaces AWS's default allow-all egress rule. A group without any CIDR
 * egress rule gets the documented placeholder (all traffic to 127.0.0.1/32) for the same reason.
 */
final class CfnSecurity {

    private final CfnContext ctx;

    CfnSecurity(CfnContext ctx) {
        this.ctx = ctx;
    }

    void securityGroup(SecurityGroup group) {
        CfnResource r = ctx.resource("AWS::EC2::SecurityGroup", group);
        CfnTemplate t = ctx.templateOf(group);
        String name = ascii(group.label());
        r.properties.put("GroupName", name.toLowerCase(Locale.ROOT).startsWith("sg-") ? "lw-" + name : name);
        r.properties.put("GroupDescription", "Linkwright: " + name);
        r.properties.set("VpcId", ctx.id(t, group.parent()));
        inlineEgress(group, r);
        for (int i = 0; i < group.ingress().size(); i++) {
            rule(group, r, group.ingress().get(i), "ingress", i + 1);
        }
        for (int i = 0; i < group.egress().size(); i++) {
            SecurityGroupRule rule = group.egress().get(i);
            if (rule.cidr() == null && rule.ipv6Cidr() == null) {
                rule(group, r, rule, "egress", i + 1);
            }
        }
    }

    private void inlineEgress(SecurityGroup group, CfnResource r) {
        List<SecurityGroupRule> egress = group.egress();
        if (egress.size() == 1 && isAllowAll(egress.get(0))) {
            return; // the AWS default
        }
        ArrayNode inline = Cfn.NODES.arrayNode();
        for (SecurityGroupRule rule : egress) {
            if (rule.cidr() != null || rule.ipv6Cidr() != null) {
                ObjectNode o = inline.addObject();
                putProtocolAndPorts(o, rule);
                putCidr(o, rule);
                if (!rule.description().isEmpty()) {
                    o.put("Description", ascii(rule.description()));
                }
            }
        }
        if (inline.isEmpty()) {
            inline.addObject().put("IpProtocol", "-1").put("CidrIp", "127.0.0.1/32")
                    .put("Description", "placeholder: removes the default allow-all egress rule");
        }
        r.properties.set("SecurityGroupEgress", inline);
    }

    private static boolean isAllowAll(SecurityGroupRule rule) {
        return rule.protocol() == Protocol.ALL && Cidr.ANY.equals(rule.cidr());
    }

    private void rule(SecurityGroup group, CfnResource groupResource, SecurityGroupRule rule, String direction, int n) {
        boolean ingress = direction.equals("ingress");
        CfnResource r = ctx.part(ingress ? "AWS::EC2::SecurityGroupIngress" : "AWS::EC2::SecurityGroupEgress", group,
                direction + "-" + n, "");
        ObjectNode p = r.properties;
        p.set("GroupId", groupResource.ref());
        putProtocolAndPorts(p, rule);
        CfnTemplate t = ctx.templateOf(group);
        if (rule.securityGroup() != null) {
            p.set(ingress ? "SourceSecurityGroupId" : "DestinationSecurityGroupId", ctx.id(t, rule.securityGroup()));
            String owner = otherAccount(group, rule);
            if (owner != null && ingress) {
                p.put("SourceSecurityGroupOwnerId", owner);
            }
        } else if (rule.prefixList() != null) {
            p.set(ingress ? "SourcePrefixListId" : "DestinationPrefixListId", ctx.id(t, rule.prefixList()));
        } else {
            putCidr(p, rule);
        }
        if (!rule.description().isEmpty()) {
            p.put("Description", ascii(rule.description()));
        }
    }

    /** The account of a group in another account (referenced across a peering connection), else null. */
    private String otherAccount(SecurityGroup group, SecurityGroupRule rule) {
        String mine = AwsLocation.of(ctx.topology, group).map(AwsLocation::accountId).orElse("");
        return ctx.topology.find(rule.securityGroup()).flatMap(peer -> AwsLocation.of(ctx.topology, peer))
                .map(AwsLocation::accountId).filter(other -> !other.equals(mine)).orElse(null);
    }

    private static void putProtocolAndPorts(ObjectNode o, SecurityGroupRule rule) {
        o.put("IpProtocol", rule.protocol() == Protocol.ALL ? "-1" : rule.protocol().label());
        if (rule.protocol().hasPorts()) {
            o.put("FromPort", rule.ports().from());
            o.put("ToPort", rule.ports().to());
        } else if (rule.protocol() == Protocol.ICMP) {
            o.put("FromPort", -1);
            o.put("ToPort", -1);
        }
    }

    private static void putCidr(ObjectNode o, SecurityGroupRule rule) {
        if (rule.cidr() != null) {
            o.put("CidrIp", rule.cidr().toString());
        } else {
            o.put("CidrIpv6", rule.ipv6Cidr().toString());
        }
    }

    static String ascii(String text) {
        return text.replace("'", "").replaceAll("[^a-zA-Z0-9. _\\-:/()#,@\\[\\]+=&;{}!$*]", " ");
    }
}
