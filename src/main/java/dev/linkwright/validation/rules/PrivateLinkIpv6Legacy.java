package dev.linkwright.validation.rules;

import dev.linkwright.model.Element;
import dev.linkwright.model.EndpointService;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.IpAddressType;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.validation.ElementRule;
import java.util.List;

/** R-PL-9 / R-EV-7, profile legacy-2020: "Endpoints support IPv4 traffic only." */
public final class PrivateLinkIpv6Legacy extends ElementRule<Element> {

    public PrivateLinkIpv6Legacy() {
        super("E_PRIVATELINK_IPV6_UNSUPPORTED", "R-PL-9", Element.class,
                "(legacy-2020) An interface endpoint or endpoint service uses IPv6; in 2020 PrivateLink supported IPv4 only (IPv6 came in May 2022).",
                "Use IPv4 for the endpoint and the service.");
    }

    @Override
    public boolean appliesTo(RulesProfile profile) {
        return profile == RulesProfile.LEGACY_2020;
    }

    @Override
    public List<Class<? extends Element>> anchorTypes() {
        return List.of(InterfaceEndpoint.class, EndpointService.class);
    }

    @Override
    protected void check(Element e, Check c) {
        if (e instanceof InterfaceEndpoint ep && ep.ipAddressType() != IpAddressType.IPV4) {
            c.report("Interface endpoint '" + ep.id() + "' is " + ep.ipAddressType().wire() + "; under the 2020 rules endpoints support IPv4 traffic only.",
                    "Make the endpoint ipv4.", ep.id());
        } else if (e instanceof EndpointService s && EndpointIpTypeNotSupportedByService.supportsIpv6(s)) {
            c.report("Endpoint service '" + s.id() + "' supports IPv6; under the 2020 rules an endpoint service supports IPv4 traffic over TCP only.",
                    "Support IPv4 only.", s.id());
        }
    }
}
