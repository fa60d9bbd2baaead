package dev.linkwright.analysis;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Ipv4Address;
import java.util.ArrayList;
import java.util.List;

/** A transit gateway route table with its stored and propagated routes. */
final class TgwRouteTableFacts {

    final ElementId id;
    final TgwFacts tgw;
    private final LongestPrefixTable<TgwRouteEntry> routes = new LongestPrefixTable<>();
    private final List<TgwRouteEntry> entries = new ArrayList<>();
    private final java.util.Set<String> keys = new java.util.HashSet<>();

    TgwRouteTableFacts(ElementId id, TgwFacts tgw) {
        this.id = id;
        this.tgw = tgw;
    }

    void add(TgwRouteEntry e) {
        routes.add(e.cidr(), e);
        entries.add(e);
        keys.add(e.cidr().canonical() + "|" + e.attachment());
    }

    boolean has(Cidr cidr, ElementId attachment) {
        return keys.contains(cidr.canonical() + "|" + attachment);
    }

    List<TgwRouteEntry> entries() {
        return entries;
    }

    /** The best route for {@code dst} (longest prefix, then R-TGW-5 preference) and the routes it beat. */
    TgwChoice lookup(Ipv4Address dst) {
        List<List<TgwRouteEntry>> matches = routes.matches(dst);
        if (matches.isEmpty()) {
            return new TgwChoice(null, List.of(), List.of());
        }
        List<TgwRouteEntry> group = matches.get(0);
        TgwRouteEntry best = null;
        for (TgwRouteEntry e : group) {
            if (best == null || e.kind().rank < best.kind().rank || (e.kind().rank == best.kind().rank && e.order() < best.order())) {
                best = e;
            }
        }
        List<TgwRouteEntry> lower = new ArrayList<>();
        for (TgwRouteEntry e : group) {
            if (e != best && !java.util.Objects.equals(e.attachment(), best.attachment())) {
                lower.add(e);
            }
        }
        List<TgwRouteEntry> general = new ArrayList<>();
        for (int i = 1; i < matches.size(); i++) {
            for (TgwRouteEntry e : matches.get(i)) {
                if (!java.util.Objects.equals(e.attachment(), best.attachment())) {
                    general.add(e);
                }
            }
        }
        return new TgwChoice(best, general, lower);
    }

    /** A transit gateway route lookup's winner and the routes it beat. */
    record TgwChoice(TgwRouteEntry route, List<TgwRouteEntry> moreGeneral, List<TgwRouteEntry> lowerPriority) {
    }
}
