package dev.linkwright.validation.rules;

import dev.linkwright.model.EndpointService;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.validation.ElementRule;
import java.util.List;
import java.util.Set;

/** R-NLB-1 / R-IEP-1: an endpoint service whose load balancers use one AZ only is a single point of failure. */
public final class EndpointServiceSingleAz extends ElementRule<EndpointService> {

    public EndpointServiceSingleAz() {
        super("W_ENDPOINT_SERVICE_SINGLE_AZ", "R-NLB-1", EndpointService.class,
                "An endpoint service's Network Load Balancer is enabled in one AZ only: a single point of failure, and consumers can only use that AZ.",
                "Enable the load balancer in a second AZ with targets there (or cross-zone load balancing).");
    }

    @Override
    protected void check(EndpointService service, Check c) {
        List<LoadBalancer> lbs = Network.loadBalancersOf(c.view(), service);
        Set<String> zones = Network.loadBalancerZones(c.view(), service);
        if (!lbs.isEmpty() && zones.size() == 1) {
            c.report("Endpoint service '" + service.id() + "' is served by " + (lbs.size() > 1 ? "load balancers" : "a load balancer") + " in " + Network.zoneText(zones.iterator().next())
                            + " only: an AZ failure takes the service down, and consumers can place endpoints in that AZ only.",
                    "Enable '" + lbs.get(0).id() + "' in a second AZ, with targets there or cross-zone load balancing.", service.id(), lbs.get(0).id());
        }
    }
}
