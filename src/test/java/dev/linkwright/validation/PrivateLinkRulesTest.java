package dev.linkwright.validation;

import static dev.linkwright.validation.DesignBuilder.id;
import static dev.linkwright.validation.FindingAssert.assertFinds;
import static dev.linkwright.validation.FindingAssert.assertNoErrors;
import static dev.linkwright.validation.FindingAssert.assertNone;
import static dev.linkwright.validation.FindingAssert.assertOnlyErrors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.model.EndpointService;
import dev.linkwright.model.EndpointState;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.IpAddressType;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerType;
import dev.linkwright.model.Vpc;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** R-PL-1..13, R-IEP-1: endpoint services and interface endpoints. */
class PrivateLinkRulesTest {

    static UnaryOperator<EndpointService> service(List<String> principals, Boolean acceptance, List<IpAddressType> types, List<String> zones) {
        return s -> new EndpointService(s.id(), s.name(), s.parent(), s.serviceName(), s.loadBalancers(), acceptance, principals, types,
                s.supportedRegions(), s.privateDnsName(), s.privateDnsVerified(), zones, s.state());
    }

    static UnaryOperator<InterfaceEndpoint> endpoint(IpAddressType type, boolean privateDns, EndpointState state, String requester) {
        return e -> new InterfaceEndpoint(e.id(), e.name(), e.parent(), e.service(), e.serviceName(), e.serviceRegion(), e.interfaces(),
                e.securityGroups(), type, privateDns, state, requester, e.policy());
    }

    @Test
    void privateLinkBaselineIsValidWithSinglePointOfFailureWarnings() {
        ValidationReport report = Baselines.privateLink().validate();
        assertNoErrors(report);
        assertFinds(report, "W_VPCE_SINGLE_AZ", "vpce-c1", "c-vpce");
        assertFinds(report, "W_ENDPOINT_SERVICE_SINGLE_AZ", "vpce-svc-0p1", "nlb-p1");
    }

    @Test
    void endpointAndServiceInTwoAzsAreNotSinglePointsOfFailure() {
        ValidationReport report = Baselines.privateLinkAcrossAzs().validate();
        assertThat(report.findings()).as(FindingAssert.describe(report)).isEmpty();
    }

    @Test
    void endpointServiceWithoutLoadBalancerIsRefused() {
        // V05
        DesignBuilder d = new DesignBuilder().account("111111111111").region("r", "111111111111", "us-east-1").endpointService("vpce-svc-x", "r");
        ValidationReport report = d.validate();
        assertFinds(report, "E_ENDPOINT_SERVICE_NO_LOAD_BALANCER", "vpce-svc-x");
        assertOnlyErrors(report, "E_ENDPOINT_SERVICE_NO_LOAD_BALANCER");
    }

    @Test
    void loadBalancerInTwoServicesIsRefused() {
        DesignBuilder d = Baselines.privateLink().endpointService("vpce-svc-2", "p-use1", "nlb-p1");
        assertFinds(d.validate(), "E_NLB_ALREADY_IN_SERVICE", "vpce-svc-2", "nlb-p1", "vpce-svc-0p1");
        assertThat(d.validate().withCode("E_NLB_ALREADY_IN_SERVICE")).hasSize(1);
    }

    @Test
    void applicationLoadBalancerCannotFrontAService() {
        DesignBuilder d = Baselines.privateLink().edit("nlb-p1", LoadBalancer.class, lb -> new LoadBalancer(lb.id(), lb.name(), lb.parent(),
                LoadBalancerType.APPLICATION, lb.scheme(), lb.ipAddressType(), lb.nodes(), lb.securityGroups(), false, true, false, lb.listeners(), lb.state()));
        assertFinds(d.validate(), "E_ENDPOINT_SERVICE_LOAD_BALANCER_INVALID", "vpce-svc-0p1", "nlb-p1");
        assertNone(Baselines.privateLink().validate(), "E_ENDPOINT_SERVICE_LOAD_BALANCER_INVALID");
    }

