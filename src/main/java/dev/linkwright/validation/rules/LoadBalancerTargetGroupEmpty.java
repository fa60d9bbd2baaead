package dev.linkwright.validation.rules;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.Listener;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.TargetGroup;
import dev.linkwright.validation.ElementRule;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** R-NLB-2: a listener forwards to a target group with registered targets (ELBV2_LISTENER_HAS_NO_TG). */
public final class LoadBalancerTargetGroupEmpty extends ElementRule<LoadBalancer> {

    public LoadBalancerTargetGroupEmpty() {
        super("W_NLB_TARGET_GROUP_EMPTY", "R-NLB-2", LoadBalancer.class,
                "A load balancer listener has no target group, or its target group has no registered targets, so connections to it go nowhere.",
                "Give the listener a target group and register targets in it.");
    }

    @Override
    protected void check(LoadBalancer lb, Check c) {
        Set<ElementId> reported = new LinkedHashSet<>();
        for (Listener l : lb.listeners()) {
            if (l.targetGroup() == null) {
                c.report("Listener " + l.protocol().wire() + ":" + l.port() + " of load balancer '" + lb.id() + "' has no target group: connections to it go nowhere.",
                        "Give the listener a target group with registered targets.", lb.id());
                continue;
            }
            Optional<TargetGroup> tg = c.view().find(l.targetGroup(), TargetGroup.class);
            if (tg.isPresent() && tg.get().targets().isEmpty() && reported.add(tg.get().id())) {
                c.report("Target group '" + tg.get().id() + "' of load balancer '" + lb.id() + "' (listener " + l.protocol().wire() + ":" + l.port()
                                + ") has no registered targets: connections to the listener go nowhere.",
                        "Register targets in '" + tg.get().id() + "'.", lb.id(), tg.get().id());
            }
        }
    }
}
