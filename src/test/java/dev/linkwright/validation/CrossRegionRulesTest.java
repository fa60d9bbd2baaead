package dev.linkwright.validation;

import static dev.linkwright.validation.FindingAssert.assertFinds;
import static dev.linkwright.validation.FindingAssert.assertNoErrors;
import static dev.linkwright.validation.FindingAssert.assertNone;
import static dev.linkwright.validation.FindingAssert.assertOnlyErrors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.model.EndpointService;
import dev.linkwright.model.IpAddressType;
import dev.linkwright.model.Listener;
import dev.linkwright.model.ListenerProtocol;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.RulesProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-PL-9..12 under both profiles: cross-Region PrivateLink, UDP and IPv6 in 2020 and now. */
class CrossRegionRulesTest {

    /** B1 with the consumer VPC moved to eu-west-1 (AZ ids euw1-az1..3); the service still in us-east-1. */
    private static DesignBuilder crossRegion(List<String> supportedRegions) {
        return Baselines.privateLinkAcrossAzs()
                .account(Baselines.CONSUMER, "eu-west-1a=euw1-az1", "eu-west-1b=euw1-az2")
                .region("c-use1", Baselines.CONSUMER, "eu-west-1")
                .az("VPC-C/a", "VPC-C", "eu-west-1a").az("VPC-C/b", "VPC-C", "eu-west-1b")
                .edit("vpce-svc-0p1", EndpointService.class, s -> new EndpointService(s.id(), s.name(), s.parent(), s.serviceName(), s.loadBalancers(),
                        true, s.allowedPrincipals(), s.supportedIpAddressTypes(), supportedRegions, null, true, s.zoneIds(), s.state()));
    }

    @Test
    void crossRegionEndpointToAServiceSupportingTheRegionIsAccepted() {
        ValidationReport report = crossRegion(List.of("us-east-1", "eu-west-1")).validate();
        assertNoErrors(report);
        assertNone(report, "E_VPCE_AZ_NOT_SUPPORTED");
    }

    @Test
    void crossRegionEndpointToAServiceNotSupportingTheRegionIsRefused() {
        DesignBuilder d = crossRegion(List.of("us-east-1"));
        ValidationReport report = d.validate();
        Finding f = assertFinds(report, "E_VPCE_SERVICE_REGION_NOT_SUPPORTED", "vpce-c1", "vpce-svc-0p1");
        assertOnlyErrors(report, "E_VPCE_SERVICE_REGION_NOT_SUPPORTED");
        d.put(f.quickFix().replacements().get(0));
        assertNoErrors(d.validate());
    }

    @Test
    void crossRegionEndpointsWereUnsupportedIn2020() {
        ValidationReport report = crossRegion(List.of("us-east-1", "eu-west-1")).validate(RulesProfile.LEGACY_2020);
        assertFinds(report, "E_CROSS_REGION_ENDPOINT_UNSUPPORTED", "vpce-c1");
        assertOnlyErrors(report, "E_CROSS_REGION_ENDPOINT_UNSUPPORTED");
        assertNone(crossRegion(List.of("us-east-1", "eu-west-1")).validate(RulesProfile.CURRENT), "E_CROSS_REGION_ENDPOINT_UNSUPPORTED");
        assertNone(Baselines.privateLink().validate(RulesProfile.LEGACY_2020), "E_CROSS_REGION_ENDPOINT_UNSUPPORTED");
    }

    @Test
    void crossRegionAccessIsNotOfferedInSomeAzs() {
        DesignBuilder d = crossRegion(List.of("us-east-1", "eu-west-1")).account(Baselines.PROVIDER, "us-east-1a=use1-az3", "us-east-1c=use1-az1");
        ValidationReport report = d.validate();
        assertFinds(report, "E_CROSS_REGION_AZ_UNSUPPORTED", "vpce-svc-0p1", "nlb-p1", "p-nlb-a");
    }

