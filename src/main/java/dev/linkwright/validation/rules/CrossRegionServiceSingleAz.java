package dev.linkwright.validation.rules;

import dev.linkwright.model.EndpointService;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.validation.ElementRule;
import java.util.List;
import java.util.Set;

/** R-PL-12: a provider offering cross-Region access must use at least two AZs. */
public final class CrossRegionServiceSingleAz extends ElementRule<EndpointService> {

    public CrossRegionServiceSingleAz() {
        super("W_CROSS_REGION_SERVICE_SINGLE_AZ", "R-PL-12", EndpointService.class,
                "An endpoint service offers cross-Region access but its load balancers use fewer than two AZs; cross-Region access requires at least two.",
                "Enable the service's load balancer in a second AZ.");
    }

    @Override
    public boolean appliesTo(RulesProfile profile) {
        return profile == RulesProfile.CURRENT;
    }

    @Override
    protected void check(EndpointService s, Check c) {
        if (!CrossRegionAzUnsupported.offersCrossRegion(s, Network.regionOf(c.view(), s.id()))) {
            return;
        }
        List<LoadBalancer> lbs = Network.loadBalancersOf(c.view(), s);
        Set<String> zones = Network.loadBalancerZones(c.view(), s);
        if (!lbs.isEmpty() && zones.size() < 2) {
            c.report("Endpoint service '" + s.id() + "' offers cross-Region access (" + String.join(", ", s.supportedRegions()) + ") but its load balancer"
                            + (lbs.size() > 1 ? "s use " : " uses ") + (zones.isEmpty() ? "no AZ" : "only " + Network.zoneText(zones.iterator().next()))
                            + "; cross-Region access needs the service in at least two AZs.",
                    "Enable '" + lbs.get(0).id() + "' in a second AZ.", s.id(), lbs.get(0).id());
        }
    }
}
