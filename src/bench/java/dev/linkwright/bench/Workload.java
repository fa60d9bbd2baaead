package dev.linkwright.bench;

import dev.linkwright.analysis.ReachabilityQuery;
import dev.linkwright.generate.Scale;
import dev.linkwright.generate.SyntheticOrganisation;
import dev.linkwright.model.Design;
import dev.linkwright.model.InterfaceEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The queries the benchmark asks of a synthetic organisation, the same mix at every size so that
 * cost can be compared: instance to instance in the same Region (through the hub or a peering),
 * consumer to interface endpoint (PrivateLink to an NLB target), on-premises to instance and back.
 */
final class Workload {

    private Workload() {
    }

    static List<ReachabilityQuery> queries(Design design, Scale scale, int count, long seed) {
        Random r = new Random(seed);
        List<InterfaceEndpoint> endpoints = design.topology().all(InterfaceEndpoint.class);
        int vpcs = scale.vpcs();
        List<ReachabilityQuery> list = new ArrayList<>(count);
        while (list.size() < count) {
            int kind = r.nextInt(20);
            int a = r.nextInt(vpcs);
            int b = (a + scale.regions() * (1 + r.nextInt(Math.max(1, vpcs / scale.regions() - 1)))) % vpcs;
            String from = SyntheticOrganisation.instanceId(a, r.nextInt(scale.subnetsPerVpc()), r.nextInt(scale.instancesPerSubnet()));
            String to = SyntheticOrganisation.instanceId(b, r.nextInt(scale.subnetsPerVpc()), r.nextInt(scale.instancesPerSubnet()));
            if (kind < 10 && a != b) {
                list.add(ReachabilityQuery.from(from).to(to).tcp(443).build());
            } else if (kind < 14 && !endpoints.isEmpty()) {
                InterfaceEndpoint e = endpoints.get(r.nextInt(endpoints.size()));
                String vpc = e.parent().value();
                int v = Integer.parseInt(vpc.substring(4));
                list.add(ReachabilityQuery.from(SyntheticOrganisation.instanceId(v, 2 + r.nextInt(scale.subnetsPerVpc() - 2), 0))
                        .to(e.id().value()).tcp(443).build());
            } else if (kind < 17 && scale.onRamps()) {
                list.add(ReachabilityQuery.from("corp-h1").to(to).tcp(443).build());
            } else if (scale.onRamps()) {
                list.add(ReachabilityQuery.from(from).to("corp-h1").tcp(22).build());
            }
        }
        return list;
    }
}
