package dev.linkwright.analysis;

import static dev.linkwright.analysis.Net.all;
import static dev.linkwright.analysis.Net.tcp;

import dev.linkwright.model.InterfaceEndpoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rulebook §12: interface endpoints (their security groups, ACLs and the return route of their subnet). */
class ReachInterfaceEndpointTest {

    @Test
    void endpointSecurityGroupDecidesWhoMayUseIt() {
        Expect.blocked(Net.scenario("S01").ingress("sg-vpce", tcp(443, "10.9.0.0/16")).reach("i-c1", "vpce-c1", 443), "sg-vpce",
                "ENI_SG_RULES_MISMATCH");
    }

    @Test
    void endpointWithoutSecurityGroupsUsesTheVpcsDefaultGroup() {
        Net n = Net.scenario("S01").edit("vpce-c1", InterfaceEndpoint.class, e -> new InterfaceEndpoint(e.id(), e.name(), e.parent(),
                e.service(), e.serviceName(), e.serviceRegion(), e.interfaces(), List.of(), e.ipAddressType(), e.privateDns(), e.state(),
                e.requesterPrincipal(), e.policy()));
        Expect.blocked(n.reach("i-c1", "vpce-c1", 443), "VPC-C:default-security-group", "ENI_SG_RULES_MISMATCH");
    }

    /** B1 plus VPC-D 10.5.0.0/16 peered with VPC-C, routed to the endpoint subnet. */
    private static Net peeredConsumer(boolean returnRoute) {
        Net n = Net.scenario("S01").addIngress("sg-vpce", tcp(443, "10.5.0.0/16"));
        n.vpc("VPC-D", "111111111111/us-east-1", "10.5.0.0/16")
                .table("rtb-d", "VPC-D", "10.0.10.0/24 -> pcx-CD")
                .subnet("d-app", "VPC-D", "us-east-1a", "use1-az1", "10.5.1.0/24", "rtb-d")
                .group("sg-d1", "VPC-D", List.of(), List.of(all("0.0.0.0/0")))
                .instance("i-d1", "d-app", "10.5.1.10", "sg-d1")
                .peering("pcx-CD", "111111111111/us-east-1", "VPC-D", "VPC-C");
        if (returnRoute) {
            n.addRoute("rtb-c-vpce", "10.5.0.0/16", "pcx-CD");
        }
        return n;
    }

    @Test
    void peeredVpcReachesTheEndpoint() {
        Trace t = peeredConsumer(true).reach("i-d1", "vpce-c1", 443);
        Expect.reachable(t, "i-d1", "pcx-CD", "eni-vpce-c1", "vpce-c1", "nlb-p1", "i-p1");
        Expect.returnsThrough(t, "eni-vpce-c1", "VPC-C", "pcx-CD", "i-d1");
    }

    @Test
    void endpointSubnetNeedsARouteBackToTheClient() {
        Expect.blocked(peeredConsumer(false).reach("i-d1", "vpce-c1", 443), "rtb-c-vpce", Direction.RETURN, "NO_ROUTE_TO_DESTINATION");
    }

    @Test
    void onPremisesReplyNeedsTheEndpointSubnetsPropagatedRoute() {
        Expect.blocked(Net.scenario("S19").propagation("rtb-c-vpce").reach("h-op", "10.0.10.50", 443), "rtb-c-vpce", Direction.RETURN,
                "NO_ROUTE_TO_DESTINATION");
    }
}
