package dev.linkwright.model;

/**
 * One allow rule of a security group. The peer (source for inbound, destination for outbound) is
 * exactly one of an IPv4 block, an IPv6 block, a security group or a prefix list.
 */
public record SecurityGroupRule(Protocol protocol, PortRange ports, Cidr cidr, Ipv6Cidr ipv6Cidr,
                                ElementId securityGroup, ElementId prefixList, String description) {

    public SecurityGroupRule {
        if (protocol == null) {
            throw new IllegalArgumentException("a security group rule needs a protocol");
        }
        int set = (cidr != null ? 1 : 0) + (ipv6Cidr != null ? 1 : 0) + (securityGroup != null ? 1 : 0) + (prefixList != null ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException("a security group rule needs exactly one peer: a CIDR block, a security group or a prefix list");
        }
        ports = protocol.hasPorts() ? (ports == null ? PortRange.ALL : ports) : PortRange.ALL;
        description = Lists.text(description);
    }

    public static SecurityGroupRule allowCidr(Protocol protocol, PortRange ports, Cidr cidr) {
        return new SecurityGroupRule(protocol, ports, cidr, null, null, null, "");
    }

    public static SecurityGroupRule allowGroup(Protocol protocol, PortRange ports, ElementId group) {
        return new SecurityGroupRule(protocol, ports, null, null, group, null, "");
    }

    public static SecurityGroupRule allowAllTo(Cidr cidr) {
        return allowCidr(Protocol.ALL, PortRange.ALL, cidr);
    }

    /** The peer as written: a CIDR, a security-group id or a prefix-list id. */
    public String peerText() {
        if (cidr != null) {
            return cidr.toString();
        }
        if (ipv6Cidr != null) {
            return ipv6Cidr.toString();
        }
        return securityGroup != null ? securityGroup.value() : prefixList.value();
    }
}
