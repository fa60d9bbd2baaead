package dev.linkwright.validation.rules;

import dev.linkwright.model.VpnConnection;
import dev.linkwright.validation.ElementRule;

/** R-VPN-6: a VPN connection with every tunnel down carries nothing (BAD_STATE_VPN). */
public final class VpnTunnelsDown extends ElementRule<VpnConnection> {

    public VpnTunnelsDown() {
        super("W_VPN_TUNNELS_DOWN", "R-VPN-6", VpnConnection.class,
                "Every tunnel of a Site-to-Site VPN connection is down, so it carries no traffic (BAD_STATE_VPN).",
                "Bring at least one tunnel up (check the customer gateway's configuration).");
    }

    @Override
    protected void check(VpnConnection vpn, Check c) {
        if (!vpn.anyTunnelUp()) {
            c.report("VPN connection '" + vpn.id() + "' has all its tunnels down: it carries no traffic.",
                    "Bring at least one tunnel up; configure both for redundancy.", vpn.id(), vpn.customerGateway());
        }
    }
}