    @Test
    void endpointInAnAzTheServiceDoesNotOfferIsRefusedComparingAzIds() {
        // V08: the NLB only in P us-east-1a (= use1-az2); the endpoint in C us-east-1a (= use1-az1)
        DesignBuilder d = Baselines.privateLink().az("VPC-P/a", "VPC-P", "us-east-1a")
                .subnet("p-nlb", "VPC-P/a", "10.1.10.0/24").subnet("p-app", "VPC-P/a", "10.1.1.0/24")
                .edit("vpce-svc-0p1", EndpointService.class, service(List.of("arn:aws:iam::111111111111:root"), true, List.of(IpAddressType.IPV4),
                        List.of("use1-az2")));
        ValidationReport report = d.validate();
        Finding f = assertFinds(report, "E_VPCE_AZ_NOT_SUPPORTED", "vpce-c1", "c-vpce");
        assertThat(f.message()).contains("use1-az1").contains("use1-az2");
        assertOnlyErrors(report, "E_VPCE_AZ_NOT_SUPPORTED");
        // S08: choosing C us-east-1b (= use1-az2) is valid
        d.subnet("c-vpce", "VPC-C/b", "10.0.10.0/24", "rtb-c-vpce");
        assertNoErrors(d.validate());
    }

    @Test
    void serviceAzsDefaultToTheLoadBalancersAzs() {
        DesignBuilder d = Baselines.privateLink().edit("vpce-svc-0p1", EndpointService.class,
                service(List.of("arn:aws:iam::111111111111:root"), true, List.of(IpAddressType.IPV4), null));
        assertNoErrors(d.validate());
        d.subnet("c-vpce", "VPC-C/b", "10.0.10.0/24", "rtb-c-vpce");
        assertFinds(d.validate(), "E_VPCE_AZ_NOT_SUPPORTED", "vpce-c1", "c-vpce");
    }

    @Test
    void azEnabledOnTheLoadBalancerButNotOnTheServiceIsReported() {
        DesignBuilder d = Baselines.privateLinkAcrossAzs().edit("vpce-svc-0p1", EndpointService.class,
                service(List.of("arn:aws:iam::111111111111:root"), true, List.of(IpAddressType.IPV4), List.of("use1-az1")));
        ValidationReport report = d.validate();
        Finding f = assertFinds(report, "W_SERVICE_AZ_NOT_ENABLED", "vpce-svc-0p1", "nlb-p1");
        assertFinds(report, "E_VPCE_AZ_NOT_SUPPORTED", "vpce-c1", "c-vpce-b");
        d.put(f.quickFix().replacements().get(0));
        assertNoErrors(d.validate());
        assertNone(d.validate(), "W_SERVICE_AZ_NOT_ENABLED");
    }

    @Test
    void twoEndpointSubnetsInOneAzAreRefused() {
        DesignBuilder d = Baselines.privateLink().subnet("c-vpce-2", "VPC-C/a", "10.0.12.0/24", "rtb-c-vpce")
                .interfaceEndpoint("vpce-c1", "VPC-C", "vpce-svc-0p1", "c-vpce=10.0.10.50", "c-vpce-2=10.0.12.50");
        Finding f = assertFinds(d.validate(), "E_VPCE_DUPLICATE_AZ_SUBNET", "vpce-c1", "c-vpce-2", "c-vpce");
        assertThat(((InterfaceEndpoint) f.quickFix().replacements().get(0)).interfaces()).hasSize(1);
    }

    @Test
    void consumerAccountNotAllowedByTheServiceIsRefused() {
        DesignBuilder d = Baselines.privateLink().edit("vpce-svc-0p1", EndpointService.class,
                service(List.of("arn:aws:iam::333333333333:root"), true, List.of(IpAddressType.IPV4), List.of("use1-az1")));
        Finding f = assertFinds(d.validate(), "E_VPCE_PRINCIPAL_NOT_ALLOWED", "vpce-c1", "vpce-svc-0p1");
        assertThat(f.message()).contains("arn:aws:iam::111111111111:root");
        d.put(f.quickFix().replacements().get(0));
        assertNone(d.validate(), "E_VPCE_PRINCIPAL_NOT_ALLOWED");
    }

    @Test
    void allowedPrincipalsMatchByExactArnAccountRootOrWildcard() {
        for (List<String> allowed : List.of(List.of("*"), List.of("arn:aws:iam::111111111111:root"), List.of("arn:aws:iam::111111111111:role/app"))) {
            DesignBuilder d = Baselines.privateLink()
                    .edit("vpce-svc-0p1", EndpointService.class, service(allowed, true, List.of(IpAddressType.IPV4), List.of("use1-az1")))
                    .edit("vpce-c1", InterfaceEndpoint.class, endpoint(IpAddressType.IPV4, false, EndpointState.AVAILABLE, "arn:aws:iam::111111111111:role/app"));
            assertNone(d.validate(), "E_VPCE_PRINCIPAL_NOT_ALLOWED");
        }
        DesignBuilder other = Baselines.privateLink()
                .edit("vpce-svc-0p1", EndpointService.class, service(List.of("arn:aws:iam::111111111111:role/admin"), true, List.of(IpAddressType.IPV4),
                        List.of("use1-az1")))
                .edit("vpce-c1", InterfaceEndpoint.class, endpoint(IpAddressType.IPV4, false, EndpointState.AVAILABLE, "arn:aws:iam::111111111111:role/app"));
        assertFinds(other.validate(), "E_VPCE_PRINCIPAL_NOT_ALLOWED", "vpce-c1");
    }

