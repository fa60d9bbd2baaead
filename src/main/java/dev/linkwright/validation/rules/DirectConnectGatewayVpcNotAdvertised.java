package dev.linkwright.validation.rules;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.DirectConnectGateway;
import dev.linkwright.model.DirectConnectGatewayAssociation;
import dev.linkwright.model.VpnGateway;
import dev.linkwright.model.Vpc;
import dev.linkwright.validation.ElementRule;
import java.util.Optional;

/**
 * R-DX-5: for a virtual private gateway association the allowed prefixes filter what is advertised:
 * a VPC block is advertised only when an allowed prefix is equal to or wider than it.
 */
public final class DirectConnectGatewayVpcNotAdvertised extends ElementRule<DirectConnectGateway> {

    public DirectConnectGatewayVpcNotAdvertised() {
        super("W_DXGW_VPC_NOT_ADVERTISED", "R-DX-5", DirectConnectGateway.class,
                "A VPC block behind a Direct Connect gateway is not covered by the association's allowed prefixes, so it is not advertised to on-premises (X_ONPREM_NO_ROUTE).",
                "Add an allowed prefix equal to or wider than the VPC block.");
    }

    @Override
    protected void check(DirectConnectGateway dx, Check c) {
        for (DirectConnectGatewayAssociation a : dx.associations()) {
            if (a.allowedPrefixes() == null) {
                continue;
            }
            Optional<Vpc> vpc = c.view().find(a.gateway(), VpnGateway.class).flatMap(g -> c.view().find(g.parent(), Vpc.class));
            if (vpc.isEmpty()) {
                continue;
            }
            for (Cidr block : vpc.get().cidrBlocks()) {
                if (a.allowedPrefixes().stream().noneMatch(p -> p.contains(block))) {
                    c.report("VPC '" + vpc.get().id() + "' block " + block + " is not covered by the allowed prefixes of Direct Connect gateway '" + dx.id()
                                    + "' for '" + a.gateway() + "' (" + a.allowedPrefixes() + "): it is not advertised to on-premises.",
                            "Add " + block.canonical() + " (or a wider prefix) to the allowed prefixes.", dx.id(), vpc.get().id(), a.gateway());
                }
            }
        }
    }
}
