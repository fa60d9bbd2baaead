package dev.linkwright.analysis;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.Ipv4Address;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * IPv4 longest-prefix match in time that depends on the number of distinct prefix lengths (at most
 * 33), not on the number of routes: one hash map per prefix length, keyed by network address. This
 * keeps a query's cost independent of the size of a transit gateway route table with thousands of
 * propagated routes.
 */
final class LongestPrefixTable<T> {

    private final List<Map<Integer, List<T>>> byLength = new ArrayList<>(33);
    private long lengths;

    LongestPrefixTable() {
        for (int i = 0; i <= 32; i++) {
            byLength.add(null);
        }
    }

    void add(Cidr cidr, T value) {
        int len = cidr.prefixLength();
        Map<Integer, List<T>> map = byLength.get(len);
        if (map == null) {
            map = new HashMap<>();
            byLength.set(len, map);
        }
        map.computeIfAbsent(key(cidr.network().bits()), k -> new ArrayList<>(1)).add(value);
        lengths |= 1L << len;
    }

    /** Every entry whose prefix contains {@code a}, grouped by prefix, longest prefix first. */
    List<List<T>> matches(Ipv4Address a) {
        List<List<T>> result = new ArrayList<>(2);
        for (int len = 32; len >= 0; len--) {
            if ((lengths & (1L << len)) == 0) {
                continue;
            }
            int mask = len == 0 ? 0 : -1 << (32 - len);
            List<T> found = byLength.get(len).get(key(a.bits() & mask));
            if (found != null) {
                result.add(found);
            }
        }
        return result;
    }

    /** The entries of the longest prefix containing {@code a}, or an empty list. */
    List<T> longest(Ipv4Address a) {
        for (int len = 32; len >= 0; len--) {
            if ((lengths & (1L << len)) == 0) {
                continue;
            }
            int mask = len == 0 ? 0 : -1 << (32 - len);
            List<T> found = byLength.get(len).get(key(a.bits() & mask));
            if (found != null) {
                return found;
            }
        }
        return List.of();
    }

    /**
     * Network addresses of one prefix length share their low bits (all zero), which would pile them
     * into few hash buckets; multiplying by an odd constant is a bijection that spreads them.
     */
    private static Integer key(int network) {
        return network * 0x9E3779B9;
    }

    /** Every entry, in no particular order. */
    List<T> all() {
        List<T> all = new ArrayList<>();
        for (Map<Integer, List<T>> map : byLength) {
            if (map != null) {
                map.values().forEach(all::addAll);
            }
        }
        return all;
    }
}
