package dev.linkwright.analysis;

import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.NetworkAcl;
import dev.linkwright.model.NetworkAclRule;
import dev.linkwright.model.PortRange;
import dev.linkwright.model.RuleAction;
import java.util.ArrayList;
import java.util.List;

/**
 * Network ACL evaluation (R-NACL-1..5): rules in number order, first match decides, a final
 * {@code *} rule denies the rest; stateless, so replies are checked like any packet.
 *
 * <p>When the packet's destination port is a range (a reply to a component that chose its own
 * ephemeral port, such as a NAT gateway or a load balancer node), the ACL admits it when at least
 * one port of the range is allowed (R-NACL-3). IPv6 rules never match IPv4 packets (R-EV-6).
 */
final class NetworkAclCheck {

    /** The deciding rule ({@code null} rule: the final {@code *} rule, or no ACL at all). */
    record Result(boolean allowed, NetworkAclRule rule, String text) {
    }

    private NetworkAclCheck() {
    }

    static Result evaluate(NetworkAcl acl, boolean inbound, Packet p) {
        if (acl == null) {
            return new Result(true, null, "The VPC's default network ACL (not modelled) allows all traffic (R-NACL-2).");
        }
        Ipv4Address peer = inbound ? p.source() : p.destination();
        List<PortRange> remaining = p.destinationPorts() == null ? null : new ArrayList<>(List.of(p.destinationPorts()));
        for (NetworkAclRule r : inbound ? acl.ingress() : acl.egress()) {
            if (r.cidr() == null || !r.cidr().contains(peer) || !r.protocol().matches(p.protocol())) {
                continue;
            }
            if (remaining != null && r.protocol().hasPorts()) {
                List<PortRange> hit = intersect(remaining, r.ports());
                if (hit.isEmpty()) {
                    continue;
                }
                if (r.action() == RuleAction.ALLOW) {
                    return new Result(true, r, describe(acl, r, inbound));
                }
                remaining = subtract(remaining, r.ports());
                if (remaining.isEmpty()) {
                    return new Result(false, r, describe(acl, r, inbound));
                }
                continue;
            }
            return new Result(r.action() == RuleAction.ALLOW, r, describe(acl, r, inbound));
        }
        return new Result(false, null, acl.id() + " rule * (deny all)");
    }

    static String describe(NetworkAcl acl, NetworkAclRule r, boolean inbound) {
        String ports = r.protocol().hasPorts() ? " " + (r.ports().isAll() ? "all ports" : r.ports().toString()) : "";
        return acl.id() + " rule " + r.number() + " (" + r.action().wire() + " " + r.protocol().label() + ports
                + (inbound ? " from " : " to ") + r.cidrText() + ")";
    }

    private static List<PortRange> intersect(List<PortRange> ranges, PortRange with) {
        List<PortRange> out = new ArrayList<>();
        for (PortRange r : ranges) {
            PortRange i = r.intersect(with);
            if (i != null) {
                out.add(i);
            }
        }
        return out;
    }

    private static List<PortRange> subtract(List<PortRange> ranges, PortRange minus) {
        List<PortRange> out = new ArrayList<>();
        for (PortRange r : ranges) {
            if (r.intersect(minus) == null) {
                out.add(r);
                continue;
            }
            if (r.from() < minus.from()) {
                out.add(new PortRange(r.from(), minus.from() - 1));
            }
            if (r.to() > minus.to()) {
                out.add(new PortRange(minus.to() + 1, r.to()));
            }
        }
        return out;
    }
}
