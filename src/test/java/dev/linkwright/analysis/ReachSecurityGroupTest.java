package dev.linkwright.analysis;

import static dev.linkwright.analysis.Net.tcp;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.Vpc;
import org.junit.jupiter.api.Test;

/** Rulebook §3: security groups, allow-only and stateful, with CIDR, prefix-list and group references. */
class ReachSecurityGroupTest {

    @Test
    void onlyWhatARuleMatchesIsAllowed() {
        Expect.blocked(Net.scenario("S33").reach("i-a1", "i-b1", 5433), "sg-b1", "ENI_SG_RULES_MISMATCH");
    }

    @Test
    void aGroupWithoutRulesHasNoRules() {
        Expect.blocked(Net.scenario("S33").ingress("sg-b1").egress("sg-b1").reach("i-a1", "i-b1", 5432), "sg-b1", "SG_HAS_NO_RULES");
    }

    @Test
    void securityGroupsAreStateful() {
        // sg-b1 has no outbound rule at all, yet the reply leaves
        Expect.reachable(Net.scenario("S33").egress("sg-b1").reach("i-a1", "i-b1", 5432), "i-b1");
    }

    @Test
    void groupReferenceMatchesMembersInTheSameVpc() {
        Net n = Net.scenario("S51").ingress("sg-w1", tcp(22, "sg-w3"));
        Expect.reachable(n.reach("i-w3", "i-w1", 22), "i-w3", "i-w1");
        Expect.blocked(n.reach("i-w2", "i-w1", 22), "sg-w1", "ENI_SG_RULES_MISMATCH");
    }

    @Test
    void groupReferenceWorksAcrossASameRegionPeering() {
        Expect.reachable(Net.scenario("S33").ingress("sg-b1", tcp(5432, "sg-a1")).reach("i-a1", "i-b1", 5432), "pcx-AB", "i-b1");
    }

    @Test
    void groupReferenceCannotCrossAnInterRegionPeering() {
        Net n = Net.scenario("S33").ingress("sg-b1", tcp(5432, "sg-a1"));
        String eu = n.region("111111111111", "eu-west-1");
        n.edit("VPC-B", Vpc.class, v -> new Vpc(v.id(), v.name(), ElementId.of(eu), v.cidrBlocks(), v.ipv6CidrBlocks(), true, true));
        Expect.blocked(n.reach("i-a1", "i-b1", 5432), "sg-b1", "UNKNOWN_PEERED_SGS");
    }

    @Test
    void loadBalancerDoesNotPassOnTheClientsGroup() {
        Expect.blocked(Net.scenario("S01").ingress("sg-p1", tcp(8443, "sg-c1")).reach("i-c1", "vpce-c1", 443), "sg-p1",
                "SG_REFERENCES_NOT_PRESERVED");
    }

    @Test
    void securityGroupsCannotBlockDnsToTheRouteFiftyThreeResolver() {
        Net n = Net.scenario("S33").egress("sg-a1");
        Trace t = n.reach(ReachabilityQuery.from("i-a1").to("10.0.0.2").udp(53));
        Expect.reachable(t, "i-a1", "VPC-A");
        Expect.returnsThrough(t, "VPC-A", "i-a1");
        Expect.blocked(n.reach("i-a1", "10.0.0.2", 443), "VPC-A", "NO_POSSIBLE_DESTINATION");
    }

    @Test
    void outboundRuleMayNameAPrefixList() {
        Net n = Net.scenario("S22").egress("sg-a1", tcp(443, "pl-s3"));
        Expect.reachable(n.reach("i-a1", "svc-s3", 443), "vpce-s3g");
        Expect.blocked(n.egress("sg-a1", tcp(443, "10.0.0.0/8")).reach("i-a1", "svc-s3", 443), "sg-a1", "ENI_SG_RULES_MISMATCH");
    }
}
