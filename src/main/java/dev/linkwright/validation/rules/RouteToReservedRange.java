package dev.linkwright.validation.rules;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.Ipv6Cidr;
import dev.linkwright.model.Route;
import dev.linkwright.model.RouteOrigin;
import dev.linkwright.model.RouteTable;
import dev.linkwright.validation.ElementRule;

/** R-RT-8: routes to 169.254.168.0/22 or fd00:ec2::/32 (or inside them) cannot be created. */
public final class RouteToReservedRange extends ElementRule<RouteTable> {

    private static final Cidr RESERVED = Cidr.parse("169.254.168.0/22");
    private static final Ipv6Cidr RESERVED_V6 = Ipv6Cidr.parse("fd00:ec2::/32");

    public RouteToReservedRange() {
        super("E_ROUTE_DESTINATION_RESERVED", "R-RT-8", RouteTable.class,
                "A route's destination lies in 169.254.168.0/22 or fd00:ec2::/32, which AWS reserves for its own services and never routes.",
                "Remove the route; those addresses (instance metadata, Amazon DNS, time sync) are reached without routes.");
    }

    @Override
    protected void check(RouteTable table, Check c) {
        for (Route r : table.routes()) {
            if (r.origin() == RouteOrigin.PROPAGATED) {
                continue;
            }
            boolean reserved = (r.destination() != null && RESERVED.contains(r.destination()))
                    || (r.ipv6Destination() != null && RESERVED_V6.contains(r.ipv6Destination()));
            if (reserved) {
                c.report("Route table '" + table.id() + "' has a route to " + r.destinationText() + ", inside a range AWS reserves ("
                                + (r.destination() != null ? RESERVED : RESERVED_V6) + "); such routes cannot be created.",
                        "Remove the route.", table.id());
            }
        }
    }
}
