package dev.linkwright.validation.rules;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.DirectConnectGateway;
import dev.linkwright.model.DirectConnectGatewayAssociation;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.validation.ElementRule;
import java.util.List;

/**
 * R-DX-5: allowed prefixes of different transit gateways on one Direct Connect gateway are
 * advertised to on-premises and must not overlap.
 */
public final class DirectConnectGatewayAllowedPrefixOverlap extends ElementRule<DirectConnectGateway> {

    public DirectConnectGatewayAllowedPrefixOverlap() {
        super("E_DXGW_ALLOWED_PREFIX_OVERLAP", "R-DX-5", DirectConnectGateway.class,
                "Two transit gateway associations of one Direct Connect gateway have overlapping allowed prefixes; AWS refuses overlapping advertisements.",
                "Give each transit gateway association allowed prefixes that do not overlap the others'.");
    }

    @Override
    protected void check(DirectConnectGateway dx, Check c) {
        List<DirectConnectGatewayAssociation> tgw = dx.associations().stream()
                .filter(a -> a.allowedPrefixes() != null && c.view().find(a.gateway(), TransitGateway.class).isPresent()).toList();
        for (int i = 1; i < tgw.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (tgw.get(i).gateway().equals(tgw.get(j).gateway())) {
                    continue;
                }
                Cidr[] overlap = Network.firstOverlap(tgw.get(i).allowedPrefixes(), tgw.get(j).allowedPrefixes());
                if (overlap != null) {
                    c.report("Direct Connect gateway '" + dx.id() + "' allows " + overlap[0] + " for transit gateway '" + tgw.get(i).gateway() + "' and "
                                    + overlap[1] + " for transit gateway '" + tgw.get(j).gateway() + "'; allowed prefixes of different transit gateways must not overlap.",
                            "Narrow the allowed prefixes so that each transit gateway advertises its own ranges.",
                            dx.id(), tgw.get(i).gateway(), tgw.get(j).gateway());
                }
            }
        }
    }
}
