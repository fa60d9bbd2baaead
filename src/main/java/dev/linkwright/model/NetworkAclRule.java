package dev.linkwright.model;

/**
 * One numbered network ACL rule (1-32766), evaluated lowest number first (R-NACL-1). Ports are
 * destination ports. The final deny-everything rule is implied.
 */
public record NetworkAclRule(int number, RuleAction action, Protocol protocol, PortRange ports, Cidr cidr,
                             Ipv6Cidr ipv6Cidr) {

    public static final int MAX_NUMBER = 32766;

    public NetworkAclRule {
        if (number < 1 || number > MAX_NUMBER) {
            throw new IllegalArgumentException("a network ACL rule number must be 1-" + MAX_NUMBER + ", not " + number);
        }
        if (action == null || protocol == null) {
            throw new IllegalArgumentException("a network ACL rule needs an action and a protocol");
        }
        if ((cidr == null) == (ipv6Cidr == null)) {
            throw new IllegalArgumentException("a network ACL rule needs exactly one CIDR block");
        }
        ports = protocol.hasPorts() ? (ports == null ? PortRange.ALL : ports) : PortRange.ALL;
    }

    public static NetworkAclRule of(int number, RuleAction action, Protocol protocol, PortRange ports, Cidr cidr) {
        return new NetworkAclRule(number, action, protocol, ports, cidr, null);
    }

    public String cidrText() {
        return cidr != null ? cidr.toString() : ipv6Cidr.toString();
    }
}
