package dev.linkwright.validation.rules;

import dev.linkwright.model.VpnConnection;
import dev.linkwright.model.VpnGateway;
import dev.linkwright.model.VpnRouting;
import dev.linkwright.validation.ElementRule;

/** R-VPN-1 / R-VPN-3: a statically routed VPN to a virtual private gateway needs static routes. */
public final class VpnStaticWithoutRoutes extends ElementRule<VpnConnection> {

    public VpnStaticWithoutRoutes() {
        super("W_VPN_STATIC_WITHOUT_ROUTES", "R-VPN-1", VpnConnection.class,
                "A statically routed VPN connection on a virtual private gateway has no static routes, so the gateway knows no on-premises prefix (X_VGW_UNKNOWN_PREFIX).",
                "Add the on-premises prefixes as static routes of the VPN connection, or use BGP.");
    }

    @Override
    protected void check(VpnConnection vpn, Check c) {
        if (vpn.routing() == VpnRouting.STATIC && vpn.staticRoutes().isEmpty() && c.view().find(vpn.gateway(), VpnGateway.class).isPresent()) {
            c.report("VPN connection '" + vpn.id() + "' uses static routing but has no static routes: virtual private gateway '" + vpn.gateway()
                            + "' knows no on-premises prefix to send traffic to.",
                    "Add the on-premises CIDR blocks as static routes of '" + vpn.id() + "', or switch to BGP.", vpn.id(), vpn.gateway());
        }
    }
}
