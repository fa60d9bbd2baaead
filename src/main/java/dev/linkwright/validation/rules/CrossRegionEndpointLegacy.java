package dev.linkwright.validation.rules;

import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.validation.ElementRule;

/** R-PL-11 / R-EV-7, profile legacy-2020: "Endpoints are supported within the same Region only." */
public final class CrossRegionEndpointLegacy extends ElementRule<InterfaceEndpoint> {

    public CrossRegionEndpointLegacy() {
        super("E_CROSS_REGION_ENDPOINT_UNSUPPORTED", "R-PL-11", InterfaceEndpoint.class,
                "(legacy-2020) An interface endpoint connects to a service in another Region; in 2020 endpoints worked within one Region only (native cross-Region PrivateLink came in November 2024).",
                "Create the endpoint in the service's Region and reach it over inter-Region VPC peering or transit gateway peering.");
    }

    @Override
    public boolean appliesTo(RulesProfile profile) {
        return profile == RulesProfile.LEGACY_2020;
    }

    @Override
    protected void check(InterfaceEndpoint endpoint, Check c) {
        if (Network.isCrossRegion(c.view(), endpoint)) {
            String own = Network.regionOf(c.view(), endpoint.id());
            String remote = Network.serviceRegionOf(c.view(), endpoint);
            c.report("Interface endpoint '" + endpoint.id() + "' in " + own + " connects to a service in " + remote
                            + "; under the 2020 rules interface endpoints are supported within the same Region only.",
                    "Create the endpoint in a VPC in " + remote + " and reach that VPC over inter-Region peering (or a peered transit gateway).",
                    endpoint.id(), endpoint.service());
        }
    }
}