    @Test
    void unstatedAcceptanceIsAssumedRequiredWithAWarning() {
        DesignBuilder d = Baselines.privateLink().edit("vpce-svc-0p1", EndpointService.class,
                service(List.of("arn:aws:iam::111111111111:root"), null, List.of(IpAddressType.IPV4), List.of("use1-az1")));
        Finding f = assertFinds(d.validate(), "W_ACCEPTANCE_DEFAULT_ASSUMED", "vpce-svc-0p1");
        assertThat(((EndpointService) f.quickFix().replacements().get(0)).acceptanceRequired()).isTrue();
        assertNone(Baselines.privateLink().validate(), "W_ACCEPTANCE_DEFAULT_ASSUMED");
    }

    @Test
    void ipv6ServiceOnAnIpv4LoadBalancerIsRefused() {
        DesignBuilder d = Baselines.privateLink().edit("vpce-svc-0p1", EndpointService.class, service(List.of("arn:aws:iam::111111111111:root"), true,
                List.of(IpAddressType.IPV4, IpAddressType.IPV6), List.of("use1-az1")));
        assertFinds(d.validate(), "E_SERVICE_IPV6_REQUIRES_DUALSTACK_NLB", "vpce-svc-0p1", "nlb-p1");
    }

    @Test
    void ipv6ServiceOnDualStackLoadBalancersIsAccepted() {
        DesignBuilder d = Baselines.privateLink()
                .edit("VPC-P", Vpc.class, v -> new Vpc(v.id(), v.name(), v.parent(), v.cidrBlocks(), List.of(dev.linkwright.model.Ipv6Cidr.parse("2600:1f18:2:100::/56")), true, true))
                .subnet6("p-nlb", "VPC-P/c", "10.1.10.0/24", "2600:1f18:2:100::/64", null)
                .edit("nlb-p1", LoadBalancer.class, lb -> new LoadBalancer(lb.id(), lb.name(), lb.parent(), lb.type(), lb.scheme(), IpAddressType.DUALSTACK,
                        lb.nodes(), List.of(), false, true, false, lb.listeners(), lb.state()))
                .edit("vpce-svc-0p1", EndpointService.class, service(List.of("arn:aws:iam::111111111111:root"), true,
                        List.of(IpAddressType.IPV4, IpAddressType.IPV6), List.of("use1-az1")));
        assertNoErrors(d.validate());
    }

    @Test
    void endpointIpTypeMustMatchItsSubnets() {
        DesignBuilder d = Baselines.privateLink().edit("vpce-c1", InterfaceEndpoint.class, endpoint(IpAddressType.DUALSTACK, false, EndpointState.AVAILABLE, null));
        assertFinds(d.validate(), "E_VPCE_IP_TYPE_SUBNET_MISMATCH", "vpce-c1", "c-vpce");
        assertNone(Baselines.privateLink().validate(), "E_VPCE_IP_TYPE_SUBNET_MISMATCH");
    }

    @Test
    void endpointIpTypeMustBeSupportedByTheService() {
        DesignBuilder d = Baselines.privateLink().edit("vpce-c1", InterfaceEndpoint.class, endpoint(IpAddressType.IPV6, false, EndpointState.AVAILABLE, null));
        assertFinds(d.validate(), "E_VPCE_IP_TYPE_NOT_SUPPORTED_BY_SERVICE", "vpce-c1", "vpce-svc-0p1");
        assertNone(Baselines.privateLink().validate(), "E_VPCE_IP_TYPE_NOT_SUPPORTED_BY_SERVICE");
    }

