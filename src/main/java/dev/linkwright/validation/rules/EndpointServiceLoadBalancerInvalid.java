package dev.linkwright.validation.rules;

import dev.linkwright.model.EndpointService;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerType;
import dev.linkwright.validation.ElementRule;
import java.util.List;
import java.util.Objects;

/**
 * R-PL-1: an endpoint service is fronted by Network Load Balancers or Gateway Load Balancers (not
 * Application Load Balancers, not a mix), in its own account and Region.
 */
public final class EndpointServiceLoadBalancerInvalid extends ElementRule<EndpointService> {

    public EndpointServiceLoadBalancerInvalid() {
        super("E_ENDPOINT_SERVICE_LOAD_BALANCER_INVALID", "R-PL-1", EndpointService.class,
                "An endpoint service uses an Application Load Balancer, mixes Network and Gateway Load Balancers, or uses a load balancer of another account or Region.",
                "Front the service with Network Load Balancers of the service's own account and Region (put an ALB behind an NLB if needed).");
    }

    @Override
    protected void check(EndpointService service, Check c) {
        List<LoadBalancer> lbs = Network.loadBalancersOf(c.view(), service);
        String region = Network.regionOf(c.view(), service.id());
        String account = Network.accountOf(c.view(), service.id());
        for (LoadBalancer lb : lbs) {
            if (lb.type() == LoadBalancerType.APPLICATION) {
                c.report("Endpoint service '" + service.id() + "' uses Application Load Balancer '" + lb.id()
                                + "'; an endpoint service is fronted by Network (or Gateway) Load Balancers only.",
                        "Put a Network Load Balancer in front (it can target the ALB) and use it for the service.", service.id(), lb.id());
            }
            String lbRegion = Network.regionOf(c.view(), lb.id());
            String lbAccount = Network.accountOf(c.view(), lb.id());
            if (region != null && lbRegion != null && !region.equals(lbRegion)) {
                c.report("Endpoint service '" + service.id() + "' (" + region + ") uses load balancer '" + lb.id() + "' in " + lbRegion
                                + "; the load balancer must be in the service's Region (use cross-Region access for remote consumers).",
                        "Create the service in " + lbRegion + ", next to its load balancer.", service.id(), lb.id());
            } else if (account != null && lbAccount != null && !Objects.equals(account, lbAccount)) {
                c.report("Endpoint service '" + service.id() + "' (account " + account + ") uses load balancer '" + lb.id() + "' of account " + lbAccount
                                + "; a service is created in the account that owns its load balancer.",
                        "Create the service in account " + lbAccount + ".", service.id(), lb.id());
            }
        }
        boolean network = lbs.stream().anyMatch(l -> l.type() == LoadBalancerType.NETWORK);
        boolean gateway = lbs.stream().anyMatch(l -> l.type() == LoadBalancerType.GATEWAY);
        if (network && gateway) {
            c.report("Endpoint service '" + service.id() + "' mixes Network and Gateway Load Balancers; a service uses one kind.",
                    "Split it into two endpoint services.", service.id());
        }
    }
}