    @Test
    void crossRegionEndpointSubnetInAnUnsupportedAzIsRefused() {
        DesignBuilder d = Baselines.privateLinkAcrossAzs()
                .region("p-use1", Baselines.PROVIDER, "ap-northeast-2")
                .account(Baselines.PROVIDER, "ap-northeast-2a=apne2-az1", "ap-northeast-2c=apne2-az3")
                .az("VPC-P/a", "VPC-P", "ap-northeast-2a").az("VPC-P/c", "VPC-P", "ap-northeast-2c")
                .account(Baselines.CONSUMER, "us-east-1a=use1-az1", "us-east-1b=use1-az3")
                .edit("vpce-svc-0p1", EndpointService.class, s -> new EndpointService(s.id(), s.name(), s.parent(), s.serviceName(), s.loadBalancers(),
                        true, s.allowedPrincipals(), s.supportedIpAddressTypes(), List.of("ap-northeast-2", "us-east-1"), null, true, null, s.state()));
        ValidationReport report = d.validate();
        assertFinds(report, "E_CROSS_REGION_AZ_UNSUPPORTED", "vpce-c1", "c-vpce-b");
        assertThat(report.withCode("E_CROSS_REGION_AZ_UNSUPPORTED")).hasSize(1);
    }

    @Test
    void crossRegionServiceInOneAzIsReported() {
        DesignBuilder d = Baselines.privateLink().edit("vpce-svc-0p1", EndpointService.class, s -> new EndpointService(s.id(), s.name(), s.parent(),
                s.serviceName(), s.loadBalancers(), true, s.allowedPrincipals(), s.supportedIpAddressTypes(), List.of("us-east-1", "eu-west-1"), null,
                true, s.zoneIds(), s.state()));
        assertFinds(d.validate(), "W_CROSS_REGION_SERVICE_SINGLE_AZ", "vpce-svc-0p1", "nlb-p1");
        assertNone(crossRegion(List.of("us-east-1", "eu-west-1")).validate(), "W_CROSS_REGION_SERVICE_SINGLE_AZ");
    }

    private static DesignBuilder udpService() {
        return Baselines.privateLink().edit("nlb-p1", LoadBalancer.class, lb -> new LoadBalancer(lb.id(), lb.name(), lb.parent(), lb.type(),
                lb.scheme(), lb.ipAddressType(), lb.nodes(), List.of(), false, true, false,
                List.of(new Listener(ListenerProtocol.UDP, 53, lb.listeners().get(0).targetGroup())), lb.state()));
    }

    @Test
    void udpEndpointServicesWereUnsupportedIn2020() {
        assertFinds(udpService().validate(RulesProfile.LEGACY_2020), "E_PRIVATELINK_UDP_UNSUPPORTED", "vpce-svc-0p1", "nlb-p1");
        assertNone(udpService().validate(RulesProfile.CURRENT), "E_PRIVATELINK_UDP_UNSUPPORTED");
        assertNone(Baselines.privateLink().validate(RulesProfile.LEGACY_2020), "E_PRIVATELINK_UDP_UNSUPPORTED");
    }

    @Test
    void ipv6PrivateLinkWasUnsupportedIn2020() {
        DesignBuilder d = Baselines.privateLink().edit("vpce-svc-0p1", EndpointService.class, PrivateLinkRulesTest.service(
                List.of("arn:aws:iam::111111111111:root"), true, List.of(IpAddressType.DUALSTACK), List.of("use1-az1")));
        ValidationReport legacy = d.validate(RulesProfile.LEGACY_2020);
        assertFinds(legacy, "E_PRIVATELINK_IPV6_UNSUPPORTED", "vpce-svc-0p1");
        assertNone(legacy, "E_SERVICE_IPV6_REQUIRES_DUALSTACK_NLB");
        assertNone(d.validate(RulesProfile.CURRENT), "E_PRIVATELINK_IPV6_UNSUPPORTED");
    }

    @Test
    void privateLinkBaselineIsValidUnderBothProfiles() {
        assertNoErrors(Baselines.privateLink().validate(RulesProfile.LEGACY_2020));
        assertNoErrors(Baselines.privateLink().validate(RulesProfile.CURRENT));
    }
}
