package dev.linkwright.analysis;

import dev.linkwright.model.ElementId;
import java.util.Set;

/**
 * A packet in flight together with what the network remembers about it: the security groups of
 * the interface that sent it (for security-group references, R-SG-3/4), the VPC it came from, and
 * how it entered the VPC it is in (for edge-to-edge and NAT source rules, R-PCX-6, R-NAT-2).
 */
record Flow(Packet packet, Set<ElementId> sourceGroups, ElementId sourceVpc, Entry entry, ElementId via,
            boolean interRegion, boolean relayed, Set<ElementId> lostGroups) {

    /** How the packet entered the VPC it is currently in. */
    enum Entry { ORIGIN, PEERING, TRANSIT_GATEWAY, VPN_GATEWAY, INTERNET_GATEWAY, GATEWAY_ENDPOINT }

    Flow {
        sourceGroups = Set.copyOf(sourceGroups);
        lostGroups = lostGroups == null ? Set.of() : Set.copyOf(lostGroups);
    }

    static Flow start(Packet p, Set<ElementId> groups, ElementId vpc) {
        return new Flow(p, groups, vpc, Entry.ORIGIN, null, false, false, Set.of());
    }

    Flow with(Packet p) {
        return new Flow(p, sourceGroups, sourceVpc, entry, via, interRegion, relayed, lostGroups);
    }

    /** The packet entered another VPC through {@code via} (a peering, attachment, gateway). */
    Flow entered(Entry how, ElementId through, boolean crossRegion) {
        return new Flow(packet, sourceGroups, sourceVpc, how, through, crossRegion, relayed, lostGroups);
    }

    /** A component started a new connection: the client's security-group identity is gone (R-SG-4). */
    Flow rewritten(Packet p, Set<ElementId> groups, ElementId vpc) {
        return new Flow(p, groups, vpc, Entry.ORIGIN, null, false, true, sourceGroups);
    }

    /** A middlebox relayed the packet unchanged; references to the client's groups no longer match (R-SG-4). */
    Flow relayedBy() {
        return new Flow(packet, Set.of(), sourceVpc, entry, via, interRegion, true, sourceGroups);
    }
}