    @Test
    void endpointThatIsNotAvailableIsReported() {
        DesignBuilder d = Baselines.privateLink().edit("vpce-c1", InterfaceEndpoint.class,
                endpoint(IpAddressType.IPV4, false, EndpointState.PENDING_ACCEPTANCE, null));
        ValidationReport report = d.validate();
        assertFinds(report, "W_VPCE_NOT_AVAILABLE", "vpce-c1");
        assertNoErrors(report);
    }

    @Test
    void privateDnsNeedsTheVpcDnsAttributes() {
        DesignBuilder d = Baselines.privateLink()
                .edit("VPC-C", Vpc.class, v -> new Vpc(v.id(), v.name(), v.parent(), v.cidrBlocks(), v.ipv6CidrBlocks(), true, false))
                .edit("vpce-c1", InterfaceEndpoint.class, endpoint(IpAddressType.IPV4, true, EndpointState.AVAILABLE, null));
        Finding f = assertFinds(d.validate(), "E_VPCE_PRIVATE_DNS_REQUIRES_VPC_DNS", "vpce-c1", "VPC-C");
        d.put(f.quickFix().replacements().get(0));
        assertNone(d.validate(), "E_VPCE_PRIVATE_DNS_REQUIRES_VPC_DNS");
    }

    @Test
    void privateDnsNeedsAVerifiedServiceName() {
        DesignBuilder d = Baselines.privateLink().edit("vpce-c1", InterfaceEndpoint.class, endpoint(IpAddressType.IPV4, true, EndpointState.AVAILABLE, null));
        assertFinds(d.validate(), "W_VPCE_PRIVATE_DNS_UNAVAILABLE", "vpce-c1", "vpce-svc-0p1");
        d.edit("vpce-svc-0p1", EndpointService.class, s -> new EndpointService(s.id(), s.name(), s.parent(), s.serviceName(), s.loadBalancers(),
                true, s.allowedPrincipals(), s.supportedIpAddressTypes(), s.supportedRegions(), "api.example.com", true, s.zoneIds(), s.state()));
        assertNone(d.validate(), "W_VPCE_PRIVATE_DNS_UNAVAILABLE");
    }

    @Test
    void serviceOpenToEveryAccountWithoutAcceptanceIsReported() {
        DesignBuilder d = Baselines.privateLink().edit("vpce-svc-0p1", EndpointService.class,
                service(List.of("*"), false, List.of(IpAddressType.IPV4), List.of("use1-az1")));
        assertFinds(d.validate(), "W_ENDPOINT_SERVICE_OPEN_TO_ALL", "vpce-svc-0p1");
        d.edit("vpce-svc-0p1", EndpointService.class, service(List.of("*"), true, List.of(IpAddressType.IPV4), List.of("use1-az1")));
        assertNone(d.validate(), "W_ENDPOINT_SERVICE_OPEN_TO_ALL");
    }

    @Test
    void endpointToAServiceWithoutLoadBalancerIsReportedOnce() {
        DesignBuilder d = Baselines.privateLink().endpointService("vpce-svc-x", "p-use1")
                .edit("vpce-svc-x", EndpointService.class, service(List.of("*"), true, List.of(IpAddressType.IPV4), List.of()))
                .interfaceEndpoint("vpce-c1", "VPC-C", "vpce-svc-x", "c-vpce=10.0.10.50");
        ValidationReport report = d.validate();
        assertFinds(report, "E_ENDPOINT_SERVICE_NO_LOAD_BALANCER", "vpce-svc-x");
        assertOnlyErrors(report, "E_ENDPOINT_SERVICE_NO_LOAD_BALANCER");
    }

    @Test
    void gatewayEndpointsExistOnlyForS3AndDynamoDbInTheirRegion() {
        DesignBuilder d = Baselines.peered().prefixList("pl-x", "use1", "52.94.0.0/22")
                .gatewayEndpoint("vpce-sqs", "VPC-A", "com.amazonaws.us-east-1.sqs", "pl-x", "rtb-a")
                .gatewayEndpoint("vpce-s3-west", "VPC-B", "com.amazonaws.us-west-2.s3", null, "rtb-b")
                .gatewayEndpoint("vpce-ddb", "VPC-B", "com.amazonaws.us-east-1.dynamodb", null, "rtb-b");
        ValidationReport report = d.validate();
        assertFinds(report, "E_GATEWAY_ENDPOINT_SERVICE_UNSUPPORTED", "vpce-sqs");
        assertFinds(report, "E_GATEWAY_ENDPOINT_OTHER_REGION", "vpce-s3-west");
        assertThat(report.findingsFor(id("vpce-ddb"))).isEmpty();
    }
}
