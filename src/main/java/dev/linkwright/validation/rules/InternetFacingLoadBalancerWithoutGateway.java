package dev.linkwright.validation.rules;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerScheme;
import dev.linkwright.validation.ElementRule;

/** R-IGW-1: AWS creates an internet-facing load balancer only in a VPC with an internet gateway. */
public final class InternetFacingLoadBalancerWithoutGateway extends ElementRule<LoadBalancer> {

    public InternetFacingLoadBalancerWithoutGateway() {
        super("E_INTERNET_FACING_LB_WITHOUT_IGW", "R-IGW-1", LoadBalancer.class,
                "An internet-facing load balancer is in a VPC without an internet gateway; AWS refuses to create it.",
                "Attach an internet gateway to the VPC (and route public subnets to it), or make the load balancer internal.");
    }

    @Override
    protected void check(LoadBalancer lb, Check c) {
        if (lb.scheme() != LoadBalancerScheme.INTERNET_FACING) {
            return;
        }
        ElementId vpc = Network.vpcIdOf(c.view(), lb.id());
        if (vpc != null && Network.internetGatewaysOf(c.view(), vpc).isEmpty()) {
            c.report("Internet-facing load balancer '" + lb.id() + "' is in VPC '" + vpc + "', which has no internet gateway; AWS refuses to create an internet-facing load balancer there.",
                    "Attach an internet gateway to VPC '" + vpc + "', or make the load balancer internal.", lb.id(), vpc);
        }
    }
}
