package dev.linkwright.validation.rules;

import dev.linkwright.model.IpAddressType;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerNode;
import dev.linkwright.model.Subnet;
import dev.linkwright.validation.ElementRule;
import java.util.Optional;

/** R-PL-9: a dual-stack load balancer needs subnets with IPv6 blocks. */
public final class LoadBalancerDualstackWithoutIpv6 extends ElementRule<LoadBalancer> {

    public LoadBalancerDualstackWithoutIpv6() {
        super("E_NLB_DUALSTACK_SUBNET_WITHOUT_IPV6", "R-PL-9", LoadBalancer.class,
                "A dual-stack load balancer is enabled in a subnet without an IPv6 block; AWS refuses that.",
                "Give the subnet (and its VPC) an IPv6 block, or make the load balancer IPv4.");
    }

    @Override
    protected void check(LoadBalancer lb, Check c) {
        if (lb.ipAddressType() != IpAddressType.DUALSTACK) {
            return;
        }
        for (LoadBalancerNode n : lb.nodes()) {
            Optional<Subnet> s = c.view().find(n.subnet(), Subnet.class);
            if (s.isPresent() && (s.get().ipv6Cidr() == null || s.get().cidr() == null)) {
                c.report("Dual-stack load balancer '" + lb.id() + "' is enabled in subnet '" + n.subnet() + "', which is not dual-stack (it needs an IPv4 and an IPv6 block).",
                        "Add an IPv6 /64 to subnet '" + n.subnet() + "' (the VPC needs an IPv6 block), or make the load balancer IPv4.", lb.id(), n.subnet());
            }
        }
    }
}
