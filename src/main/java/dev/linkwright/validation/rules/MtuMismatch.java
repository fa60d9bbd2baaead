package dev.linkwright.validation.rules;

import dev.linkwright.model.DirectConnectGateway;
import dev.linkwright.model.DirectConnectGatewayAssociation;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Route;
import dev.linkwright.model.RouteOrigin;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.TopologyView;
import dev.linkwright.model.VirtualInterface;
import dev.linkwright.model.VirtualInterfaceType;
import dev.linkwright.model.VpnGateway;
import dev.linkwright.validation.ElementRule;
import java.util.Optional;

/**
 * R-DX-7: over a private virtual interface jumbo frames (MTU 9001) are used only for propagated
 * routes; a static route to the virtual private gateway limits the path to MTU 1500.
 */
public final class MtuMismatch extends ElementRule<RouteTable> {

    public MtuMismatch() {
        super("W_MTU_MISMATCH", "R-DX-7", RouteTable.class,
                "A static route sends traffic to a virtual private gateway reached over Direct Connect: jumbo frames (MTU 9001) apply only to propagated routes, so this path uses MTU 1500.",
                "Enable route propagation from the virtual private gateway and drop the static route if you rely on jumbo frames.");
    }

    @Override
    protected void check(RouteTable table, Check c) {
        for (Route r : table.routes()) {
            if (r.origin() != RouteOrigin.STATIC || r.target() == null) {
                continue;
            }
            Optional<VpnGateway> vgw = c.view().find(r.target(), VpnGateway.class);
            if (vgw.isPresent() && overDirectConnect(c.view(), vgw.get().id())) {
                c.report("Route table '" + table.id() + "' has a static route " + r.destinationText() + " to virtual private gateway '" + vgw.get().id()
                                + "', which is reached over a Direct Connect private virtual interface: jumbo frames are used only for propagated routes, so this path is limited to MTU 1500.",
                        "Enable route propagation from '" + vgw.get().id() + "' on '" + table.id() + "' and remove the static route, or size packets for MTU 1500.",
                        table.id(), vgw.get().id());
            }
        }
    }

    /** True when a private virtual interface reaches {@code vgw}, directly or through a Direct Connect gateway. */
    private static boolean overDirectConnect(TopologyView v, ElementId vgw) {
        for (VirtualInterface vif : Network.referrersOf(v, vgw, VirtualInterface.class)) {
            if (vif.type() == VirtualInterfaceType.PRIVATE && vgw.equals(vif.gateway())) {
                return true;
            }
        }
        for (DirectConnectGateway dx : Network.referrersOf(v, vgw, DirectConnectGateway.class)) {
            boolean associated = dx.associations().stream().map(DirectConnectGatewayAssociation::gateway).anyMatch(vgw::equals);
            if (associated && Network.referrersOf(v, dx.id(), VirtualInterface.class).stream()
                    .anyMatch(vif -> vif.type() == VirtualInterfaceType.PRIVATE)) {
                return true;
            }
        }
        return false;
    }
}
