package dev.linkwright.analysis;

import dev.linkwright.model.OnPremisesNetwork;
import dev.linkwright.model.TunnelState;
import dev.linkwright.model.VpnConnection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rulebook §8: virtual private gateways and Site-to-Site VPN (learned prefixes, address checks, tunnel state). */
class ReachVpnTest {

    @Test
    void onPremisesReachesAnInstanceOverVpn() {
        Trace t = Net.scenario("S21").reach("h-op", "i-a1", 443);
        Expect.reachable(t, "h-op", "cgw-1", "vpn-1", "vgw-A", "VPC-A", "i-a1");
        Expect.returnsThrough(t, "i-a1", "VPC-A", "vgw-A", "vpn-1", "cgw-1", "h-op");
    }

    @Test
    void onPremisesCannotTransitTheVpcToAPeer() {
        BlockedAt b = Expect.blocked(Net.scenario("S21").reach("h-op", "i-b1", 5432), "vgw-A", "VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS");
        Expect.detail(b, "X_EDGE_TO_EDGE");
    }

    @Test
    void withoutAStaticRouteOnPremisesHasNoRouteToThePeer() {
        Net n = Net.scenario("S21").edit("ONP", OnPremisesNetwork.class, o -> new OnPremisesNetwork(o.id(), o.name(), o.cidrs(), List.of()));
        Expect.blocked(n.reach("h-op", "i-b1", 5432), "ONP", "X_ONPREM_NO_ROUTE");
    }

    @Test
    void vpnWithBothTunnelsDownCarriesNothing() {
        Net n = Net.scenario("S21").edit("vpn-1", VpnConnection.class, v -> new VpnConnection(v.id(), v.name(), v.parent(), v.gateway(),
                v.customerGateway(), v.routing(), v.staticRoutes(), List.of(TunnelState.DOWN, TunnelState.DOWN), v.customerAdvertised(),
                v.state()));
        Expect.blocked(n.reach("h-op", "i-a1", 443), "vpn-1", "BAD_STATE_VPN");
        Expect.blocked(n.reach("i-a1", "h-op", 22), "vpn-1", "BAD_STATE_VPN");
    }

    @Test
    void virtualPrivateGatewayOnlyForwardsPrefixesItLearned() {
        Net n = Net.scenario("S21").addRoute("rtb-a", "172.16.0.0/12", "vgw-A");
        Expect.blocked(n.reach("i-a1", "172.16.5.5", 22), "vgw-A", "X_VGW_UNKNOWN_PREFIX");
    }

    @Test
    void replyNeedsTheRoutePropagatedFromTheVirtualPrivateGateway() {
        Net n = Net.scenario("S21").propagation("rtb-a");
        Expect.blocked(n.reach("h-op", "i-a1", 443), "rtb-a", Direction.RETURN, "NO_ROUTE_TO_DESTINATION");
    }

    @Test
    void staticVpnRoutesAreKnownToTheGateway() {
        Net n = Net.scenario("S21").edit("vpn-1", VpnConnection.class, v -> new VpnConnection(v.id(), v.name(), v.parent(), v.gateway(),
                v.customerGateway(), dev.linkwright.model.VpnRouting.STATIC, List.of(dev.linkwright.model.Cidr.parse("192.168.0.0/16")),
                v.tunnels(), v.customerAdvertised(), v.state()));
        // with static routing on-premises learns nothing over BGP: the reply needs a static route too
        Expect.blocked(n.reach("i-a1", "h-op", 22), "ONP", Direction.RETURN, "X_ONPREM_NO_ROUTE");
        n.edit("ONP", OnPremisesNetwork.class, o -> new OnPremisesNetwork(o.id(), o.name(), o.cidrs(), List.of(
                new dev.linkwright.model.OnPremisesRoute(dev.linkwright.model.Cidr.parse("10.0.0.0/16"), null,
                        dev.linkwright.model.ElementId.of("vpn-1")))));
        Expect.reachable(n.reach("i-a1", "h-op", 22), "vgw-A", "vpn-1", "h-op");
    }
}
