package dev.linkwright.validation.rules;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.Listener;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerNode;
import dev.linkwright.model.LoadBalancerType;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.Target;
import dev.linkwright.model.TargetGroup;
import dev.linkwright.model.TopologyView;
import dev.linkwright.validation.ElementRule;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * R-NLB-1: with cross-zone load balancing off (the NLB default), a node only sends to targets in its
 * own AZ, so an enabled AZ without registered targets blackholes the traffic that reaches its node.
 */
public final class LoadBalancerAzWithoutTargets extends ElementRule<LoadBalancer> {

    public LoadBalancerAzWithoutTargets() {
        super("W_NLB_AZ_WITHOUT_TARGETS", "R-NLB-1", LoadBalancer.class,
                "A Network Load Balancer is enabled in an AZ where a target group has no targets while cross-zone load balancing is off, so traffic reaching that AZ's node is dropped (ELBV2_NO_TARGETS_IN_AZ, ELB_NOT_CROSSZONE).",
                "Register targets in every enabled AZ, enable cross-zone load balancing, or disable the AZ on the load balancer.");
    }

    @Override
    protected void check(LoadBalancer lb, Check c) {
        if (lb.type() != LoadBalancerType.NETWORK) {
            return;
        }
        Set<ElementId> groups = new LinkedHashSet<>();
        for (Listener l : lb.listeners()) {
            if (l.targetGroup() != null) {
                groups.add(l.targetGroup());
            }
        }
        for (ElementId id : groups) {
            Optional<TargetGroup> found = c.view().find(id, TargetGroup.class);
            if (found.isEmpty()) {
                continue;
            }
            TargetGroup tg = found.get();
            boolean crossZone = tg.crossZone() != null ? tg.crossZone() : lb.crossZone();
            if (crossZone || tg.targets().isEmpty()) {
                continue;
            }
            Set<String> targetZones = new LinkedHashSet<>();
            boolean everyZone = false;
            for (Target t : tg.targets()) {
                String zone = zoneOf(c.view(), lb, t);
                if (zone == null) {
                    everyZone = true; // an IP target outside the VPC is registered for all AZs
                } else {
                    targetZones.add(zone);
                }
            }
            if (everyZone) {
                continue;
            }
            for (LoadBalancerNode node : lb.nodes()) {
                String zone = Network.zoneKey(c.view(), node.subnet());
                if (zone != null && !targetZones.contains(zone)) {
                    c.report("Network Load Balancer '" + lb.id() + "' is enabled in " + Network.zoneText(zone) + " (subnet '" + node.subnet()
                                    + "'), but target group '" + tg.id() + "' has no target there and cross-zone load balancing is off: traffic reaching that node is dropped.",
                            "Register a target in " + Network.zoneText(zone) + ", turn on cross-zone load balancing for '" + tg.id()
                                    + "', or disable that AZ on the load balancer.",
                            lb.id(), node.subnet(), tg.id());
                }
            }
        }
    }

    /** The AZ key of a target, or null when it is an IP address outside the load balancer's VPC. */
    private static String zoneOf(TopologyView v, LoadBalancer lb, Target t) {
        if (t.instance() != null) {
            String zone = Network.zoneKey(v, t.instance());
            return zone;
        }
        ElementId vpc = Network.vpcIdOf(v, lb.id());
        if (vpc != null && t.ip() != null) {
            for (Subnet s : Network.subnetsOf(v, vpc)) {
                if (s.cidr() != null && s.cidr().contains(t.ip())) {
                    return Network.zoneKey(v, s.id());
                }
            }
        }
        return null;
    }
}
