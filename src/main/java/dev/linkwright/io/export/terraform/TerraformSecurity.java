package dev.linkwright.io.export.terraform;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.io.export.AwsLocation;
import dev.linkwright.io.export.terraform.TerraformConfig.Block;
import dev.linkwright.model.Protocol;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.SecurityGroupRule;
import java.util.List;
import java.util.Locale;

/**
 * Security groups as Terraform: the group, and one {@code aws_vpc_security_group_ingress_rule} or
 * {@code _egress_rule} per rule. Separate rule resources let groups refer to each other without
 * cycles; Terraform removes AWS's default allow-all egress rule, so egress is written as modelled.
 */
final class TerraformSecurity {

    private final TerraformContext ctx;

    TerraformSecurity(TerraformContext ctx) {
        this.ctx = ctx;
    }

    void securityGroup(SecurityGroup group) {
        Block b = ctx.resource("aws_security_group", group);
        b.body().put("name", groupName(group));
        b.body().put("description", "Linkwright: " + ascii(group.label()));
        b.body().put("vpc_id", ctx.ref(group.parent(), "id"));
        rules(group, b, group.ingress(), "ingress");
        rules(group, b, group.egress(), "egress");
    }

    /** AWS refuses group names that start with "sg-". */
    static String groupName(SecurityGroup group) {
        String name = group.label();
        name = ascii(name);
        return name.toLowerCase(Locale.ROOT).startsWith("sg-") ? "lw-" + name : name;
    }

    /** Group descriptions accept a restricted ASCII set. */
    static String ascii(String text) {
        return text.replace("'", "").replaceAll("[^a-zA-Z0-9. _\\-:/()#,@\\[\\]+=&;{}!$*]", " ");
    }

    private void rules(SecurityGroup group, Block groupBlock, List<SecurityGroupRule> rules, String direction) {
        for (int i = 0; i < rules.size(); i++) {
            SecurityGroupRule r = rules.get(i);
            Block b = ctx.part("aws_vpc_security_group_" + direction + "_rule", group, direction + "-" + (i + 1),
                    group.label() + " " + direction + " " + (i + 1));
            ObjectNode body = b.body();
            body.put("security_group_id", groupBlock.ref("id"));
            body.put("ip_protocol", TerraformNetwork.protocol(r.protocol()));
            putPorts(body, r);
            putPeer(group, body, r);
            if (!r.description().isEmpty()) {
                body.put("description", ascii(r.description()));
            }
        }
    }

    private static void putPorts(ObjectNode body, SecurityGroupRule r) {
        if (r.protocol().hasPorts()) {
            body.put("from_port", r.ports().from());
            body.put("to_port", r.ports().to());
        } else if (r.protocol() == Protocol.ICMP) {
            body.put("from_port", -1);
            body.put("to_port", -1);
        }
    }

    /** A group of another account (across a peering connection) is named {@code account/sg-id}. */
    private String ownerPrefix(SecurityGroup group, SecurityGroupRule r) {
        String mine = AwsLocation.of(ctx.topology, group).map(AwsLocation::accountId).orElse("");
        return ctx.topology.find(r.securityGroup()).flatMap(peer -> AwsLocation.of(ctx.topology, peer))
                .map(AwsLocation::accountId).filter(other -> !other.equals(mine)).map(other -> other + "/").orElse("");
    }

    private void putPeer(SecurityGroup group, ObjectNode body, SecurityGroupRule r) {
        if (r.cidr() != null) {
            body.put("cidr_ipv4", r.cidr().toString());
        } else if (r.ipv6Cidr() != null) {
            body.put("cidr_ipv6", r.ipv6Cidr().toString());
        } else if (r.securityGroup() != null) {
            body.put("referenced_security_group_id", ownerPrefix(group, r) + ctx.ref(r.securityGroup(), "id"));
        } else {
            body.put("prefix_list_id", ctx.ref(r.prefixList(), "id"));
        }
    }
}
