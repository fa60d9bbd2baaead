package dev.linkwright.validation.rules;

import dev.linkwright.model.EndpointService;
import dev.linkwright.model.IpAddressType;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.validation.ElementRule;

/** R-PL-9: a service that accepts IPv6 needs every one of its Network Load Balancers to be dual-stack. */
public final class ServiceIpv6RequiresDualstackLoadBalancer extends ElementRule<EndpointService> {

    public ServiceIpv6RequiresDualstackLoadBalancer() {
        super("E_SERVICE_IPV6_REQUIRES_DUALSTACK_NLB", "R-PL-9", EndpointService.class,
                "An endpoint service supports IPv6, but one of its Network Load Balancers is IPv4-only; all of them must be dual-stack.",
                "Make every load balancer of the service dual-stack (its subnets need IPv6 blocks), or support IPv4 only.");
    }

    @Override
    public boolean appliesTo(RulesProfile profile) {
        return profile == RulesProfile.CURRENT;
    }

    @Override
    protected void check(EndpointService service, Check c) {
        if (!EndpointIpTypeNotSupportedByService.supportsIpv6(service)) {
            return;
        }
        for (LoadBalancer lb : Network.loadBalancersOf(c.view(), service)) {
            if (lb.ipAddressType() != IpAddressType.DUALSTACK) {
                c.report("Endpoint service '" + service.id() + "' supports IPv6, but its load balancer '" + lb.id() + "' is " + lb.ipAddressType().wire()
                                + "; a service accepts IPv6 only when all its Network Load Balancers are dual-stack.",
                        "Make '" + lb.id() + "' dual-stack (its subnets need IPv6 blocks), or set the service's IP address types to IPv4.",
                        service.id(), lb.id());
            }
        }
    }
}
