package dev.linkwright.analysis;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.Ipv4Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A VPC route table with every effective route (R-RT-1..7): implied local routes for the VPC's
 * blocks, stored routes, gateway-endpoint prefix-list routes and routes propagated from virtual
 * private gateways. A table id that is not an element of the design stands for a VPC without a
 * modelled main table (local routes only).
 */
final class VpcRouteTable {

    final ElementId id;
    final boolean implicit;
    final VpcFacts vpc;
    private final LongestPrefixTable<RouteEntry> routes = new LongestPrefixTable<>();
    private final java.util.Set<String> keys = new java.util.HashSet<>();
    private Set<Cidr> subnetBlocks = Set.of();

    VpcRouteTable(ElementId id, boolean implicit, VpcFacts vpc) {
        this.id = id;
        this.implicit = implicit;
        this.vpc = vpc;
    }

    void add(RouteEntry e) {
        routes.add(e.cidr(), e);
        keys.add(key(e.cidr(), e.prefixList(), e.target()));
    }

    private static String key(Cidr cidr, ElementId prefixList, ElementId target) {
        return (prefixList != null ? prefixList.value() : cidr.canonical().toString()) + "|" + target;
    }

    void subnetBlocks(Set<Cidr> blocks) {
        this.subnetBlocks = blocks;
    }

    /** True when an equal route (same destination and target) is already in the table. */
    boolean hasRoute(Cidr cidr, ElementId prefixList, ElementId target) {
        return keys.contains(key(cidr, prefixList, target));
    }

    RouteChoice lookup(Ipv4Address dst) {
        Cidr local = vpc.blockOf(dst);
        List<List<RouteEntry>> matches = routes.matches(dst);
        if (local != null) {
            return localChoice(local, matches);
        }
        for (int i = 0; i < matches.size(); i++) {
            List<RouteEntry> group = matches.get(i);
            RouteEntry best = best(group);
            List<RouteEntry> lower = new ArrayList<>();
            for (RouteEntry e : group) {
                if (e != best && !sameTarget(e, best)) {
                    lower.add(e);
                }
            }
            return new RouteChoice(best, general(matches, i + 1, best), lower, null);
        }
        return new RouteChoice(null, List.of(), List.of(), null);
    }

    /**
     * Inside the VPC's blocks the local route wins, except over static middlebox routes for a
     * whole subnet (R-RT-3); a more specific propagated route loses to it (R-RT-4).
     */
    private RouteChoice localChoice(Cidr local, List<List<RouteEntry>> matches) {
        RouteEntry localRoute = new RouteEntry(local, null, vpc.id(), vpc.vpc, RouteEntry.Kind.LOCAL, -1);
        RouteEntry overridden = null;
        for (List<RouteEntry> group : matches) {
            for (RouteEntry e : group) {
                if (e.cidr().prefixLength() <= local.prefixLength()) {
                    continue;
                }
                if (e.kind() == RouteEntry.Kind.STATIC && isMiddleboxRoute(e)) {
                    return new RouteChoice(e, List.of(localRoute), List.of(), null);
                }
                if (e.kind() == RouteEntry.Kind.PROPAGATED && overridden == null) {
                    overridden = e;
                }
            }
        }
        return new RouteChoice(localRoute, List.of(), List.of(), overridden);
    }

    private boolean isMiddleboxRoute(RouteEntry e) {
        boolean target = e.targetKind() == ElementKind.NAT_GATEWAY || e.targetKind() == ElementKind.NETWORK_INTERFACE
                || e.targetKind() == ElementKind.INSTANCE;
        return target && subnetBlocks.contains(e.cidr().canonical());
    }

    private static RouteEntry best(List<RouteEntry> group) {
        RouteEntry best = null;
        for (RouteEntry e : group) {
            if (best == null || e.kind().rank < best.kind().rank
                    || (e.kind().rank == best.kind().rank && e.order() < best.order())) {
                best = e;
            }
        }
        return best;
    }

    private static List<RouteEntry> general(List<List<RouteEntry>> matches, int from, RouteEntry winner) {
        List<RouteEntry> list = new ArrayList<>();
        for (int i = from; i < matches.size(); i++) {
            for (RouteEntry e : matches.get(i)) {
                if (!sameTarget(e, winner)) {
                    list.add(e);
                }
            }
        }
        return list;
    }

    private static boolean sameTarget(RouteEntry a, RouteEntry b) {
        return a.target() != null && a.target().equals(b.target());
    }

    @Override
    public String toString() {
        return id.value();
    }
}
