package dev.linkwright.analysis;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.ElementId;

/**
 * One effective route of a transit gateway route table: stored (static, blackhole, observed
 * propagated) or derived from an attachment's propagation. A null attachment is a blackhole.
 */
record TgwRouteEntry(Cidr cidr, ElementId prefixList, ElementId attachment, Kind kind, int order) {

    /** Route origins in the order the transit gateway prefers identical prefixes (R-TGW-5). */
    enum Kind {
        STATIC("static", 0), PREFIX_LIST("prefix list", 1), VPC("propagated from a VPC", 2),
        DIRECT_CONNECT("propagated from a Direct Connect gateway", 3), CONNECT("propagated from a Connect attachment", 4),
        VPN("propagated from a VPN", 5), PROPAGATED("propagated", 2);

        final String label;
        final int rank;

        Kind(String label, int rank) {
            this.label = label;
            this.rank = rank;
        }
    }

    boolean isBlackhole() {
        return attachment == null;
    }

    String destinationText() {
        return prefixList != null ? prefixList.value() : cidr.toString();
    }

    String describe() {
        return destinationText() + " -> " + (attachment == null ? "blackhole" : attachment.value()) + " (" + kind.label + ")";
    }
}
