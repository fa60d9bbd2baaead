package dev.linkwright.model;

import java.util.List;

/**
 * A network ACL: stateless, ordered allow/deny rules for traffic entering and leaving its subnets
 * (R-NACL-1..4). {@code defaultAcl} marks the VPC's default ACL, used by subnets without an explicit
 * association.
 */
public record NetworkAcl(ElementId id, String name, ElementId parent, boolean defaultAcl,
                         List<NetworkAclRule> ingress, List<NetworkAclRule> egress) implements Element {

    public NetworkAcl {
        name = Lists.text(name);
        ingress = sorted(ingress);
        egress = sorted(egress);
    }

    private static List<NetworkAclRule> sorted(List<NetworkAclRule> rules) {
        return Lists.copy(rules).stream().sorted(java.util.Comparator.comparingInt(NetworkAclRule::number)).toList();
    }

    @Override
    public ElementKind kind() {
        return ElementKind.NETWORK_ACL;
    }
}
