package dev.linkwright.validation.rules;

import dev.linkwright.model.Element;
import dev.linkwright.model.EndpointInterface;
import dev.linkwright.model.EndpointService;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerNode;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.validation.ElementRule;
import java.util.List;
import java.util.Set;

/**
 * R-PL-12: cross-Region PrivateLink is not available in the AZs use1-az3, usw1-az2, apne1-az3,
 * apne2-az2 and apne2-az4: neither for a cross-Region endpoint's subnets nor for the load balancer
 * nodes of a service that offers cross-Region access.
 */
public final class CrossRegionAzUnsupported extends ElementRule<Element> {

    /** AZ ids where cross-Region PrivateLink is not supported. */
    public static final Set<String> UNSUPPORTED_ZONES = Set.of("use1-az3", "usw1-az2", "apne1-az3", "apne2-az2", "apne2-az4");

    public CrossRegionAzUnsupported() {
        super("E_CROSS_REGION_AZ_UNSUPPORTED", "R-PL-12", Element.class,
                "A cross-Region endpoint, or a service offering cross-Region access, uses one of the AZs where cross-Region PrivateLink is not supported (use1-az3, usw1-az2, apne1-az3, apne2-az2, apne2-az4).",
                "Use subnets in other AZs for the endpoint or the service's load balancer.");
    }

    @Override
    public boolean appliesTo(RulesProfile profile) {
        return profile == RulesProfile.CURRENT;
    }

    @Override
    public List<Class<? extends Element>> anchorTypes() {
        return List.of(InterfaceEndpoint.class, EndpointService.class);
    }

    @Override
    protected void check(Element e, Check c) {
        if (e instanceof InterfaceEndpoint ep && Network.isCrossRegion(c.view(), ep)) {
            for (EndpointInterface i : ep.interfaces()) {
                String zone = Network.zoneKey(c.view(), i.subnet());
                if (zone != null && UNSUPPORTED_ZONES.contains(zone)) {
                    c.report("Cross-Region interface endpoint '" + ep.id() + "' uses subnet '" + i.subnet() + "' in " + zone
                                    + ", where cross-Region PrivateLink is not supported.",
                            "Use a subnet in another AZ for the endpoint.", ep.id(), i.subnet());
                }
            }
        } else if (e instanceof EndpointService s && offersCrossRegion(s, Network.regionOf(c.view(), s.id()))) {
            for (LoadBalancer lb : Network.loadBalancersOf(c.view(), s)) {
                for (LoadBalancerNode n : lb.nodes()) {
                    String zone = Network.zoneKey(c.view(), n.subnet());
                    if (zone != null && UNSUPPORTED_ZONES.contains(zone)) {
                        c.report("Endpoint service '" + s.id() + "' offers cross-Region access, but its load balancer '" + lb.id() + "' is enabled in " + zone
                                        + " (subnet '" + n.subnet() + "'), where cross-Region PrivateLink is not supported.",
                                "Enable the load balancer in other AZs, or do not offer cross-Region access.", s.id(), lb.id(), n.subnet());
                    }
                }
            }
        }
    }

    /** True when a service lists a supported Region other than its own. */
    static boolean offersCrossRegion(EndpointService s, String ownRegion) {
        return s.supportedRegions().stream().anyMatch(r -> !r.equals(ownRegion));
    }
}
