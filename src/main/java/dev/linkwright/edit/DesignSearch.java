package dev.linkwright.edit;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.TopologyView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds elements by what a person remembers of them: a name or part of one, an id, a CIDR block,
 * or an IP address (which finds the element holding it and the subnets and VPCs it falls in).
 * Better matches come first: exact id, then exact name, then addresses, then partial text.
 *
 * <pre>{@code
 * List<DesignSearch.Hit> hits = DesignSearch.find(topology, "10.0.1.10");
 * }</pre>
 */
public final class DesignSearch {

    /** Most hits returned. */
    public static final int LIMIT = 200;

    private DesignSearch() {
    }

    /**
     * One element found, with what matched ("id", "name", "CIDR 10.0.1.0/24 contains 10.0.1.10",
     * ...) and a score (lower is better).
     */
    public record Hit(ElementId id, String label, String why, int score) {
    }

    /** Elements matching {@code query}, best first; empty for a blank query. */
    public static List<Hit> find(TopologyView t, String query) {
        String q = query == null ? "" : query.trim();
        if (q.isEmpty()) {
            return List.of();
        }
        String lower = q.toLowerCase(Locale.ROOT);
        Ipv4Address address = Ipv4Address.isValid(q) ? Ipv4Address.parse(q) : null;
        Cidr block = !q.contains("/") || !Cidr.isValid(q) ? null : Cidr.parse(q);
        List<Hit> hits = new ArrayList<>();
        for (Element e : t.elements()) {
            Hit hit = match(e, lower, address, block);
            if (hit != null) {
                hits.add(hit);
            }
        }
        hits.sort(Comparator.comparingInt(Hit::score).thenComparingLong(h -> t.order(h.id())));
        return hits.size() > LIMIT ? List.copyOf(hits.subList(0, LIMIT)) : hits;
    }

    private static Hit match(Element e, String q, Ipv4Address address, Cidr block) {
        String id = e.id().value().toLowerCase(Locale.ROOT);
        String name = e.name().toLowerCase(Locale.ROOT);
        if (id.equals(q)) {
            return new Hit(e.id(), e.label(), "id", 0);
        }
        if (!name.isEmpty() && name.equals(q)) {
            return new Hit(e.id(), e.label(), "name", 1);
        }
        List<Ipv4Address> addresses = new ArrayList<>();
        List<Cidr> blocks = new ArrayList<>();
        collectAddresses(e, addresses, blocks);
        if (address != null) {
            if (addresses.contains(address)) {
                return new Hit(e.id(), e.label(), "address " + address, 2);
            }
            for (Cidr c : blocks) {
                if (c.contains(address)) {
                    return new Hit(e.id(), e.label(), c + " contains " + address, 4 + (32 - c.prefixLength()) / 8);
                }
            }
        }
        if (block != null) {
            for (Cidr c : blocks) {
                if (c.canonical().equals(block.canonical())) {
                    return new Hit(e.id(), e.label(), "CIDR " + c, 2);
                }
            }
            for (Cidr c : blocks) {
                if (c.contains(block)) {
                    return new Hit(e.id(), e.label(), c + " contains " + block, 5);
                }
            }
        }
        if (id.contains(q)) {
            return new Hit(e.id(), e.label(), "id", 8);
        }
        if (name.contains(q)) {
            return new Hit(e.id(), e.label(), "name", 9);
        }
        for (Cidr c : blocks) {
            if (c.toString().startsWith(q)) {
                return new Hit(e.id(), e.label(), "CIDR " + c, 10);
            }
        }
        for (Ipv4Address a : addresses) {
            if (a.toString().startsWith(q)) {
                return new Hit(e.id(), e.label(), "address " + a, 10);
            }
        }
        if (e.kind().label().toLowerCase(Locale.ROOT).contains(q)) {
            return new Hit(e.id(), e.label(), e.kind().label(), 12);
        }
        return null;
    }

    /** The element's own addresses and blocks (not those of rules or routes that merely name them). */
    private static void collectAddresses(Element e, List<Ipv4Address> addresses, List<Cidr> blocks) {
        for (var entry : ElementRecords.values((Record) e).entrySet()) {
            String field = entry.getKey();
            if (field.equals("routes") || field.equals("ingress") || field.equals("egress") || field.equals("staticRoutes")
                    || field.equals("customerAdvertised") || field.equals("associations")) {
                continue;
            }
            collect(entry.getValue(), addresses, blocks);
        }
    }

    private static void collect(Object v, List<Ipv4Address> addresses, List<Cidr> blocks) {
        if (v instanceof Ipv4Address a) {
            addresses.add(a);
        } else if (v instanceof Cidr c) {
            blocks.add(c);
        } else if (v instanceof List<?> list) {
            for (Object o : list) {
                collect(o, addresses, blocks);
            }
        } else if (v instanceof Record r && !(v instanceof ElementId) && r.getClass().getPackageName().equals(Element.class.getPackageName())
                && !(v instanceof Cidr) && !(v instanceof Ipv4Address)) {
            for (Object o : ElementRecords.values(r).values()) {
                collect(o, addresses, blocks);
            }
        }
    }
}
