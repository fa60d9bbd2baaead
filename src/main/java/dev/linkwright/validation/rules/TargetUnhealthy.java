package dev.linkwright.validation.rules;

import dev.linkwright.model.Target;
import dev.linkwright.model.TargetGroup;
import dev.linkwright.model.TargetHealth;
import dev.linkwright.validation.ElementRule;
import java.util.Set;

/** R-NLB-2: analyses ignore target health, but an unhealthy target is worth a warning. */
public final class TargetUnhealthy extends ElementRule<TargetGroup> {

    private static final Set<TargetHealth> BAD = Set.of(TargetHealth.UNHEALTHY, TargetHealth.UNAVAILABLE, TargetHealth.DRAINING);

    public TargetUnhealthy() {
        super("W_TARGET_UNHEALTHY", "R-NLB-2", TargetGroup.class,
                "A registered target is unhealthy, unavailable or draining; reachability ignores health (as Reachability Analyzer does), but the load balancer will not send it traffic.",
                "Fix the target's health check (security group, port, application) or deregister it.");
    }

    @Override
    protected void check(TargetGroup tg, Check c) {
        for (Target t : tg.targets()) {
            if (BAD.contains(t.health())) {
                String who = t.instance() != null ? "'" + t.instance() + "'" : t.ip().toString();
                c.report("Target " + who + " of target group '" + tg.id() + "' is " + t.health().wire() + ": the load balancer does not send it traffic.",
                        "Check the target's health check: its security group must admit the load balancer, and the application must answer on port "
                                + (t.port() != null ? t.port() : tg.port()) + ".",
                        t.instance() != null ? t.instance() : tg.id(), tg.id());
            }
        }
    }
}
