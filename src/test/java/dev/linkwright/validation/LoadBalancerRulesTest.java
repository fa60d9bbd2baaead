package dev.linkwright.validation;

import static dev.linkwright.validation.DesignBuilder.id;
import static dev.linkwright.validation.FindingAssert.assertFinds;
import static dev.linkwright.validation.FindingAssert.assertNoErrors;
import static dev.linkwright.validation.FindingAssert.assertNone;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.model.IpAddressType;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.Target;
import dev.linkwright.model.TargetGroup;
import dev.linkwright.model.TargetHealth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-NLB-1, R-NLB-2, R-NLB-5: targets per AZ, empty target groups, health, security groups, one subnet per AZ. */
class LoadBalancerRulesTest {

    @Test
    void enabledAzWithoutTargetsIsReportedWhenCrossZoneIsOff() {
        // the NLB is enabled in use1-az1 and use1-az2, but i-p1 (its only target) is in use1-az1
        DesignBuilder d = Baselines.privateLinkAcrossAzs().targetGroup("tg-p1", "VPC-P", 8443, "i-p1");
        Finding f = assertFinds(d.validate(), "W_NLB_AZ_WITHOUT_TARGETS", "nlb-p1", "p-nlb-a", "tg-p1");
        assertThat(f.message()).contains("use1-az2");
    }

    @Test
    void enabledAzWithoutTargetsIsFineWithCrossZone() {
        DesignBuilder d = Baselines.privateLinkAcrossAzs().targetGroup("tg-p1", "VPC-P", 8443, "i-p1")
                .edit("tg-p1", TargetGroup.class, tg -> new TargetGroup(tg.id(), tg.name(), tg.parent(), tg.targetType(), tg.protocol(), tg.port(), true,
                        null, tg.targets()));
        assertNone(d.validate(), "W_NLB_AZ_WITHOUT_TARGETS");
        assertNone(Baselines.privateLinkAcrossAzs().validate(), "W_NLB_AZ_WITHOUT_TARGETS");
    }

    @Test
    void listenerWhoseTargetGroupIsEmptyIsReported() {
        assertFinds(Baselines.privateLink().targetGroup("tg-p1", "VPC-P", 8443).validate(), "W_NLB_TARGET_GROUP_EMPTY", "nlb-p1", "tg-p1");
        assertNone(Baselines.privateLink().validate(), "W_NLB_TARGET_GROUP_EMPTY");
    }

    @Test
    void unhealthyTargetIsReported() {
        DesignBuilder d = Baselines.privateLink().edit("tg-p1", TargetGroup.class, tg -> new TargetGroup(tg.id(), tg.name(), tg.parent(),
                tg.targetType(), tg.protocol(), tg.port(), null, null, List.of(new Target(id("i-p1"), null, null, TargetHealth.UNHEALTHY))));
        ValidationReport report = d.validate();
        assertFinds(report, "W_TARGET_UNHEALTHY", "i-p1", "tg-p1");
        assertNoErrors(report);
        assertNone(Baselines.privateLink().validate(), "W_TARGET_UNHEALTHY");
    }

    private static LoadBalancer withGroups(LoadBalancer lb, boolean createdWithThem) {
        return new LoadBalancer(lb.id(), lb.name(), lb.parent(), lb.type(), lb.scheme(), lb.ipAddressType(), lb.nodes(), List.of(id("sg-p1")),
                createdWithThem, true, lb.crossZone(), lb.listeners(), lb.state());
    }

    @Test
    void securityGroupsOnALoadBalancerCreatedWithoutThemAreRefused() {
        DesignBuilder d = Baselines.privateLink().edit("nlb-p1", LoadBalancer.class, lb -> withGroups(lb, false));
        Finding f = assertFinds(d.validate(), "E_NLB_SG_NOT_ADDABLE", "nlb-p1");
        d.put(f.quickFix().replacements().get(0));
        assertNone(d.validate(), "E_NLB_SG_NOT_ADDABLE");
    }

    @Test
    void securityGroupsGivenAtCreationAreAccepted() {
        assertNoErrors(Baselines.privateLink().edit("nlb-p1", LoadBalancer.class, lb -> withGroups(lb, true)).validate());
    }

    @Test
    void loadBalancerSecurityGroupsDidNotExistIn2020() {
        DesignBuilder d = Baselines.privateLink().edit("nlb-p1", LoadBalancer.class, lb -> withGroups(lb, true));
        assertFinds(d.validate(RulesProfile.LEGACY_2020), "E_NLB_SECURITY_GROUPS_UNSUPPORTED", "nlb-p1");
        assertNone(d.validate(RulesProfile.LEGACY_2020), "E_NLB_SG_NOT_ADDABLE");
        assertNone(Baselines.privateLink().validate(RulesProfile.LEGACY_2020), "E_NLB_SECURITY_GROUPS_UNSUPPORTED");
    }

    @Test
    void twoSubnetsOfOneAzOnALoadBalancerAreRefused() {
        DesignBuilder d = Baselines.privateLink().subnet("p-nlb-2", "VPC-P/c", "10.1.11.0/24")
                .nlb("nlb-p1", "VPC-P", 443, "tg-p1", "p-nlb=10.1.10.5", "p-nlb-2=10.1.11.5");
        assertFinds(d.validate(), "E_NLB_DUPLICATE_AZ", "nlb-p1", "p-nlb-2", "p-nlb");
        assertNone(Baselines.privateLinkAcrossAzs().validate(), "E_NLB_DUPLICATE_AZ");
    }

    @Test
    void dualStackLoadBalancerNeedsIpv6Subnets() {
        DesignBuilder d = Baselines.privateLink().edit("nlb-p1", LoadBalancer.class, lb -> new LoadBalancer(lb.id(), lb.name(), lb.parent(), lb.type(),
                lb.scheme(), IpAddressType.DUALSTACK, lb.nodes(), lb.securityGroups(), false, true, false, lb.listeners(), lb.state()));
        assertFinds(d.validate(), "E_NLB_DUALSTACK_SUBNET_WITHOUT_IPV6", "nlb-p1", "p-nlb");
    }

    @Test
    void instanceTargetInAnotherVpcIsRefused() {
        DesignBuilder d = Baselines.privateLink().targetGroup("tg-p1", "VPC-P", 8443, "i-p1", "i-c1");
        assertFinds(d.validate(), "E_CROSS_VPC_ASSOCIATION", "tg-p1", "i-c1");
    }
}
