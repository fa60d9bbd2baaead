package dev.linkwright.validation.rules;

import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerNode;
import dev.linkwright.model.LoadBalancerScheme;
import dev.linkwright.model.Subnet;
import dev.linkwright.validation.ElementRule;
import java.util.Optional;

/** R-IGW-1 / R-RT-9: the nodes of an internet-facing load balancer sit in public subnets. */
public final class InternetFacingLoadBalancerInPrivateSubnet extends ElementRule<LoadBalancer> {

    public InternetFacingLoadBalancerInPrivateSubnet() {
        super("W_INTERNET_FACING_NLB_IN_PRIVATE_SUBNET", "R-RT-9", LoadBalancer.class,
                "An internet-facing load balancer has a node in a private subnet (no route to an internet gateway), so clients on the internet cannot reach that node.",
                "Enable the load balancer in public subnets (with a route to the internet gateway), or make it internal.");
    }

    @Override
    protected void check(LoadBalancer lb, Check c) {
        if (lb.scheme() != LoadBalancerScheme.INTERNET_FACING) {
            return;
        }
        for (LoadBalancerNode node : lb.nodes()) {
            Optional<Subnet> subnet = c.view().find(node.subnet(), Subnet.class);
            if (subnet.isPresent() && !Network.isPublic(c.view(), subnet.get())) {
                c.report("Internet-facing load balancer '" + lb.id() + "' has a node in subnet '" + subnet.get().id()
                                + "', which has no route to an internet gateway: that node cannot be reached from the internet.",
                        "Use a public subnet in that AZ for the load balancer, or make the load balancer internal.", lb.id(), subnet.get().id());
            }
        }
    }
}
