package dev.linkwright.validation.rules;

import dev.linkwright.model.EndpointInterface;
import dev.linkwright.model.EndpointService;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.validation.ElementRule;
import java.util.Optional;
import java.util.Set;

/**
 * R-PL-3 / R-VPC-6: an interface endpoint's subnets are in AZs the service is offered in, compared
 * by AZ id (names are per-account aliases). Cross-Region endpoints are exempt (R-PL-12).
 */
public final class EndpointAzNotSupported extends ElementRule<InterfaceEndpoint> {

    public EndpointAzNotSupported() {
        super("E_VPCE_AZ_NOT_SUPPORTED", "R-PL-3", InterfaceEndpoint.class,
                "An interface endpoint has a subnet in an AZ (by AZ id) where its endpoint service is not offered; AWS refuses: the service does not support the Availability Zone of the subnet.",
                "Place the endpoint in subnets whose AZ ids the service offers (AZ names differ between accounts), or enable the service's load balancer in that AZ.");
    }

    @Override
    protected void check(InterfaceEndpoint endpoint, Check c) {
        if (endpoint.service() == null || Network.isCrossRegion(c.view(), endpoint)) {
            return;
        }
        Optional<EndpointService> service = c.view().find(endpoint.service(), EndpointService.class);
        if (service.isEmpty()) {
            return;
        }
        if (Network.loadBalancersOf(c.view(), service.get()).isEmpty()) {
            return; // E_ENDPOINT_SERVICE_NO_LOAD_BALANCER says it
        }
        Set<String> offered = Network.serviceZones(c.view(), service.get());
        for (EndpointInterface i : endpoint.interfaces()) {
            String zone = Network.zoneKey(c.view(), i.subnet());
            if (zone == null || !comparable(zone, offered)) {
                continue;
            }
            if (!offered.contains(zone)) {
                String name = Network.zoneNameOf(c.view(), i.subnet());
                c.report("Interface endpoint '" + endpoint.id() + "' uses subnet '" + i.subnet() + "' in " + (name != null ? name + " = " : "")
                                + Network.zoneText(zone) + ", but endpoint service '" + service.get().id() + "' is offered only in "
                                + (offered.isEmpty() ? "no AZ" : Network.and(offered.stream().map(Network::zoneText).toList()))
                                + " (by AZ id): AWS refuses it because the service does not support the Availability Zone of the subnet.",
                        "Use a subnet in " + (offered.isEmpty() ? "an AZ the service offers" : Network.and(offered.stream().map(Network::zoneText).toList()))
                                + " (compare AZ ids: AZ names are per-account aliases), or enable the service's load balancer in " + Network.zoneText(zone) + ".",
                        endpoint.id(), i.subnet(), service.get().id());
            }
        }
    }

    /** AZ ids compare with AZ ids; account-local names only with names of the same account. */
    private static boolean comparable(String zone, Set<String> offered) {
        boolean id = Network.isZoneId(zone);
        return offered.stream().allMatch(o -> Network.isZoneId(o) == id);
    }
}
