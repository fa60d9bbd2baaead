package dev.linkwright.validation.rules;

import dev.linkwright.model.EndpointService;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.validation.ElementRule;
import dev.linkwright.validation.QuickFix;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R-PL-12: a cross-Region endpoint is possible only when the provider lists the consumer's Region
 * among the service's supported Regions (same partition).
 */
public final class EndpointServiceRegionNotSupported extends ElementRule<InterfaceEndpoint> {

    public EndpointServiceRegionNotSupported() {
        super("E_VPCE_SERVICE_REGION_NOT_SUPPORTED", "R-PL-12", InterfaceEndpoint.class,
                "An interface endpoint in one Region connects to an endpoint service in another, but the service does not list the endpoint's Region among its supported Regions (or the Regions are in different partitions).",
                "Have the provider add the consumer's Region to the service's supported Regions (quick fix available), or create the endpoint in the service's Region.");
    }

    @Override
    public boolean appliesTo(RulesProfile profile) {
        return profile == RulesProfile.CURRENT;
    }

    @Override
    protected void check(InterfaceEndpoint endpoint, Check c) {
        if (endpoint.service() == null || !Network.isCrossRegion(c.view(), endpoint)) {
            return;
        }
        Optional<EndpointService> found = c.view().find(endpoint.service(), EndpointService.class);
        if (found.isEmpty()) {
            return;
        }
        EndpointService service = found.get();
        String consumer = Network.regionOf(c.view(), endpoint.id());
        String host = Network.serviceRegionOf(c.view(), endpoint);
        if (!Network.partitionOf(consumer).equals(Network.partitionOf(host))) {
            c.report("Interface endpoint '" + endpoint.id() + "' in " + consumer + " connects to endpoint service '" + service.id() + "' in " + host
                            + ", another AWS partition; cross-Region PrivateLink works only within one partition.",
                    "Create the endpoint in the service's partition.", endpoint.id(), service.id());
            return;
        }
        if (!service.supportedRegions().contains(consumer)) {
            List<String> regions = new ArrayList<>(service.supportedRegions());
            if (!regions.contains(host)) {
                regions.add(0, host);
            }
            regions.add(consumer);
            EndpointService fixed = new EndpointService(service.id(), service.name(), service.parent(), service.serviceName(), service.loadBalancers(),
                    service.acceptanceRequired(), service.allowedPrincipals(), service.supportedIpAddressTypes(), regions, service.privateDnsName(),
                    service.privateDnsVerified(), service.zoneIds(), service.state());
            c.report("Interface endpoint '" + endpoint.id() + "' in " + consumer + " connects to endpoint service '" + service.id() + "' in " + host
                            + ", but the service's supported Regions are " + (service.supportedRegions().isEmpty() ? host + " only" : String.join(", ", service.supportedRegions()))
                            + ": AWS refuses the cross-Region endpoint.",
                    "Have the provider add " + consumer + " to the supported Regions of '" + service.id() + "' (both sides also need vpce:AllowMultiRegion).",
                    QuickFix.replace("Add " + consumer + " to the supported Regions of '" + service.id() + "'", fixed), endpoint.id(), service.id());
        }
    }
}
