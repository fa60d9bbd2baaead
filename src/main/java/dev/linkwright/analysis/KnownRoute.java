package dev.linkwright.analysis;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.ElementId;

/**
 * A prefix a virtual private gateway has learned, the connection it leads to (a VPN connection or
 * a Direct Connect virtual interface) and how it was learned; the origin's rank is the VGW's
 * preference for identical prefixes (R-VPN-4: Direct Connect BGP, then VPN static, then VPN BGP).
 */
record KnownRoute(Cidr cidr, ElementId via, Origin origin, ElementId dxGateway) {

    /** How the gateway learned the prefix. */
    enum Origin {
        DX_BGP("BGP over Direct Connect", 0), VPN_STATIC("VPN static route", 1), VPN_BGP("BGP over VPN", 2);

        final String label;
        final int rank;

        Origin(String label, int rank) {
            this.label = label;
            this.rank = rank;
        }
    }
}
