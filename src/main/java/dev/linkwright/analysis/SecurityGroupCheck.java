package dev.linkwright.analysis;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.PeeringState;
import dev.linkwright.model.PortRange;
import dev.linkwright.model.PrefixList;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.SecurityGroupRule;
import dev.linkwright.model.TgwAttachment;
import java.util.List;
import java.util.Objects;

/**
 * Security-group evaluation (R-SG-1..4): allow rules of all groups of an interface aggregated; a
 * rule's peer is a CIDR, a prefix list, or a group that the other interface carries. References
 * match inside a VPC, across an active same-Region peering, and across a transit gateway only with
 * security-group referencing on ({@code current} profile, R-TGW-9, inbound rules only); components
 * that rewrite or relay the packet drop the client's group identity.
 */
final class SecurityGroupCheck {

    /** The outcome: allowed by {@code rule} of {@code group}, or denied with a reason code and the group to blame. */
    record Result(boolean allowed, SecurityGroup group, SecurityGroupRule rule, String code, String why) {
    }

    private final NetworkIndex index;
    private final RulesProfile profile;

    SecurityGroupCheck(NetworkIndex index, RulesProfile profile) {
        this.index = index;
        this.profile = profile;
    }

    /** Inbound rules of {@code groups} on an interface of {@code dest} for {@code flow}. */
    Result ingress(List<SecurityGroup> groups, VpcFacts dest, Flow flow) {
        Packet p = flow.packet();
        Result blame = null;
        for (SecurityGroup g : groups) {
            for (SecurityGroupRule r : g.ingress()) {
                if (!protocolAndPorts(r, p)) {
                    continue;
                }
                if (r.securityGroup() == null) {
                    if (peerAddressMatches(r, p.source())) {
                        return new Result(true, g, r, null, null);
                    }
                    continue;
                }
                String refused = referenceIngress(strip(r.securityGroup()), dest, flow);
                if (refused == null) {
                    return new Result(true, g, r, null, null);
                }
                if (!refused.isEmpty() && blame == null) {
                    blame = new Result(false, g, r, refused, "its rule for " + r.securityGroup() + " cannot match here");
                }
            }
        }
        return blame != null ? blame : mismatch(groups, true);
    }

    /** Outbound rules of {@code groups} for {@code flow}; {@code peer} is the receiving interface when known. */
    Result egress(List<SecurityGroup> groups, Iface peer, Flow flow) {
        Packet p = flow.packet();
        for (SecurityGroup g : groups) {
            for (SecurityGroupRule r : g.egress()) {
                if (!protocolAndPorts(r, p)) {
                    continue;
                }
                boolean match = r.securityGroup() == null ? peerAddressMatches(r, p.destination())
                        : peer != null && carries(peer, strip(r.securityGroup()));
                if (match) {
                    return new Result(true, g, r, null, null);
                }
            }
        }
        return mismatch(groups, false);
    }

    private static Result mismatch(List<SecurityGroup> groups, boolean inbound) {
        boolean empty = true;
        for (SecurityGroup g : groups) {
            empty &= g.ingress().isEmpty() && g.egress().isEmpty();
        }
        String code = empty ? "SG_HAS_NO_RULES" : "ENI_SG_RULES_MISMATCH";
        return new Result(false, groups.isEmpty() ? null : groups.get(0), null, code,
                "no " + (inbound ? "inbound" : "outbound") + " rule matches");
    }

    static boolean protocolAndPorts(SecurityGroupRule r, Packet p) {
        if (!r.protocol().matches(p.protocol())) {
            return false;
        }
        if (!r.protocol().hasPorts() || p.destinationPorts() == null) {
            return true;
        }
        return r.ports().intersect(p.destinationPorts()) != null;
    }

    private boolean peerAddressMatches(SecurityGroupRule r, Ipv4Address a) {
        if (r.cidr() != null) {
            return r.cidr().contains(a);
        }
        if (r.prefixList() != null) {
            PrefixList pl = index.prefixLists.get(strip(r.prefixList()));
            return pl != null && pl.contains(a);
        }
        return false;
    }

    /**
     * Null when a reference to {@code group} admits {@code flow}; "" when the sender simply does not
     * carry the group; otherwise the reason code why the reference cannot be honoured.
     */
    private String referenceIngress(ElementId group, VpcFacts dest, Flow flow) {
        if (!containsStripped(flow.sourceGroups(), group)) {
            return containsStripped(flow.lostGroups(), group) ? "SG_REFERENCES_NOT_PRESERVED" : "";
        }
        if (Objects.equals(flow.sourceVpc(), dest.id())) {
            return null;
        }
        switch (flow.entry()) {
            case PEERING:
                return peeringHonours(flow, dest) ? null : "UNKNOWN_PEERED_SGS";
            case TRANSIT_GATEWAY:
                return tgwHonours(flow, dest) ? null : "SG_REFERENCING_SUPPORT";
            default:
                return "";
        }
    }

    private boolean peeringHonours(Flow flow, VpcFacts dest) {
        PeeringConnection pcx = index.view.find(flow.via(), PeeringConnection.class).orElse(null);
        return pcx != null && pcx.state() == PeeringState.ACTIVE && !flow.interRegion()
                && dest.id().equals(pcx.peerOf(flow.sourceVpc()));
    }

    /** R-TGW-9: current profile, the gateway's option on, neither attachment opted out, same Region. */
    private boolean tgwHonours(Flow flow, VpcFacts dest) {
        if (profile == RulesProfile.LEGACY_2020) {
            return false;
        }
        TgwFacts t = index.tgwOfAttachment.get(flow.via());
        VpcFacts source = index.vpcs.get(flow.sourceVpc());
        if (t == null || source == null || !t.tgw.securityGroupReferencing() || !Objects.equals(source.region, dest.region)) {
            return false;
        }
        TgwAttachment exit = index.attachments.get(flow.via());
        TgwAttachment entry = source.tgwAttachments.get(t.id());
        return optedIn(exit) && optedIn(entry);
    }

    private static boolean optedIn(TgwAttachment a) {
        return a != null && !Boolean.FALSE.equals(a.securityGroupReferencing());
    }

    private static boolean carries(Iface i, ElementId group) {
        for (SecurityGroup g : i.groups) {
            if (g.id().equals(group)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsStripped(java.util.Set<ElementId> ids, ElementId group) {
        return ids.contains(group);
    }

    /** A cross-account reference is written {@code account/sg-id}; the group id is the last part. */
    static ElementId strip(ElementId id) {
        String v = id.value();
        int slash = v.lastIndexOf('/');
        return slash < 0 || slash == v.length() - 1 ? id : ElementId.of(v.substring(slash + 1));
    }

    /** "tcp 443 from 10.0.0.0/16" */
    static String describe(SecurityGroupRule r, boolean inbound) {
        String ports = r.protocol().hasPorts() ? " " + portText(r.ports()) : "";
        return r.protocol().label() + ports + (inbound ? " from " : " to ") + r.peerText();
    }

    private static String portText(PortRange ports) {
        return ports.isAll() ? "all ports" : ports.toString();
    }
}
