package dev.linkwright.validation.rules;

import dev.linkwright.model.EndpointService;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.IpAddressType;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.validation.ElementRule;
import java.util.Optional;

/** R-PL-9: an endpoint's IP address type is one its endpoint service supports. */
public final class EndpointIpTypeNotSupportedByService extends ElementRule<InterfaceEndpoint> {

    public EndpointIpTypeNotSupportedByService() {
        super("E_VPCE_IP_TYPE_NOT_SUPPORTED_BY_SERVICE", "R-PL-9", InterfaceEndpoint.class,
                "An interface endpoint uses an IP address type (IPv4, IPv6, dual-stack) that its endpoint service does not support.",
                "Use an IP address type the service supports, or have the provider add it to the service's supported IP address types.");
    }

    @Override
    public boolean appliesTo(RulesProfile profile) {
        return profile == RulesProfile.CURRENT;
    }

    @Override
    protected void check(InterfaceEndpoint endpoint, Check c) {
        if (endpoint.service() == null) {
            return;
        }
        Optional<EndpointService> service = c.view().find(endpoint.service(), EndpointService.class);
        if (service.isEmpty()) {
            return;
        }
        boolean v4 = supportsIpv4(service.get());
        boolean v6 = supportsIpv6(service.get());
        boolean ok = switch (endpoint.ipAddressType()) {
            case IPV4 -> v4;
            case IPV6 -> v6;
            case DUALSTACK -> v4 && v6;
        };
        if (!ok) {
            c.report("Interface endpoint '" + endpoint.id() + "' is " + endpoint.ipAddressType().wire() + ", but endpoint service '" + service.get().id()
                            + "' supports only " + (v6 ? "IPv6" : "IPv4") + ".",
                    "Make the endpoint " + (v6 ? "ipv6" : "ipv4") + ", or have the provider support " + endpoint.ipAddressType().wire() + " on the service.",
                    endpoint.id(), service.get().id());
        }
    }

    static boolean supportsIpv4(EndpointService s) {
        return s.supportedIpAddressTypes().contains(IpAddressType.IPV4) || s.supportedIpAddressTypes().contains(IpAddressType.DUALSTACK);
    }

    static boolean supportsIpv6(EndpointService s) {
        return s.supportedIpAddressTypes().contains(IpAddressType.IPV6) || s.supportedIpAddressTypes().contains(IpAddressType.DUALSTACK);
    }
}
