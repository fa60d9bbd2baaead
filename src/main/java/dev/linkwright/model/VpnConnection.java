package dev.linkwright.model;

import java.util.List;

/**
 * A Site-to-Site VPN connection between a virtual private gateway or transit gateway and a customer
 * gateway, with static routes or BGP. {@code customerAdvertised} are the prefixes on-premises
 * announces over BGP (null: the on-premises network's blocks). The connection carries traffic while
 * at least one tunnel is up (R-VPN-6).
 */
public record VpnConnection(ElementId id, String name, ElementId parent, ElementId gateway, ElementId customerGateway,
                            VpnRouting routing, List<Cidr> staticRoutes, List<TunnelState> tunnels,
                            List<Cidr> customerAdvertised, String state) implements Element {

    public VpnConnection {
        name = Lists.text(name);
        if (gateway == null || customerGateway == null) {
            throw new IllegalArgumentException("a VPN connection needs a gateway (virtual private gateway or transit gateway) and a customer gateway");
        }
        routing = routing == null ? VpnRouting.BGP : routing;
        staticRoutes = Lists.copy(staticRoutes);
        tunnels = tunnels == null || tunnels.isEmpty() ? List.of(TunnelState.UP, TunnelState.UP) : List.copyOf(tunnels);
        customerAdvertised = customerAdvertised == null ? null : List.copyOf(customerAdvertised);
        state = state == null || state.isEmpty() ? "available" : state;
    }

    @Override
    public ElementKind kind() {
        return ElementKind.VPN_CONNECTION;
    }

    @Override
    public List<Reference> references() {
        return List.of(Reference.to("gateway", gateway), Reference.to("customerGateway", customerGateway));
    }

    /** True when at least one tunnel is up. */
    public boolean anyTunnelUp() {
        return tunnels.contains(TunnelState.UP);
    }
}
