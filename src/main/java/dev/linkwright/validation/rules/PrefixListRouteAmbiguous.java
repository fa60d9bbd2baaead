package dev.linkwright.validation.rules;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.PrefixList;
import dev.linkwright.model.Route;
import dev.linkwright.model.RouteTable;
import dev.linkwright.validation.ElementRule;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * R-RT-6: two prefix-list routes of one table whose lists overlap and whose targets differ; AWS
 * picks one of them at random and sticks to it.
 */
public final class PrefixListRouteAmbiguous extends ElementRule<RouteTable> {

    public PrefixListRouteAmbiguous() {
        super("W_PREFIX_LIST_ROUTE_AMBIGUOUS", "R-RT-6", RouteTable.class,
                "Two prefix-list routes of one route table have overlapping prefix lists and different targets; AWS picks one at random.",
                "Make the prefix lists disjoint, or route the overlapping ranges with explicit CIDR routes (which win over prefix-list routes).");
    }

    @Override
    protected void check(RouteTable table, Check c) {
        List<Route> routes = Network.routesOf(c.view(), table).stream().filter(r -> r.destinationPrefixList() != null).toList();
        for (int i = 1; i < routes.size(); i++) {
            for (int j = 0; j < i; j++) {
                Route a = routes.get(j);
                Route b = routes.get(i);
                if (Objects.equals(a.target(), b.target()) || a.destinationPrefixList().equals(b.destinationPrefixList())) {
                    continue;
                }
                Optional<PrefixList> pa = c.view().find(a.destinationPrefixList(), PrefixList.class);
                Optional<PrefixList> pb = c.view().find(b.destinationPrefixList(), PrefixList.class);
                if (pa.isEmpty() || pb.isEmpty()) {
                    continue;
                }
                Cidr[] overlap = Network.firstOverlap(pa.get().cidrs(), pb.get().cidrs());
                if (overlap != null) {
                    c.report("Route table '" + table.id() + "' sends prefix list '" + pa.get().id() + "' to '" + a.target() + "' and prefix list '"
                                    + pb.get().id() + "' to '" + b.target() + "', and the lists overlap (" + overlap[0] + " / " + overlap[1]
                                    + "): AWS picks one of the routes at random for the overlap.",
                            "Make the prefix lists disjoint or add an explicit CIDR route for " + Network.overlapOf(overlap[0], overlap[1]) + ".",
                            table.id(), pb.get().id(), pa.get().id());
                }
            }
        }
    }
}
