package dev.linkwright.validation.rules;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.DirectConnectGateway;
import dev.linkwright.model.DirectConnectGatewayAssociation;
import dev.linkwright.model.VpnGateway;
import dev.linkwright.model.Vpc;
import dev.linkwright.validation.ElementRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** R-DX-4: the VPCs behind one Direct Connect gateway (via virtual private gateways) must not overlap. */
public final class DirectConnectGatewayOverlappingVpcs extends ElementRule<DirectConnectGateway> {

    public DirectConnectGatewayOverlappingVpcs() {
        super("E_DXGW_OVERLAPPING_VPC_CIDR", "R-DX-4", DirectConnectGateway.class,
                "Two VPCs associated with the same Direct Connect gateway (through their virtual private gateways) have overlapping CIDR blocks; AWS refuses the association.",
                "Re-address one VPC, or associate it with a different Direct Connect gateway.");
    }

    @Override
    protected void check(DirectConnectGateway dx, Check c) {
        List<VpnGateway> gateways = new ArrayList<>();
        List<Vpc> vpcs = new ArrayList<>();
        for (DirectConnectGatewayAssociation a : dx.associations()) {
            Optional<VpnGateway> vgw = c.view().find(a.gateway(), VpnGateway.class);
            Optional<Vpc> vpc = vgw.flatMap(g -> c.view().find(g.parent(), Vpc.class));
            if (vpc.isPresent()) {
                gateways.add(vgw.get());
                vpcs.add(vpc.get());
            }
        }
        for (int i = 1; i < vpcs.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (vpcs.get(i).id().equals(vpcs.get(j).id())) {
                    continue;
                }
                Cidr[] overlap = Network.firstOverlap(vpcs.get(i).cidrBlocks(), vpcs.get(j).cidrBlocks());
                if (overlap != null) {
                    c.report("Direct Connect gateway '" + dx.id() + "' is associated with VPC '" + vpcs.get(j).id() + "' (" + overlap[1] + ", via '"
                                    + gateways.get(j).id() + "') and VPC '" + vpcs.get(i).id() + "' (" + overlap[0] + ", via '" + gateways.get(i).id()
                                    + "'), whose blocks overlap; AWS refuses overlapping VPCs on one Direct Connect gateway.",
                            "Re-address VPC '" + vpcs.get(i).id() + "' or associate its virtual private gateway with another Direct Connect gateway.",
                            dx.id(), vpcs.get(i).id(), vpcs.get(j).id(), gateways.get(i).id(), gateways.get(j).id());
                }
            }
        }
    }
}
