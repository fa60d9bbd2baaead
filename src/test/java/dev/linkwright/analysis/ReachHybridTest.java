package dev.linkwright.analysis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linkwright.model.EndpointService;
import dev.linkwright.model.InterfaceEndpoint;
import org.junit.jupiter.api.Test;

/** Rulebook §14 and R-PL-13: interface endpoints from peers and on-premises, and which DNS names resolve where. */
class ReachHybridTest {

    @Test
    void onPremisesReachesAnEndpointThatFrontsAServiceInAnotherVpc() {
        Trace t = Net.scenario("S19").reach("h-op", "10.0.10.50", 443);
        Expect.reachable(t, "h-op", "cgw-1", "vpn-C", "vgw-C", "eni-vpce-c1", "vpce-svc-0p1", "nlb-p1", "i-p1");
    }

    private static Net privateDns(String scenario) {
        Net n = Net.scenario(scenario);
        n.edit("vpce-svc-0p1", EndpointService.class, s -> new EndpointService(s.id(), s.name(), s.parent(), s.serviceName(),
                s.loadBalancers(), s.acceptanceRequired(), s.allowedPrincipals(), s.supportedIpAddressTypes(), s.supportedRegions(),
                "api.example.com", true, s.zoneIds(), s.state()));
        n.edit("vpce-c1", InterfaceEndpoint.class, e -> new InterfaceEndpoint(e.id(), e.name(), e.parent(), e.service(), e.serviceName(),
                e.serviceRegion(), e.interfaces(), e.securityGroups(), e.ipAddressType(), true, e.state(), e.requesterPrincipal(), e.policy()));
        return n;
    }

    @Test
    void privateDnsNameResolvesInsideTheEndpointsVpc() {
        Expect.reachable(privateDns("S01").reach("i-c1", "api.example.com", 443), "eni-vpce-c1", "i-p1");
    }

    @Test
    void privateDnsNameDoesNotResolveFromOnPremises() {
        Trace t = privateDns("S19").reach("h-op", "api.example.com", 443);
        Expect.blocked(t, "vpce-c1", "X_PRIVATE_DNS_NOT_RESOLVABLE");
        Expect.advises(t, "X_PRIVATE_DNS_NOT_RESOLVABLE");
    }

    @Test
    void onPremisesClientReachingTheEndpointByAddressIsToldItsNameWouldNotResolve() {
        Trace t = privateDns("S19").reach("h-op", "10.0.10.50", 443);
        Expect.reachable(t, "vgw-C", "eni-vpce-c1", "i-p1");
        Expect.advises(t, "X_PRIVATE_DNS_NOT_RESOLVABLE");
        org.assertj.core.api.Assertions.assertThat(privateDns("S19").reach("i-c1", "10.0.10.50", 443).advisories()).isEmpty();
    }

    @Test
    void endpointsOwnDnsNameResolvesAnywhere() {
        Expect.reachable(Net.scenario("S19").reach("h-op", "vpce-c1-0a1b2c.vpce-svc-0p1.us-east-1.vpce.amazonaws.com", 443),
                "vgw-C", "eni-vpce-c1", "i-p1");
    }

    @Test
    void onPremisesReachesS3ThroughAnInterfaceEndpoint() {
        Net n = Net.scenario("S22").propagation("rtb-a", "vgw-A").group("sg-s3i", "VPC-A", java.util.List.of(Net.all(
                "192.168.0.0/16")), java.util.List.of(Net.all("0.0.0.0/0")));
        n.put(new InterfaceEndpoint(dev.linkwright.model.ElementId.of("vpce-s3i"), "", dev.linkwright.model.ElementId.of("VPC-A"), null,
                "com.amazonaws.us-east-1.s3", null, java.util.List.of(new dev.linkwright.model.EndpointInterface(
                dev.linkwright.model.ElementId.of("a-app"), dev.linkwright.model.ElementId.of("eni-s3i"),
                dev.linkwright.model.Ipv4Address.parse("10.0.1.60"))), java.util.List.of(dev.linkwright.model.ElementId.of("sg-s3i")),
                null, false, null, null, null));
        Trace t = n.reach("h-op", "bucket.vpce-s3i-1a2b.s3.us-east-1.vpce.amazonaws.com", 443);
        Expect.reachable(t, "h-op", "pvif-1", "vgw-A", "eni-s3i", "vpce-s3i", "svc-s3");
        Expect.returnsThrough(t, "svc-s3", "vpce-s3i", "eni-s3i", "vgw-A", "h-op");
        Expect.blocked(n.reach(ReachabilityQuery.from("h-op").to("vpce-s3i").udp(443)), "vpce-s3i", "PROTOCOL_RESTRICTION");
    }

    @Test
    void awsServiceNameWithoutPrivateDnsResolvesToPublicAddresses() {
        Expect.reachable(Net.scenario("S22").reach("i-a1", "s3.us-east-1.amazonaws.com", 443), "vpce-s3g", "svc-s3");
    }

    @Test
    void unknownNamesAreBadInput() {
        assertThatThrownBy(() -> Net.scenario("S01").reach("i-c1", "nothing.example.org", 443)).isInstanceOf(QueryException.class);
    }
}
