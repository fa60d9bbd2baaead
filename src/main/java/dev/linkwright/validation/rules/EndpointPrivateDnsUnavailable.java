package dev.linkwright.validation.rules;

import dev.linkwright.model.EndpointService;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.validation.ElementRule;
import java.util.Optional;

/**
 * R-PL-13: private DNS names of an endpoint service work only when the service has a private DNS
 * name whose domain the provider has verified.
 */
public final class EndpointPrivateDnsUnavailable extends ElementRule<InterfaceEndpoint> {

    public EndpointPrivateDnsUnavailable() {
        super("W_VPCE_PRIVATE_DNS_UNAVAILABLE", "R-PL-13", InterfaceEndpoint.class,
                "An interface endpoint has private DNS enabled, but its endpoint service has no private DNS name or its domain is not verified, so the name does not resolve to the endpoint.",
                "Give the service a private DNS name and verify the domain, or use the endpoint's own DNS names.");
    }

    @Override
    protected void check(InterfaceEndpoint endpoint, Check c) {
        if (!endpoint.privateDns() || endpoint.service() == null) {
            return;
        }
        Optional<EndpointService> s = c.view().find(endpoint.service(), EndpointService.class);
        if (s.isEmpty()) {
            return;
        }
        if (s.get().privateDnsName() == null) {
            c.report("Interface endpoint '" + endpoint.id() + "' has private DNS enabled, but endpoint service '" + s.get().id() + "' has no private DNS name.",
                    "Use the endpoint's Regional or zonal DNS names, or have the provider add and verify a private DNS name.", endpoint.id(), s.get().id());
        } else if (!s.get().privateDnsVerified()) {
            c.report("Interface endpoint '" + endpoint.id() + "' relies on private DNS name " + s.get().privateDnsName() + " of endpoint service '" + s.get().id()
                            + "', whose domain is not verified: consumers cannot use the name.",
                    "Have the provider verify the domain (TXT record), or use the endpoint's own DNS names.", endpoint.id(), s.get().id());
        }
    }
}
