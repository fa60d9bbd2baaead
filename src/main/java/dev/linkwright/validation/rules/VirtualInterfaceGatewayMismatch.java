package dev.linkwright.validation.rules;

import dev.linkwright.model.Element;
import dev.linkwright.model.VirtualInterface;
import dev.linkwright.model.VirtualInterfaceType;
import dev.linkwright.model.VpnGateway;
import dev.linkwright.validation.ElementRule;
import java.util.Optional;

/**
 * R-DX-1: a private virtual interface ends on a virtual private gateway or a Direct Connect gateway,
 * a transit virtual interface only on a Direct Connect gateway, a public one on neither.
 */
public final class VirtualInterfaceGatewayMismatch extends ElementRule<VirtualInterface> {

    public VirtualInterfaceGatewayMismatch() {
        super("E_VIF_GATEWAY_TYPE_MISMATCH", "R-DX-1", VirtualInterface.class,
                "A Direct Connect virtual interface ends on a gateway of the wrong kind (a transit VIF on a virtual private gateway, or a public VIF on any gateway).",
                "Attach transit VIFs to a Direct Connect gateway associated with transit gateways; public VIFs need no gateway.");
    }

    @Override
    protected void check(VirtualInterface vif, Check c) {
        if (vif.gateway() == null) {
            return;
        }
        Optional<Element> gateway = c.view().find(vif.gateway());
        if (gateway.isEmpty()) {
            return;
        }
        if (vif.type() == VirtualInterfaceType.TRANSIT && gateway.get() instanceof VpnGateway) {
            c.report("Transit virtual interface '" + vif.id() + "' ends on virtual private gateway '" + vif.gateway()
                            + "'; a transit VIF connects to a Direct Connect gateway associated with transit gateways.",
                    "Use a private VIF for the virtual private gateway, or attach this VIF to a Direct Connect gateway.", vif.id(), vif.gateway());
        } else if (vif.type() == VirtualInterfaceType.PUBLIC) {
            c.report("Public virtual interface '" + vif.id() + "' is attached to " + Network.describe(gateway.get())
                            + "; a public VIF reaches AWS public endpoints and never ends on a gateway.",
                    "Remove the gateway from the public VIF, or make it a private VIF.", vif.id(), vif.gateway());
        }
    }
}
