package dev.linkwright.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.OnPremisesHost;
import dev.linkwright.model.OnPremisesNetwork;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.PeeringState;
import dev.linkwright.model.VpnConnection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rulebook §2: local routes, longest prefix, local and static precedence, prefix lists, blackholes. */
class ReachRouteTableTest {

    @Test
    void longestPrefixWins() {
        Trace t = Net.scenario("S33").addRoute("rtb-a", "10.0.0.0/8", "vpce-nowhere").reach("i-a1", "i-b1", 5432);
        Expect.reachable(t, "VPC-A", "pcx-AB", "i-b1");
        Expect.hasDetailCode(t, "MORE_SPECIFIC_ROUTE");
    }

    @Test
    void noMatchingRouteMeansNoRoute() {
        Trace t = Net.scenario("S33").removeRoute("rtb-a", "10.1.0.0/16").reach("i-a1", "i-b1", 5432);
        Expect.blocked(t, "rtb-a", "NO_ROUTE_TO_DESTINATION");
        assertThat(t.disposition()).isEqualTo(Disposition.NO_ROUTE);
    }

    @Test
    void localRouteBeatsAMoreSpecificPropagatedRoute() {
        Net n = Net.scenario("S21");
        n.edit("ONP", OnPremisesNetwork.class, o -> new OnPremisesNetwork(o.id(), o.name(),
                List.of(Cidr.parse("192.168.0.0/16"), Cidr.parse("10.0.200.0/24")), o.staticRoutes()));
        n.put(new OnPremisesHost(ElementId.of("h-x"), "", ElementId.of("ONP"), dev.linkwright.model.Ipv4Address.parse("10.0.200.10")));
        n.edit("vpn-1", VpnConnection.class, v -> new VpnConnection(v.id(), v.name(), v.parent(), v.gateway(), v.customerGateway(),
                v.routing(), v.staticRoutes(), v.tunnels(), List.of(Cidr.parse("192.168.0.0/16"), Cidr.parse("10.0.200.0/24")), v.state()));
        BlockedAt b = Expect.blocked(n.reach("i-a1", "h-x", 22), "rtb-a", "NO_POSSIBLE_DESTINATION");
        Expect.detail(b, "X_LOCAL_ROUTE_PRECEDENCE");
    }

    @Test
    void staticRouteBeatsAnIdenticalPropagatedRoute() {
        // B3: 192.168.0.0/16 is propagated from vgw-A; a static route for the same prefix to the peering wins
        Trace t = Net.scenario("S21").addRoute("rtb-a", "192.168.0.0/16", "pcx-AB").reach("i-a1", "h-op", 22);
        Expect.blocked(t, "pcx-AB", "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR");
        Expect.hasDetailCode(t, "HIGHER_PRIORITY_ROUTE");
    }

    @Test
    void propagatedRouteCarriesTrafficWhenNoStaticRouteCompetes() {
        Expect.reachable(Net.scenario("S21").reach("i-a1", "h-op", 22), "i-a1", "VPC-A", "vgw-A", "vpn-1", "cgw-1", "h-op");
    }

    @Test
    void routeToAPeeringThatIsNotActiveIsABlackhole() {
        Trace t = Net.scenario("S33").edit("pcx-AB", PeeringConnection.class, p -> new PeeringConnection(p.id(), p.name(), p.parent(),
                p.requesterVpc(), p.accepterVpc(), PeeringState.PENDING_ACCEPTANCE)).reach("i-a1", "i-b1", 5432);
        Expect.blocked(t, "rtb-a", "BAD_STATE_ROUTE");
        assertThat(t.disposition()).isEqualTo(Disposition.NULL_ROUTED);
    }

    @Test
    void prefixListRouteCarriesTrafficToTheService() {
        Expect.reachable(Net.scenario("S22").reach("i-a1", "52.216.1.10", 443), "i-a1", "VPC-A", "vpce-s3g", "svc-s3");
    }
}
