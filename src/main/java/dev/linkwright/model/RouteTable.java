package dev.linkwright.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A VPC route table. {@code main} marks the table used by subnets without an explicit association.
 * {@code propagatingGateways} are the virtual private gateways whose learned routes propagate
 * into the table (R-VPN-3).
 */
public record RouteTable(ElementId id, String name, ElementId parent, boolean main, List<Route> routes,
                         List<ElementId> propagatingGateways) implements Element {

    public RouteTable {
        name = Lists.text(name);
        routes = Lists.copy(routes);
        propagatingGateways = Lists.copy(propagatingGateways);
    }

    @Override
    public ElementKind kind() {
        return ElementKind.ROUTE_TABLE;
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        for (Route r : routes) {
            // a route may outlive its target (AWS shows it as a blackhole), so targets are optional
            refs.add(Reference.optional("routeTarget", r.target()));
            if (r.destinationPrefixList() != null) {
                refs.add(Reference.to("routeDestination", r.destinationPrefixList()));
            }
        }
        for (ElementId g : propagatingGateways) {
            refs.add(Reference.to("propagation", g));
        }
        return refs;
    }
}
