package dev.linkwright.validation.rules;

import dev.linkwright.model.EndpointService;
import dev.linkwright.validation.ElementRule;
import dev.linkwright.validation.QuickFix;

/**
 * Rulebook §18.1 / R-PL-5: the default of "acceptance required" is not documented; an endpoint
 * service that does not say is treated as requiring acceptance, with this warning.
 */
public final class AcceptanceDefaultAssumed extends ElementRule<EndpointService> {

    public AcceptanceDefaultAssumed() {
        super("W_ACCEPTANCE_DEFAULT_ASSUMED", "R-PL-5", EndpointService.class,
                "An endpoint service does not say whether connection requests need acceptance; Linkwright assumes they do (the AWS API documents no default).",
                "State acceptanceRequired explicitly (quick fix writes true, the assumed value).");
    }

    @Override
    protected void check(EndpointService s, Check c) {
        if (s.acceptanceRequired() != null) {
            return;
        }
        EndpointService explicit = new EndpointService(s.id(), s.name(), s.parent(), s.serviceName(), s.loadBalancers(), true, s.allowedPrincipals(),
                s.supportedIpAddressTypes(), s.supportedRegions(), s.privateDnsName(), s.privateDnsVerified(), s.zoneIds(), s.state());
        c.report("Endpoint service '" + s.id() + "' does not say whether connection requests must be accepted; Linkwright assumes they must (acceptance required), so endpoints stay pending until the provider accepts them.",
                "Set acceptanceRequired to true or false.", QuickFix.replace("Require acceptance on '" + s.id() + "' explicitly", explicit), s.id());
    }
}
