package dev.linkwright.validation.rules;

import dev.linkwright.model.Route;
import dev.linkwright.model.RouteOrigin;
import dev.linkwright.model.RouteTable;
import dev.linkwright.validation.ElementRule;
import dev.linkwright.validation.QuickFix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * R-RT-2 / R-GEP-1: a route table holds one static route per destination (AWS:
 * RouteAlreadyExists), including the prefix-list route a gateway endpoint installs: two gateway
 * endpoints for the same service cannot share a route table.
 */
public final class RouteDuplicateDestination extends ElementRule<RouteTable> {

    public RouteDuplicateDestination() {
        super("E_ROUTE_DUPLICATE_DESTINATION", "R-RT-2", RouteTable.class,
                "A route table has two static routes (or gateway-endpoint routes) with the same destination (AWS: RouteAlreadyExists).",
                "Keep one route per destination; use a more specific destination for the second target.");
    }

    @Override
    protected void check(RouteTable table, Check c) {
        Map<String, Route> seen = new HashMap<>();
        for (Route r : Network.routesOf(c.view(), table)) {
            if (r.origin() != RouteOrigin.STATIC) {
                continue;
            }
            String key = r.destination() != null ? r.destination().canonical().toString() : r.destinationText();
            Route first = seen.putIfAbsent(key, r);
            if (first == null) {
                continue;
            }
            boolean bothWritten = !Network.isGatewayEndpointRoute(table, r) && !Network.isGatewayEndpointRoute(table, first);
            String message = "Route table '" + table.id() + "' has two routes to " + r.destinationText() + " (to '" + first.target()
                    + "' and to '" + r.target() + "'); a destination can have only one static route.";
            String fix = "Remove one of the routes" + (bothWritten ? "." : ", or associate only one gateway endpoint per service with this route table.");
            if (bothWritten) {
                List<Route> kept = new ArrayList<>(table.routes());
                kept.remove(kept.lastIndexOf(r));
                c.report(message, fix, QuickFix.replace("Remove the second route to " + r.destinationText() + " from '" + table.id() + "'",
                        new RouteTable(table.id(), table.name(), table.parent(), table.main(), kept, table.propagatingGateways())),
                        table.id(), r.target(), first.target());
            } else {
                c.report(message, fix, table.id(), r.target(), first.target());
            }
        }
    }
}
