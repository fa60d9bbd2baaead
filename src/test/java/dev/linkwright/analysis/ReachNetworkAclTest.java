package dev.linkwright.analysis;

import static dev.linkwright.analysis.Net.allow;
import static dev.linkwright.analysis.Net.deny;
import static dev.linkwright.analysis.Net.tcp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.model.NetworkAcl;
import dev.linkwright.model.NetworkAclRule;
import dev.linkwright.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rulebook §4: network ACLs are ordered, first match, stateless, and only at subnet boundaries. */
class ReachNetworkAclTest {

    @Test
    void replyToTheEphemeralPortNeedsItsOwnRule() {
        Trace t = Net.scenario("S45").reach(ReachabilityQuery.from("i-a1").to("i-b1").tcp(5432).sourcePort(49152));
        BlockedAt b = Expect.blocked(t, "nacl-b", Direction.RETURN, "SUBNET_ACL_RESTRICTION");
        assertThat(b.rule()).isEqualTo("R-NACL-3");
        assertThat(t.disposition()).isEqualTo(Disposition.DENIED_OUT);
    }

    @Test
    void ephemeralRangeRuleAdmitsTheReply() {
        Net n = Net.scenario("S45").edit("nacl-b", NetworkAcl.class, a -> {
            List<NetworkAclRule> out = new ArrayList<>(a.egress());
            out.add(allow(110, Protocol.TCP, "1024-65535", "10.0.0.0/16"));
            return new NetworkAcl(a.id(), a.name(), a.parent(), false, a.ingress(), out);
        });
        Expect.reachable(n.reach(ReachabilityQuery.from("i-a1").to("i-b1").tcp(5432).sourcePort(49152)), "i-b1");
    }

    @Test
    void firstMatchingRuleDecides() {
        Net n = Net.scenario("S33").acl("nacl-b", "VPC-B",
                List.of(deny(100, Protocol.TCP, "5432", "10.0.1.0/24"), allow(200, Protocol.ALL, null, "0.0.0.0/0")),
                List.of(allow(100, Protocol.ALL, null, "0.0.0.0/0")), "b-app");
        Trace t = n.reach("i-a1", "i-b1", 5432);
        Expect.blocked(t, "nacl-b", "SUBNET_ACL_RESTRICTION");
        assertThat(t.disposition()).isEqualTo(Disposition.DENIED_IN);
    }

    @Test
    void aNewCustomAclDeniesEverything() {
        Net n = Net.scenario("S33").acl("nacl-a", "VPC-A", List.of(), List.of(), "a-app");
        Trace t = n.reach("i-a1", "i-b1", 5432);
        Expect.blocked(t, "nacl-a", "SUBNET_ACL_RESTRICTION");
        assertThat(t.disposition()).isEqualTo(Disposition.DENIED_OUT);
    }

    @Test
    void aclsAreNotEvaluatedInsideASubnet() {
        Net n = Net.scenario("S51").ingress("sg-w3", tcp(22, "10.20.0.0/16")).acl("nacl-pub", "VPC-W", List.of(), List.of(), "w-pub");
        Expect.reachable(n.reach("i-w1", "i-w3", 22), "i-w1", "i-w3");
    }

    @Test
    void replyToANatGatewayNeedsSomePortOfItsRange() {
        List<NetworkAclRule> out = List.of(allow(100, Protocol.ALL, null, "0.0.0.0/0"));
        Net open = Net.scenario("S51").acl("nacl-pub", "VPC-W", List.of(allow(100, Protocol.TCP, "443", "0.0.0.0/0"),
                allow(110, Protocol.ALL, null, "10.20.0.0/16"), allow(120, Protocol.TCP, "32768-61000", "0.0.0.0/0")), out, "w-pub");
        Expect.reachable(open.reach("i-w2", "x-web", 443), "nat-W", "x-web");
        Net closed = Net.scenario("S51").acl("nacl-pub", "VPC-W", List.of(allow(100, Protocol.TCP, "443", "0.0.0.0/0"),
                allow(110, Protocol.ALL, null, "10.20.0.0/16")), out, "w-pub");
        Expect.blocked(closed.reach("i-w2", "x-web", 443), "nacl-pub", Direction.RETURN, "SUBNET_ACL_RESTRICTION");
    }
}
