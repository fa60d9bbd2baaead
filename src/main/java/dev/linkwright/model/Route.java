package dev.linkwright.model;

/**
 * One route of a VPC route table: a destination (IPv4 block, IPv6 block or prefix list) and a
 * target element (internet gateway, NAT gateway, peering connection, transit gateway, virtual
 * private gateway, gateway endpoint, network interface or instance). Local routes are implied by
 * the VPC's blocks and never stored.
 */
public record Route(Cidr destination, Ipv6Cidr ipv6Destination, ElementId destinationPrefixList,
                    ElementId target, RouteOrigin origin) {

    public Route {
        int set = (destination != null ? 1 : 0) + (ipv6Destination != null ? 1 : 0) + (destinationPrefixList != null ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException("a route needs exactly one destination (a CIDR block or a prefix list)");
        }
        if (origin == null) {
            origin = RouteOrigin.STATIC;
        }
    }

    public static Route to(Cidr destination, ElementId target) {
        return new Route(destination, null, null, target, RouteOrigin.STATIC);
    }

    public static Route toPrefixList(ElementId prefixList, ElementId target) {
        return new Route(null, null, prefixList, target, RouteOrigin.STATIC);
    }

    /** The destination as written: a CIDR or a prefix-list id. */
    public String destinationText() {
        if (destination != null) {
            return destination.toString();
        }
        return ipv6Destination != null ? ipv6Destination.toString() : destinationPrefixList.value();
    }
}
