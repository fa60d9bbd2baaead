package dev.linkwright.validation.rules;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerNode;
import dev.linkwright.validation.ElementRule;
import java.util.HashMap;
import java.util.Map;

/** R-NLB-1: a load balancer is enabled in an AZ through exactly one subnet. */
public final class LoadBalancerDuplicateAz extends ElementRule<LoadBalancer> {

    public LoadBalancerDuplicateAz() {
        super("E_NLB_DUPLICATE_AZ", "R-NLB-1", LoadBalancer.class,
                "A load balancer has two subnets in the same Availability Zone; it takes one subnet per AZ.",
                "Keep one subnet per AZ for the load balancer.");
    }

    @Override
    protected void check(LoadBalancer lb, Check c) {
        Map<String, ElementId> seen = new HashMap<>();
        for (LoadBalancerNode n : lb.nodes()) {
            String zone = Network.zoneKey(c.view(), n.subnet());
            if (zone == null) {
                continue;
            }
            ElementId first = seen.putIfAbsent(zone, n.subnet());
            if (first != null) {
                c.report("Load balancer '" + lb.id() + "' uses subnets '" + first + "' and '" + n.subnet() + "', both in " + Network.zoneText(zone)
                                + "; a load balancer is enabled in an AZ through one subnet.",
                        "Remove '" + n.subnet() + "' from the load balancer.", lb.id(), n.subnet(), first);
            }
        }
    }
}
