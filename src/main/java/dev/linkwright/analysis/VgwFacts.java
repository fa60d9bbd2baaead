package dev.linkwright.analysis;

import dev.linkwright.model.DirectConnectGateway;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.VpnGateway;
import java.util.ArrayList;
import java.util.List;

/**
 * A virtual private gateway, the VPC it is attached to (null when detached) and the prefixes it has
 * learned from VPN connections and Direct Connect (R-VPN-1, R-VPN-3).
 */
final class VgwFacts {

    final VpnGateway vgw;
    final VpcFacts vpc;
    final List<DirectConnectGateway> dxGateways = new ArrayList<>();
    private final LongestPrefixTable<KnownRoute> known = new LongestPrefixTable<>();
    private final List<KnownRoute> all = new ArrayList<>();

    VgwFacts(VpnGateway vgw, VpcFacts vpc) {
        this.vgw = vgw;
        this.vpc = vpc;
    }

    void learn(KnownRoute r) {
        known.add(r.cidr(), r);
        all.add(r);
    }

    List<KnownRoute> knownRoutes() {
        return all;
    }

    /** Learned routes covering {@code a}: longest prefix first, then by R-VPN-4 preference. */
    List<KnownRoute> candidates(Ipv4Address a) {
        List<KnownRoute> list = new ArrayList<>();
        for (List<KnownRoute> group : known.matches(a)) {
            List<KnownRoute> sorted = new ArrayList<>(group);
            sorted.sort(java.util.Comparator.comparingInt(r -> r.origin().rank));
            list.addAll(sorted);
        }
        return list;
    }
}
