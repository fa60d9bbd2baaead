package dev.linkwright.validation.rules;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.EndpointService;
import dev.linkwright.validation.ElementRule;

/** R-PL-1: a load balancer belongs to at most one endpoint service. Reported on the later service. */
public final class LoadBalancerInTwoServices extends ElementRule<EndpointService> {

    public LoadBalancerInTwoServices() {
        super("E_NLB_ALREADY_IN_SERVICE", "R-PL-1", EndpointService.class,
                "A Network Load Balancer is used by two endpoint services; a load balancer can belong to only one.",
                "Give the second service its own Network Load Balancer.");
    }

    @Override
    protected void check(EndpointService service, Check c) {
        long mine = c.view().order(service.id());
        for (ElementId lb : service.loadBalancers()) {
            for (EndpointService other : Network.referrersOf(c.view(), lb, EndpointService.class)) {
                if (!other.id().equals(service.id()) && other.loadBalancers().contains(lb) && c.view().order(other.id()) < mine) {
                    c.report("Load balancer '" + lb + "' of endpoint service '" + service.id() + "' already belongs to endpoint service '" + other.id()
                                    + "'; a load balancer can serve only one endpoint service.",
                            "Create another Network Load Balancer for '" + service.id() + "'.", service.id(), lb, other.id());
                }
            }
        }
    }
}
