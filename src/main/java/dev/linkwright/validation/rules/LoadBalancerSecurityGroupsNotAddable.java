package dev.linkwright.validation.rules;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.validation.ElementRule;
import dev.linkwright.validation.QuickFix;
import java.util.ArrayList;
import java.util.List;

/** R-NLB-5: security groups can be given to an NLB only at creation; one created without never gets them. */
public final class LoadBalancerSecurityGroupsNotAddable extends ElementRule<LoadBalancer> {

    public LoadBalancerSecurityGroupsNotAddable() {
        super("E_NLB_SG_NOT_ADDABLE", "R-NLB-5", LoadBalancer.class,
                "A Network Load Balancer created without security groups is shown with security groups; they can only be associated at creation.",
                "Recreate the load balancer with its security groups (quick fix marks it as created with them), or drop the security groups.");
    }

    @Override
    public boolean appliesTo(RulesProfile profile) {
        return profile == RulesProfile.CURRENT;
    }

    @Override
    protected void check(LoadBalancer lb, Check c) {
        if (lb.securityGroups().isEmpty() || lb.createdWithSecurityGroups()) {
            return;
        }
        List<ElementId> ids = new ArrayList<>();
        ids.add(lb.id());
        ids.addAll(lb.securityGroups());
        LoadBalancer recreated = new LoadBalancer(lb.id(), lb.name(), lb.parent(), lb.type(), lb.scheme(), lb.ipAddressType(), lb.nodes(),
                lb.securityGroups(), true, lb.enforceSecurityGroupsOnPrivateLink(), lb.crossZone(), lb.listeners(), lb.state());
        c.report("Network Load Balancer '" + lb.id() + "' was created without security groups, so security groups "
                        + Network.and(lb.securityGroups().stream().map(s -> "'" + s + "'").toList()) + " can never be associated with it.",
                "Recreate the load balancer with the security groups (and move the endpoint service to it), or remove them from the design.",
                new QuickFix("Recreate '" + lb.id() + "' with its security groups", List.of(recreated)),
                ids.toArray(new ElementId[0]));
    }
}
