package dev.linkwright.validation.rules;

import dev.linkwright.model.DirectConnectGateway;
import dev.linkwright.model.DirectConnectGatewayAssociation;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.model.VirtualInterface;
import dev.linkwright.model.VirtualInterfaceType;
import dev.linkwright.model.VpnGateway;
import dev.linkwright.validation.ElementRule;
import java.util.ArrayList;
import java.util.List;

/**
 * R-DX-2: a Direct Connect gateway is used either with virtual private gateways (and private
 * virtual interfaces) or with transit gateways (and transit virtual interfaces), never both.
 */
public final class DirectConnectGatewayMixedAssociation extends ElementRule<DirectConnectGateway> {

    public DirectConnectGatewayMixedAssociation() {
        super("E_DXGW_MIXED_ASSOCIATION", "R-DX-2", DirectConnectGateway.class,
                "A Direct Connect gateway mixes virtual private gateways or private virtual interfaces with transit gateways or transit virtual interfaces; AWS refuses that.",
                "Use one Direct Connect gateway for virtual private gateways (private VIFs) and another for transit gateways (transit VIFs).");
    }

    @Override
    protected void check(DirectConnectGateway dx, Check c) {
        List<ElementId> vgwSide = new ArrayList<>();
        List<ElementId> tgwSide = new ArrayList<>();
        for (DirectConnectGatewayAssociation a : dx.associations()) {
            if (c.view().find(a.gateway(), VpnGateway.class).isPresent()) {
                vgwSide.add(a.gateway());
            } else if (c.view().find(a.gateway(), TransitGateway.class).isPresent()) {
                tgwSide.add(a.gateway());
            }
        }
        for (VirtualInterface vif : Network.referrersOf(c.view(), dx.id(), VirtualInterface.class)) {
            if (!dx.id().equals(vif.gateway())) {
                continue;
            }
            if (vif.type() == VirtualInterfaceType.PRIVATE) {
                vgwSide.add(vif.id());
            } else if (vif.type() == VirtualInterfaceType.TRANSIT) {
                tgwSide.add(vif.id());
            }
        }
        if (!vgwSide.isEmpty() && !tgwSide.isEmpty()) {
            List<ElementId> ids = new ArrayList<>();
            ids.add(dx.id());
            ids.addAll(tgwSide);
            ids.addAll(vgwSide);
            c.report("Direct Connect gateway '" + dx.id() + "' is used with virtual private gateways / private virtual interfaces ("
                            + Network.and(vgwSide.stream().map(i -> "'" + i + "'").toList()) + ") and with transit gateways / transit virtual interfaces ("
                            + Network.and(tgwSide.stream().map(i -> "'" + i + "'").toList()) + "); a Direct Connect gateway serves one kind or the other.",
                    "Move the transit gateway associations and transit virtual interfaces to a separate Direct Connect gateway.", ids);
        }
    }
}
