package dev.linkwright.validation;

import static dev.linkwright.validation.FindingAssert.assertFinds;
import static dev.linkwright.validation.FindingAssert.assertNoErrors;
import static dev.linkwright.validation.FindingAssert.assertNone;

import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerScheme;
import dev.linkwright.model.NetworkAcl;
import dev.linkwright.model.NetworkAclRule;
import dev.linkwright.model.PortRange;
import dev.linkwright.model.Protocol;
import dev.linkwright.model.RuleAction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-IGW-1, R-NAT-1, R-RT-9: what "public" means, NAT gateway placement, internet-facing load balancers; R-NACL-1. */
class InternetRulesTest {

    @Test
    void internetBaselineIsValid() {
        ValidationReport report = Baselines.internet().validate();
        assertNoErrors(report);
        assertNone(report, "W_PUBLIC_NATGW_IN_PRIVATE_SUBNET");
        assertNone(report, "W_PUBLIC_IP_IN_PRIVATE_SUBNET");
    }

    @Test
    void publicNatGatewayInAPrivateSubnetIsReported() {
        DesignBuilder d = Baselines.internet().remove("nat-W").natGateway("nat-W", "w-priv", "10.20.2.100", "203.0.113.50");
        assertFinds(d.validate(), "W_PUBLIC_NATGW_IN_PRIVATE_SUBNET", "nat-W", "w-priv");
    }

    @Test
    void publicNatGatewayWithoutElasticIpIsReported() {
        DesignBuilder d = Baselines.internet().natGateway("nat-W", "w-pub", "10.20.1.100", null);
        assertFinds(d.validate(), "W_PUBLIC_NATGW_WITHOUT_EIP", "nat-W");
        assertNone(Baselines.internet().validate(), "W_PUBLIC_NATGW_WITHOUT_EIP");
    }

    @Test
    void publicAddressInASubnetWithoutInternetRouteIsReported() {
        DesignBuilder d = Baselines.internet().publicInstance("i-w4", "w-priv", "10.20.2.20", "203.0.113.61");
        assertFinds(d.validate(), "W_PUBLIC_IP_IN_PRIVATE_SUBNET", "i-w4", "w-priv");
    }

    @Test
    void internetFacingLoadBalancerInAPrivateSubnetIsReported() {
        DesignBuilder d = Baselines.internet().targetGroup("tg-w", "VPC-W", 443, "i-w2").nlb("nlb-w", "VPC-W", 443, "tg-w", "w-priv=10.20.2.50")
                .edit("nlb-w", LoadBalancer.class, InternetRulesTest::internetFacing);
        assertFinds(d.validate(), "W_INTERNET_FACING_NLB_IN_PRIVATE_SUBNET", "nlb-w", "w-priv");
        d.nlb("nlb-w", "VPC-W", 443, "tg-w", "w-pub=10.20.1.50").edit("nlb-w", LoadBalancer.class, InternetRulesTest::internetFacing);
        assertNone(d.validate(), "W_INTERNET_FACING_NLB_IN_PRIVATE_SUBNET");
    }

    @Test
    void internetFacingLoadBalancerInAVpcWithoutInternetGatewayIsRefused() {
        DesignBuilder d = Baselines.privateLink().edit("nlb-p1", LoadBalancer.class, InternetRulesTest::internetFacing);
        assertFinds(d.validate(), "E_INTERNET_FACING_LB_WITHOUT_IGW", "nlb-p1", "VPC-P");
        d.internetGateway("igw-P", "VPC-P");
        assertNone(d.validate(), "E_INTERNET_FACING_LB_WITHOUT_IGW");
    }

    @Test
    void secondInternetGatewayIsRefused() {
        assertFinds(Baselines.internet().internetGateway("igw-W2", "VPC-W").validate(), "E_VPC_MULTIPLE_INTERNET_GATEWAYS", "igw-W2", "VPC-W");
        assertNone(Baselines.internet().validate(), "E_VPC_MULTIPLE_INTERNET_GATEWAYS");
    }

    @Test
    void networkAclRuleNumbersAreUniquePerDirection() {
        NetworkAclRule allow = NetworkAclRule.of(100, RuleAction.ALLOW, Protocol.TCP, PortRange.single(443), DesignBuilder.cidr("0.0.0.0/0"));
        NetworkAclRule deny = NetworkAclRule.of(100, RuleAction.DENY, Protocol.ALL, PortRange.ALL, DesignBuilder.cidr("10.9.0.0/16"));
        DesignBuilder d = Baselines.internet().put(new NetworkAcl(DesignBuilder.id("acl-w"), "", DesignBuilder.id("VPC-W"), false,
                List.of(allow, deny), List.of(allow)));
        assertFinds(d.validate(), "E_NACL_DUPLICATE_RULE_NUMBER", "acl-w");
        d.put(new NetworkAcl(DesignBuilder.id("acl-w"), "", DesignBuilder.id("VPC-W"), false, List.of(allow), List.of(allow)));
        assertNone(d.validate(), "E_NACL_DUPLICATE_RULE_NUMBER");
    }

    private static LoadBalancer internetFacing(LoadBalancer lb) {
        return new LoadBalancer(lb.id(), lb.name(), lb.parent(), lb.type(), LoadBalancerScheme.INTERNET_FACING, lb.ipAddressType(), lb.nodes(),
                lb.securityGroups(), lb.createdWithSecurityGroups(), lb.enforceSecurityGroupsOnPrivateLink(), lb.crossZone(), lb.listeners(), lb.state());
    }
}
