package dev.linkwright.analysis;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.ElementId;

/**
 * A route of an on-premises router: a static route of the design, or a prefix learned over BGP
 * from what AWS advertises on a VPN connection or virtual interface. Rank: static first, then
 * Direct Connect, then VPN (the usual on-premises preference).
 */
record OnPremRoute(Cidr cidr, ElementId prefixList, ElementId via, boolean isStatic, int rank, String learnedFrom) {

    String describe() {
        return (prefixList != null ? prefixList.value() : cidr.toString()) + " via " + via.value()
                + (isStatic ? " (static)" : " (BGP, advertised by " + learnedFrom + ")");
    }
}
