package dev.linkwright.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A VPC endpoint service (AWS PrivateLink, provider side): the load balancers behind it, whether
 * connection requests need acceptance, the principals allowed to connect, the IP address types and
 * Regions it supports and an optional private DNS name.
 *
 * <p>{@code acceptanceRequired} is null when the design does not say (the rulebook then assumes
 * true and warns). {@code zoneIds} lists the AZ ids the service is enabled in, or is null to mean
 * "the AZs of its load balancers" (R-PL-2). An empty {@code supportedRegions} means only the host
 * Region.
 */
public record EndpointService(ElementId id, String name, ElementId parent, String serviceName,
                              List<ElementId> loadBalancers, Boolean acceptanceRequired,
                              List<String> allowedPrincipals, List<IpAddressType> supportedIpAddressTypes,
                              List<String> supportedRegions, String privateDnsName, boolean privateDnsVerified,
                              List<String> zoneIds, String state) implements Element {

    public EndpointService {
        name = Lists.text(name);
        serviceName = serviceName == null || serviceName.isEmpty() ? null : serviceName;
        loadBalancers = Lists.copy(loadBalancers);
        allowedPrincipals = Lists.copy(allowedPrincipals);
        supportedIpAddressTypes = supportedIpAddressTypes == null || supportedIpAddressTypes.isEmpty()
                ? List.of(IpAddressType.IPV4) : List.copyOf(supportedIpAddressTypes);
        supportedRegions = Lists.copy(supportedRegions);
        privateDnsName = privateDnsName == null || privateDnsName.isEmpty() ? null : privateDnsName;
        zoneIds = zoneIds == null ? null : List.copyOf(zoneIds);
        state = state == null || state.isEmpty() ? "Available" : state;
    }

    @Override
    public ElementKind kind() {
        return ElementKind.ENDPOINT_SERVICE;
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        for (ElementId lb : loadBalancers) {
            refs.add(Reference.to("loadBalancer", lb));
        }
        return refs;
    }

    /** The service name consumers use, e.g. {@code com.amazonaws.vpce.us-east-1.vpce-svc-1234}. */
    public String effectiveServiceName(String regionCode) {
        return serviceName != null ? serviceName : "com.amazonaws.vpce." + regionCode + "." + id.value();
    }

    /** True when connection requests wait for the provider; true when unstated (rulebook §18.1). */
    public boolean effectiveAcceptanceRequired() {
        return acceptanceRequired == null || acceptanceRequired;
    }
}
