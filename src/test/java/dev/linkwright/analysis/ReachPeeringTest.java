package dev.linkwright.analysis;

import static dev.linkwright.analysis.Net.tcp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.PeeringState;
import dev.linkwright.model.Vpc;
import org.junit.jupiter.api.Test;

/** Rulebook §6: VPC peering is active-only, needs routes both ways and is not transitive. */
class ReachPeeringTest {

    @Test
    void activePeeringWithRoutesOnBothSidesCarriesTraffic() {
        Trace t = Net.scenario("S33").reach("i-a1", "i-b1", 5432);
        Expect.reachable(t, "i-a1", "pcx-AB", "i-b1");
        Expect.returnsThrough(t, "VPC-B", "pcx-AB", "i-a1");
    }

    @Test
    void peeringIsNotTransitive() {
        BlockedAt b = Expect.blocked(Net.scenario("S35").reach("i-a1", "i-x1", 5432), "pcx-AB", "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR");
        Expect.detail(b, null);
        assertThat(b.rule()).isEqualTo("R-PCX-5");
    }

    @Test
    void directPeeringToTheThirdVpcWorks() {
        // A-X needs its own peering: add it and route 10.2.0.0/16 over it
        Net n = Net.scenario("S35").peering("pcx-AX", "111111111111/us-east-1", "VPC-A", "VPC-X")
                .removeRoute("rtb-a", "10.2.0.0/16").addRoute("rtb-a", "10.2.0.0/16", "pcx-AX").addRoute("rtb-x", "10.0.1.0/24", "pcx-AX");
        Expect.reachable(n.reach("i-a1", "i-x1", 5432), "pcx-AX", "i-x1");
    }

    @Test
    void pendingPeeringCarriesNothing() {
        Net n = Net.scenario("S33").edit("pcx-AB", PeeringConnection.class, p -> new PeeringConnection(p.id(), p.name(), p.parent(),
                p.requesterVpc(), p.accepterVpc(), PeeringState.PENDING_ACCEPTANCE));
        Expect.blocked(n.reach("i-a1", "i-b1", 5432), "rtb-a", "BAD_STATE_ROUTE");
    }

    @Test
    void missingRouteOnThePeerSideBlocksTheReply() {
        Expect.blocked(Net.scenario("S33").removeRoute("rtb-b", "10.0.0.0/16").reach("i-a1", "i-b1", 5432), "rtb-b", Direction.RETURN,
                "NO_ROUTE_TO_DESTINATION");
    }

    @Test
    void interRegionPeeringCarriesTrafficToCidrRules() {
        Net n = Net.scenario("S33");
        String eu = n.region("111111111111", "eu-west-1");
        n.edit("VPC-B", Vpc.class, v -> new Vpc(v.id(), v.name(), ElementId.of(eu), v.cidrBlocks(), v.ipv6CidrBlocks(), true, true));
        Expect.reachable(n.reach("i-a1", "i-b1", 5432), "pcx-AB", "i-b1");
    }

    @Test
    void peerCannotUseTheOtherVpcsInternetAccess() {
        Net n = Net.scenario("S33").put(new dev.linkwright.model.InternetGateway(ElementId.of("igw-A"), "", ElementId.of("VPC-A"), null))
                .addRoute("rtb-a", "0.0.0.0/0", "igw-A").addRoute("rtb-b", "0.0.0.0/0", "pcx-AB").ingress("sg-b1", tcp(5432, "0.0.0.0/0"));
        BlockedAt b = Expect.blocked(n.reach("i-b1", "8.8.8.8", 443), "pcx-AB", "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR");
        Expect.detail(b, "X_EDGE_TO_EDGE");
    }
}
