package dev.linkwright.analysis;

import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.OnPremisesHost;
import dev.linkwright.model.OnPremisesNetwork;
import java.util.ArrayList;
import java.util.List;

/**
 * An on-premises network with its router's routes: the design's static routes plus what it learns
 * over BGP from AWS (R-DX-5, R-VPN-3). On-premises networks have no firewall.
 */
final class OnPremFacts {

    final OnPremisesNetwork network;
    final List<OnPremisesHost> hosts = new ArrayList<>();
    private final LongestPrefixTable<OnPremRoute> routes = new LongestPrefixTable<>();

    OnPremFacts(OnPremisesNetwork network) {
        this.network = network;
    }

    void add(OnPremRoute r) {
        routes.add(r.cidr(), r);
    }

    /** Routes covering {@code a}: longest prefix first, then static, Direct Connect, VPN. */
    List<OnPremRoute> candidates(Ipv4Address a) {
        List<OnPremRoute> list = new ArrayList<>();
        for (List<OnPremRoute> group : routes.matches(a)) {
            List<OnPremRoute> sorted = new ArrayList<>(group);
            sorted.sort(java.util.Comparator.comparingInt(OnPremRoute::rank));
            list.addAll(sorted);
        }
        return list;
    }

    boolean contains(Ipv4Address a) {
        return network.contains(a);
    }

    OnPremisesHost hostAt(Ipv4Address a) {
        for (OnPremisesHost h : hosts) {
            if (h.ip().equals(a)) {
                return h;
            }
        }
        return null;
    }
}
