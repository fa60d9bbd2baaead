package dev.linkwright.validation.rules;

import dev.linkwright.model.EndpointService;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerNode;
import dev.linkwright.validation.ElementRule;
import dev.linkwright.validation.QuickFix;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * R-PL-2: an AZ newly enabled on a service's load balancer is not automatically enabled for the
 * endpoint service; consumers cannot use it until the provider enables it.
 */
public final class ServiceAzNotEnabled extends ElementRule<EndpointService> {

    public ServiceAzNotEnabled() {
        super("W_SERVICE_AZ_NOT_ENABLED", "R-PL-2", EndpointService.class,
                "A service's load balancer is enabled in an AZ that is not enabled for the endpoint service, so consumers cannot use that AZ.",
                "Enable the AZ on the endpoint service (quick fix available).");
    }

    @Override
    protected void check(EndpointService service, Check c) {
        if (service.zoneIds() == null || service.zoneIds().isEmpty()) {
            return;
        }
        Set<String> missing = new LinkedHashSet<>();
        for (LoadBalancer lb : Network.loadBalancersOf(c.view(), service)) {
            for (LoadBalancerNode node : lb.nodes()) {
                String zone = Network.zoneKey(c.view(), node.subnet());
                if (Network.isZoneId(zone) && !service.zoneIds().contains(zone)) {
                    missing.add(zone);
                    List<String> enabled = new ArrayList<>(service.zoneIds());
                    enabled.add(zone);
                    c.report("Load balancer '" + lb.id() + "' of endpoint service '" + service.id() + "' is enabled in " + zone + " (subnet '" + node.subnet()
                                    + "'), but the service is not enabled there: consumers cannot place endpoints in " + zone + ".",
                            "Enable " + zone + " on endpoint service '" + service.id() + "'.",
                            QuickFix.replace("Enable " + zone + " on '" + service.id() + "'", withZones(service, enabled)),
                            service.id(), lb.id(), node.subnet());
                }
            }
        }
    }

    private static EndpointService withZones(EndpointService s, List<String> zones) {
        return new EndpointService(s.id(), s.name(), s.parent(), s.serviceName(), s.loadBalancers(), s.acceptanceRequired(), s.allowedPrincipals(),
                s.supportedIpAddressTypes(), s.supportedRegions(), s.privateDnsName(), s.privateDnsVerified(), zones, s.state());
    }
}
