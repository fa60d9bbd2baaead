package dev.linkwright.analysis;

import static dev.linkwright.analysis.Net.tcp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.model.GatewayEndpoint;
import dev.linkwright.model.Ipv4Address;
import org.junit.jupiter.api.Test;

/** Rulebook §0: hop order, the return path, blocker reporting, rewriting components, policies. */
class ReachEvaluationModelTest {

    @Test
    void requestAndReplyAreBothTraced() {
        Trace t = Net.scenario("S33").reach("i-a1", "i-b1", 5432);
        Expect.reachable(t, "i-a1", "VPC-A", "pcx-AB", "VPC-B", "i-b1");
        Expect.returnsThrough(t, "i-b1", "VPC-B", "pcx-AB", "VPC-A", "i-a1");
        assertThat(t.disposition()).isEqualTo(Disposition.ACCEPTED);
    }

    @Test
    void replyNeedsItsOwnRoute() {
        Trace t = Net.scenario("S33").removeRoute("rtb-b", "10.0.0.0/16").reach("i-a1", "i-b1", 5432);
        Expect.blocked(t, "rtb-b", Direction.RETURN, "NO_ROUTE_TO_DESTINATION");
        assertThat(t.disposition()).isEqualTo(Disposition.NO_ROUTE);
    }

    @Test
    void firstBlockerIsReportedAndFurtherBlockersAreListed() {
        Trace t = Net.scenario("S33").egress("sg-a1", tcp(443, "0.0.0.0/0")).ingress("sg-b1", tcp(22, "10.0.0.0/16"))
                .reach("i-a1", "i-b1", 5432);
        Expect.blocked(t, "sg-a1", "ENI_SG_RULES_MISMATCH");
        assertThat(t.disposition()).isEqualTo(Disposition.DENIED_OUT);
        assertThat(t.alsoBlocking()).extracting(b -> b.elementId().value()).containsExactly("sg-b1");
    }

    @Test
    void securityGroupsAreCheckedBeforeTheRouteTable() {
        Trace t = Net.scenario("S33").egress("sg-a1").removeRoute("rtb-a", "10.1.0.0/16").reach("i-a1", "i-b1", 5432);
        Expect.blocked(t, "sg-a1", "SG_HAS_NO_RULES");
        assertThat(t.alsoBlocking()).extracting(BlockedAt::code).contains("NO_ROUTE_TO_DESTINATION");
    }

    @Test
    void aStoppedInstanceAnswersNothing() {
        Net n = Net.scenario("S33").edit("i-b1", dev.linkwright.model.Instance.class, i -> new dev.linkwright.model.Instance(i.id(),
                i.name(), i.parent(), i.privateIp(), i.secondaryIps(), i.publicIp(), i.securityGroups(), i.sourceDestCheck(), "stopped",
                i.eniId()));
        Expect.blocked(n.reach("i-a1", "i-b1", 5432), "i-b1", "BAD_STATE");
    }

    @Test
    void natGatewayStartsANewLegWithItsOwnAddress() {
        Trace t = Net.scenario("S51").reach("i-w2", "x-web", 443);
        Expect.reachable(t, "i-w2", "nat-W", "igw-W", "x-web");
        Hop nat = t.forward().stream().filter(h -> h.id().value().equals("nat-W")).findFirst().orElseThrow();
        assertThat(nat.steps()).anySatisfy(s -> assertThat(s.packet().source()).isEqualTo(Ipv4Address.parse("10.20.1.100")));
        Expect.hasDetailCode(t, "NGW_SOURCE_ADDRESS_REASSIGN");
        Expect.hasDetailCode(t, "REMAP_EPHEMERAL_PORT");
    }

    @Test
    void endpointPolicyNeverBlocksTheNetworkPathButIsReported() {
        Trace t = Net.scenario("S22").edit("vpce-s3g", GatewayEndpoint.class, g -> new GatewayEndpoint(g.id(), g.name(), g.parent(),
                g.serviceName(), g.prefixList(), g.routeTables(), g.state(),
                "{\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}"))
                .reach("i-a1", "svc-s3", 443);
        Expect.reachable(t, "i-a1", "vpce-s3g", "svc-s3");
        Expect.advises(t, "X_ENDPOINT_POLICY_ADVISORY");
    }
}
