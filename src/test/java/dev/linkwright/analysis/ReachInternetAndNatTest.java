package dev.linkwright.analysis;

import static dev.linkwright.analysis.Net.all;
import static dev.linkwright.analysis.Net.tcp;

import dev.linkwright.model.NatConnectivity;
import dev.linkwright.model.NatGateway;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rulebook §5: internet gateways (public addresses) and NAT gateways (rewrite, placement, source rules). */
class ReachInternetAndNatTest {

    @Test
    void natGatewayCarriesAPrivateInstanceToTheInternet() {
        Trace t = Net.scenario("S51").reach("i-w2", "x-web", 443);
        Expect.reachable(t, "i-w2", "VPC-W", "nat-W", "VPC-W", "igw-W", "x-web");
        Expect.returnsThrough(t, "x-web", "igw-W", "nat-W", "i-w2");
    }

    @Test
    void instanceWithAPublicAddressUsesTheInternetGatewayDirectly() {
        Expect.reachable(Net.scenario("S51").reach("i-w1", "x-web", 443), "i-w1", "igw-W", "x-web");
    }

    @Test
    void internetGatewayNeedsAPublicAddress() {
        Expect.blocked(Net.scenario("S51").reach("i-w3", "x-web", 443), "igw-W", "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS");
    }

    @Test
    void internetReachesAnInstanceThroughItsPublicAddress() {
        Trace t = Net.scenario("S51").ingress("sg-w1", tcp(443, "0.0.0.0/0")).reach("x-web", "i-w1", 443);
        Expect.reachable(t, "x-web", "igw-W", "VPC-W", "i-w1");
        Expect.returnsThrough(t, "i-w1", "igw-W", "x-web");
    }

    @Test
    void internetCannotReachAnInstanceWithoutPublicAddress() {
        Expect.blocked(Net.scenario("S51").ingress("sg-w2", all("0.0.0.0/0")).reach("x-web", "i-w2", 443), "igw-W",
                "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS");
    }

    @Test
    void natGatewayNeverAcceptsConnectionsFromOutside() {
        Expect.blocked(Net.scenario("S51").reach("x-web", "nat-W", 443), "nat-W", "NGW_REQUIRES_SOURCE_IN_VPC");
    }

    @Test
    void natGatewayWithoutAnInternetRouteInItsSubnetIsADeadEnd() {
        Expect.blocked(Net.scenario("S51").removeRoute("rtb-w-pub", "0.0.0.0/0").reach("i-w2", "x-web", 443), "rtb-w-pub",
                "NO_ROUTE_TO_DESTINATION");
    }

    @Test
    void natGatewayInTheSubnetItServesRoutesBackToItself() {
        Net n = Net.scenario("S51").edit("nat-W", NatGateway.class, g -> new NatGateway(g.id(), g.name(),
                dev.linkwright.model.ElementId.of("w-priv"), g.connectivity(), dev.linkwright.model.Ipv4Address.parse("10.20.2.100"),
                g.elasticIp(), g.state()));
        Expect.blocked(n.reach("i-w2", "x-web", 443), "rtb-w-priv", "NO_ROUTE_TO_DESTINATION");
    }

    @Test
    void privateNatGatewayCannotUseTheInternetGateway() {
        Net n = Net.scenario("S51").edit("nat-W", NatGateway.class, g -> new NatGateway(g.id(), g.name(), g.parent(),
                NatConnectivity.PRIVATE, g.privateIp(), null, g.state()));
        Expect.blocked(n.reach("i-w2", "x-web", 443), "igw-W", "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS");
    }

    @Test
    void natGatewayRejectsTrafficFromPeer() {
        Net n = Net.scenario("S51");
        n.vpc("VPC-P", "111111111111/us-east-1", "10.30.0.0/16")
                .table("rtb-p", "VPC-P", "0.0.0.0/0 -> pcx-WP")
                .subnet("p-app", "VPC-P", "us-east-1a", "use1-az1", "10.30.1.0/24", "rtb-p")
                .group("sg-p", "VPC-P", List.of(), List.of(all("0.0.0.0/0")))
                .instance("i-p", "p-app", "10.30.1.10", "sg-p")
                .peering("pcx-WP", "111111111111/us-east-1", "VPC-P", "VPC-W")
                .addRoute("rtb-w-priv", "10.30.0.0/16", "pcx-WP");
        BlockedAt b = Expect.blocked(n.reach("i-p", "x-web", 443), "pcx-WP", "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR");
        Expect.detail(b, "X_EDGE_TO_EDGE");
    }
}
