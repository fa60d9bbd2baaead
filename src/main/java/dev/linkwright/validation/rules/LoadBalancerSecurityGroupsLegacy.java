package dev.linkwright.validation.rules;

import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerType;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.validation.ElementRule;

/** R-NLB-5 / R-EV-7, profile legacy-2020: Network Load Balancers had no security groups before August 2023. */
public final class LoadBalancerSecurityGroupsLegacy extends ElementRule<LoadBalancer> {

    public LoadBalancerSecurityGroupsLegacy() {
        super("E_NLB_SECURITY_GROUPS_UNSUPPORTED", "R-NLB-5", LoadBalancer.class,
                "(legacy-2020) A Network Load Balancer has security groups, which NLBs did not support before August 2023.",
                "Remove the security groups; filter on the targets' security groups (admitting the NLB's subnets) instead.");
    }

    @Override
    public boolean appliesTo(RulesProfile profile) {
        return profile == RulesProfile.LEGACY_2020;
    }

    @Override
    protected void check(LoadBalancer lb, Check c) {
        if (lb.type() == LoadBalancerType.NETWORK && !lb.securityGroups().isEmpty()) {
            c.report("Network Load Balancer '" + lb.id() + "' has security groups; under the 2020 rules NLBs had none (they arrived in August 2023).",
                    "Remove the security groups and filter on the targets' security groups instead.", lb.id());
        }
    }
}
