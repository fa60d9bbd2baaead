package dev.linkwright.analysis;

import static dev.linkwright.analysis.Net.tcp;
import static dev.linkwright.analysis.Net.all;

import dev.linkwright.model.AvailabilityZone;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Instance;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerNode;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.Target;
import dev.linkwright.model.TargetGroup;
import dev.linkwright.model.TargetHealth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rulebook §10: Network Load Balancers (listeners, AZs and cross-zone, security groups, source address). */
class ReachLoadBalancerTest {

    /** B1 with the endpoint's security group open to any TCP port from the consumer VPC. */
    private static Net b1() {
        return Net.scenario("S01").ingress("sg-vpce", Net.rule(dev.linkwright.model.Protocol.ALL, dev.linkwright.model.PortRange.ALL,
                "10.0.0.0/16"));
    }

    @Test
    void listenerMustMatchThePort() {
        Expect.blocked(b1().reach("i-c1", "vpce-c1", 444), "nlb-p1", "ELBV2_LISTENER_PORT_RESTRICTION");
    }

    @Test
    void listenerMustMatchTheProtocol() {
        Expect.blocked(b1().reach(ReachabilityQuery.from("i-c1").to("vpce-c1").udp(443)), "nlb-p1", "ELBV2_LISTENERS_MISMATCH");
    }

    /** B1 with a second NLB node in use1-az2 (provider us-east-1a) and the only target moved there. */
    private static Net targetInOtherAz(Boolean crossZone) {
        Net n = b1().put(new AvailabilityZone(ElementId.of("VPC-P/us-east-1a"), "", ElementId.of("VPC-P"), "us-east-1a", "use1-az2"));
        n.subnet("p-nlb-2", "VPC-P", "us-east-1a", "use1-az2", "10.1.11.0/24", "rtb-p");
        n.subnet("p-app-2", "VPC-P", "us-east-1a", "use1-az2", "10.1.2.0/24", "rtb-p");
        n.edit("i-p1", Instance.class, i -> new Instance(i.id(), i.name(), ElementId.of("p-app-2"), Ipv4Address.parse("10.1.2.20"),
                i.secondaryIps(), i.publicIp(), i.securityGroups(), i.sourceDestCheck(), i.state(), i.eniId()));
        n.ingress("sg-p1", tcp(8443, "10.1.0.0/16"));
        n.edit("nlb-p1", LoadBalancer.class, lb -> nodes(lb, List.of(lb.nodes().get(0),
                new LoadBalancerNode(ElementId.of("p-nlb-2"), Ipv4Address.parse("10.1.11.5")))));
        n.edit("tg-p1", TargetGroup.class, tg -> new TargetGroup(tg.id(), tg.name(), tg.parent(), tg.targetType(), tg.protocol(),
                tg.port(), crossZone, tg.preserveClientIp(), tg.targets()));
        return n;
    }

    @Test
    void withCrossZoneOffANodeOnlyUsesTargetsInItsAz() {
        BlockedAt b = Expect.blocked(targetInOtherAz(false).reach("i-c1", "vpce-c1", 443), "nlb-p1", "ELBV2_NO_TARGETS_IN_AZ");
        org.assertj.core.api.Assertions.assertThat(b.secondaryCodes()).contains("ELB_NOT_CROSSZONE");
    }

    @Test
    void withCrossZoneOnANodeUsesTargetsInOtherAzs() {
        Trace t = targetInOtherAz(true).reach("i-c1", "vpce-c1", 443);
        Expect.reachable(t, "nlb-p1", "tg-p1", "i-p1");
        Expect.hasDetailCode(t, "AVAILABILITY_ZONE_CROSSED");
    }

    @Test
    void loadBalancerOnlySendsToTargetsInItsEnabledAzs() {
        Net n = targetInOtherAz(true).edit("nlb-p1", LoadBalancer.class, lb -> nodes(lb, List.of(lb.nodes().get(0))));
        Expect.blocked(n.reach("i-c1", "vpce-c1", 443), "nlb-p1", "ELB_INSTALLED_AZ_RESTRICTION");
    }

    private static Net withNlbGroup(String allowedClients, boolean enforce) {
        Net n = b1().group("sg-nlb", "VPC-P", List.of(tcp(443, allowedClients)), List.of(all("0.0.0.0/0")));
        n.edit("nlb-p1", LoadBalancer.class, lb -> new LoadBalancer(lb.id(), lb.name(), lb.parent(), lb.type(), lb.scheme(),
                lb.ipAddressType(), lb.nodes(), List.of(ElementId.of("sg-nlb")), true, enforce, lb.crossZone(), lb.listeners(), lb.state()));
        return n;
    }

    @Test
    void loadBalancerSecurityGroupSeesTheConsumersAddress() {
        Expect.reachable(withNlbGroup("10.0.0.0/16", true).reach("i-c1", "vpce-c1", 443), "nlb-p1", "i-p1");
        Expect.blocked(withNlbGroup("10.1.0.0/16", true).reach("i-c1", "vpce-c1", 443), "sg-nlb", "ENI_SG_RULES_MISMATCH");
    }

