package dev.linkwright.analysis;

import dev.linkwright.model.GatewayEndpoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rulebook §13: gateway endpoints work by route table, for TCP and ICMP, from inside their VPC only. */
class ReachGatewayEndpointTest {

    @Test
    void associatedRouteTableSendsServiceTrafficToTheEndpoint() {
        Trace t = Net.scenario("S22").reach("i-a1", "svc-s3", 443);
        Expect.reachable(t, "i-a1", "VPC-A", "vpce-s3g", "svc-s3");
        Expect.returnsThrough(t, "svc-s3", "vpce-s3g", "VPC-A", "i-a1");
    }

    @Test
    void routeTablesNotAssociatedDoNotUseTheEndpoint() {
        Net n = Net.scenario("S22").edit("vpce-s3g", GatewayEndpoint.class, g -> new GatewayEndpoint(g.id(), g.name(), g.parent(),
                g.serviceName(), g.prefixList(), List.of(), g.state(), g.policy()));
        Expect.blocked(n.reach("i-a1", "svc-s3", 443), "rtb-a", "NO_ROUTE_TO_DESTINATION");
    }

    @Test
    void peerCannotUseTheGatewayEndpoint() {
        Net n = Net.scenario("S22").addRoute("rtb-b", "pl-s3", "pcx-AB");
        Expect.detail(Expect.blocked(n.reach("i-b1", "svc-s3", 443), "pcx-AB", "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR"),
                "X_GATEWAY_ENDPOINT_NOT_EXTENDABLE");
    }

    @Test
    void onPremisesCannotUseTheGatewayEndpoint() {
        Expect.detail(Expect.blocked(Net.scenario("S22").reach("h-op", "52.216.1.10", 443), "vgw-A",
                "VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"), "X_GATEWAY_ENDPOINT_NOT_EXTENDABLE");
    }

    @Test
    void gatewayEndpointCarriesOnlyTcpAndIcmp() {
        Expect.blocked(Net.scenario("S22").reach(ReachabilityQuery.from("i-a1").to("svc-s3").udp(443)), "vpce-s3g",
                "VPCE_GATEWAY_PROTOCOL_RESTRICTION");
        Expect.reachable(Net.scenario("S22").reach(ReachabilityQuery.from("i-a1").to("svc-s3").icmp()), "vpce-s3g");
    }
}
