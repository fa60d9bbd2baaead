package dev.linkwright.validation.rules;

import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.validation.ElementRule;

/** R-TGW-9 / R-EV-7, profile legacy-2020: transit gateways had no security-group referencing. */
public final class TransitGatewaySecurityGroupReferencingLegacy extends ElementRule<TransitGateway> {

    public TransitGatewaySecurityGroupReferencingLegacy() {
        super("E_TGW_SG_REFERENCING_UNSUPPORTED", "R-TGW-9", TransitGateway.class,
                "(legacy-2020) A transit gateway has security-group referencing enabled, which did not exist in 2020.",
                "Turn the option off and use CIDR-based rules between attached VPCs.");
    }

    @Override
    public boolean appliesTo(RulesProfile profile) {
        return profile == RulesProfile.LEGACY_2020;
    }

    @Override
    protected void check(TransitGateway tgw, Check c) {
        if (tgw.securityGroupReferencing()) {
            c.report("Transit gateway '" + tgw.id() + "' has security-group referencing enabled; under the 2020 rules resources in one attached VPC cannot reference security groups of another.",
                    "Turn security-group referencing off and allow the other VPCs' CIDR blocks in the security groups.", tgw.id());
        }
    }
}