    @Test
    void privateLinkTrafficSkipsTheLoadBalancerGroupWhenEnforcementIsOff() {
        Expect.reachable(withNlbGroup("10.1.0.0/16", false).reach("i-c1", "vpce-c1", 443), "nlb-p1", "i-p1");
    }

    @Test
    void in2020LoadBalancersHadNoSecurityGroups() {
        Expect.reachable(withNlbGroup("10.1.0.0/16", true).profile(RulesProfile.LEGACY_2020).reach("i-c1", "vpce-c1", 443), "i-p1");
    }

    @Test
    void targetGroupMayAdmitTheLoadBalancersGroup() {
        Expect.reachable(withNlbGroup("10.0.0.0/16", true).ingress("sg-p1", tcp(8443, "sg-nlb")).reach("i-c1", "vpce-c1", 443), "i-p1");
    }

    private static Net withSecondTarget(TargetHealth firstHealth) {
        Net n = b1().group("sg-p2", "VPC-P", List.of(tcp(8443, "10.1.10.0/24")), List.of(all("0.0.0.0/0")))
                .instance("i-p2", "p-app", "10.1.1.21", "sg-p2");
        n.edit("tg-p1", TargetGroup.class, tg -> {
            List<Target> targets = new ArrayList<>();
            targets.add(new Target(ElementId.of("i-p1"), null, null, firstHealth));
            targets.add(Target.instance(ElementId.of("i-p2")));
            return new TargetGroup(tg.id(), tg.name(), tg.parent(), tg.targetType(), tg.protocol(), tg.port(), tg.crossZone(),
                    tg.preserveClientIp(), targets);
        });
        return n;
    }

    @Test
    void aConnectionWorksWhenSomeTargetAdmitsIt() {
        Expect.reachable(withSecondTarget(TargetHealth.HEALTHY).ingress("sg-p1", tcp(9999, "10.1.10.0/24"))
                .reach("i-c1", "vpce-c1", 443), "tg-p1", "i-p2");
    }

    @Test
    void targetHealthIsIgnoredByDefaultButReported() {
        Net n = b1();
        n.edit("tg-p1", TargetGroup.class, tg -> new TargetGroup(tg.id(), tg.name(), tg.parent(), tg.targetType(), tg.protocol(),
                tg.port(), tg.crossZone(), tg.preserveClientIp(), List.of(new Target(ElementId.of("i-p1"), null, null, TargetHealth.UNHEALTHY))));
        Trace t = n.reach("i-c1", "vpce-c1", 443);
        Expect.reachable(t, "i-p1");
        Expect.advises(t, "W_TARGET_UNHEALTHY");
        Expect.blocked(n.reach(ReachabilityQuery.from("i-c1").to("vpce-c1").tcp(443).respectTargetHealth(true)), "nlb-p1",
                "ELBV2_NO_TARGETS_IN_AZ");
    }

    @Test
    void directClientsAreSeenByInstanceTargetsWithTheirOwnAddress() {
        Net n = Net.scenario("S01").group("sg-p0", "VPC-P", List.of(), List.of(all("0.0.0.0/0"))).instance("i-p0", "p-app", "10.1.1.30", "sg-p0");
        Expect.blocked(n.reach("i-p0", "nlb-p1", 443), "sg-p1", "ENI_SG_RULES_MISMATCH");
        Trace preserved = n.addIngress("sg-p1", tcp(8443, "10.1.1.0/24")).reach("i-p0", "nlb-p1", 443);
        Expect.reachable(preserved, "i-p0", "nlb-p1", "i-p1");
        Expect.returnsThrough(preserved, "i-p1", "nlb-p1", "i-p0");
        Expect.hasDetailCode(preserved, "ASSUMPTION_PRESERVE_CLIENT_IP_IS_ENABLED");
        n.ingress("sg-p1", tcp(8443, "10.1.10.0/24"));
        n.edit("tg-p1", TargetGroup.class, tg -> new TargetGroup(tg.id(), tg.name(), tg.parent(), tg.targetType(), tg.protocol(),
                tg.port(), tg.crossZone(), false, tg.targets()));
        Trace t = n.reach("i-p0", "nlb-p1", 443);
        Expect.reachable(t, "i-p0", "nlb-p1", "tg-p1", "i-p1");
        Expect.hasDetailCode(t, "ASSUMPTION_PRESERVE_CLIENT_IP_IS_DISABLED");
    }

    private static LoadBalancer nodes(LoadBalancer lb, List<LoadBalancerNode> nodes) {
        return new LoadBalancer(lb.id(), lb.name(), lb.parent(), lb.type(), lb.scheme(), lb.ipAddressType(), nodes, lb.securityGroups(),
                lb.createdWithSecurityGroups(), lb.enforceSecurityGroupsOnPrivateLink(), lb.crossZone(), lb.listeners(), lb.state());
    }

}
