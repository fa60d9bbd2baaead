package dev.linkwright.model;

/**
 * A static route of the on-premises router: a destination (CIDR or prefix list) sent into a VPN
 * connection or a Direct Connect virtual interface. Routes learned over BGP are not stored.
 */
public record OnPremisesRoute(Cidr destination, ElementId destinationPrefixList, ElementId via) {
    public OnPremisesRoute {
        if ((destination == null) == (destinationPrefixList == null)) {
            throw new IllegalArgumentException("an on-premises route needs exactly one destination (a CIDR block or a prefix list)");
        }
        if (via == null) {
            throw new IllegalArgumentException("an on-premises route needs 'via': a VPN connection or virtual interface");
        }
    }

    public String destinationText() {
        return destination != null ? destination.toString() : destinationPrefixList.value();
    }
}
