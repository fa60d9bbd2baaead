package dev.linkwright.analysis;

import static dev.linkwright.analysis.Net.udp;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.EndpointService;
import dev.linkwright.model.EndpointState;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.Listener;
import dev.linkwright.model.ListenerProtocol;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.TargetGroup;
import dev.linkwright.model.Vpc;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rulebook §11: endpoint services (acceptance, states, principals, protocols, Regions, one-way connections). */
class ReachEndpointServiceTest {

    static Net endpointState(EndpointState state) {
        return Net.scenario("S01").edit("vpce-c1", InterfaceEndpoint.class, e -> new InterfaceEndpoint(e.id(), e.name(), e.parent(),
                e.service(), e.serviceName(), e.serviceRegion(), e.interfaces(), e.securityGroups(), e.ipAddressType(), e.privateDns(),
                state, e.requesterPrincipal(), e.policy()));
    }

    static Net service(Net n, Boolean acceptance, List<String> principals, List<String> regions) {
        return n.edit("vpce-svc-0p1", EndpointService.class, s -> new EndpointService(s.id(), s.name(), s.parent(), s.serviceName(),
                s.loadBalancers(), acceptance, principals, s.supportedIpAddressTypes(), regions, s.privateDnsName(), s.privateDnsVerified(),
                s.zoneIds(), s.state()));
    }

    @Test
    void connectionPendingAcceptanceCarriesNothing() {
        Expect.detail(Expect.blocked(endpointState(EndpointState.PENDING_ACCEPTANCE).reach("i-c1", "vpce-c1", 443), "vpce-c1",
                "BAD_STATE"), "X_VPCE_STATE_PendingAcceptance");
    }

    @Test
    void rejectedConnectionCarriesNothing() {
        Expect.detail(Expect.blocked(endpointState(EndpointState.REJECTED).reach("i-c1", "vpce-c1", 443), "vpce-c1", "BAD_STATE"),
                "X_VPCE_STATE_Rejected");
    }

    @Test
    void requestToAnAutoAcceptingServiceIsAcceptedAtOnce() {
        Net n = service(endpointState(EndpointState.REQUESTED), false, List.of("arn:aws:iam::111111111111:root"), List.of("us-east-1"));
        Expect.reachable(n.reach("i-c1", "vpce-c1", 443), "vpce-c1", "i-p1");
        Net manual = service(endpointState(EndpointState.REQUESTED), true, List.of("*"), List.of("us-east-1"));
        Expect.detail(Expect.blocked(manual.reach("i-c1", "vpce-c1", 443), "vpce-c1", "BAD_STATE"), "X_VPCE_STATE_PendingAcceptance");
    }

    @Test
    void principalNotAllowedCannotCreateTheEndpoint() {
        Net n = service(endpointState(EndpointState.REQUESTED), false, List.of("arn:aws:iam::999999999999:root"), List.of("us-east-1"));
        Expect.blocked(n.reach("i-c1", "vpce-c1", 443), "vpce-c1", "E_VPCE_PRINCIPAL_NOT_ALLOWED");
    }

    @Test
    void removingAPermissionKeepsAnAcceptedConnection() {
        Trace t = service(Net.scenario("S01"), true, List.of(), List.of("us-east-1")).reach("i-c1", "vpce-c1", 443);
        Expect.reachable(t, "i-p1");
    }

    /** B1 with a UDP listener and target group, and groups admitting UDP 443 and 8443. */
    private static Net udpService() {
        Net n = Net.scenario("S01").ingress("sg-vpce", udp(443, "10.0.0.0/16")).ingress("sg-p1", udp(8443, "10.1.10.0/24"));
        n.edit("nlb-p1", LoadBalancer.class, lb -> new LoadBalancer(lb.id(), lb.name(), lb.parent(), lb.type(), lb.scheme(),
                lb.ipAddressType(), lb.nodes(), lb.securityGroups(), lb.createdWithSecurityGroups(), lb.enforceSecurityGroupsOnPrivateLink(),
                lb.crossZone(), List.of(new Listener(ListenerProtocol.UDP, 443, ElementId.of("tg-p1"))), lb.state()));
        n.edit("tg-p1", TargetGroup.class, tg -> new TargetGroup(tg.id(), tg.name(), tg.parent(), tg.targetType(), ListenerProtocol.UDP,
                tg.port(), tg.crossZone(), tg.preserveClientIp(), tg.targets()));
        return n;
    }

    @Test
    void udpServicesWorkSince2024() {
        Expect.reachable(udpService().reach(ReachabilityQuery.from("i-c1").to("vpce-c1").udp(443)), "nlb-p1", "i-p1");
    }

    @Test
    void in2020EndpointsCarriedTcpOnly() {
        Trace t = udpService().profile(RulesProfile.LEGACY_2020).reach(ReachabilityQuery.from("i-c1").to("vpce-c1").udp(443));
        Expect.blocked(t, "vpce-c1", "PROTOCOL_RESTRICTION");
    }

    @Test
    void icmpToAnEndpointIsNotCarried() {
        Net n = Net.scenario("S01").ingress("sg-vpce", Net.all("10.0.0.0/16"));
        Expect.blocked(n.reach(ReachabilityQuery.from("i-c1").to("vpce-c1").icmp()), "vpce-c1", "PROTOCOL_RESTRICTION");
    }

    private static Net consumerInEurope(List<String> supportedRegions) {
        Net n = Net.scenario("S01");
        String eu = n.region("111111111111", "eu-west-1");
        n.edit("VPC-C", Vpc.class, v -> new Vpc(v.id(), v.name(), ElementId.of(eu), v.cidrBlocks(), v.ipv6CidrBlocks(), true, true));
        return service(n, true, List.of("arn:aws:iam::111111111111:root"), supportedRegions);
    }

    @Test
    void crossRegionEndpointsWorkSinceNovember2024() {
        Expect.reachable(consumerInEurope(List.of("us-east-1", "eu-west-1")).reach("i-c1", "vpce-c1", 443), "vpce-svc-0p1", "i-p1");
    }

    @Test
    void crossRegionNeedsTheConsumersRegionSupported() {
        Expect.blocked(consumerInEurope(List.of("us-east-1")).reach("i-c1", "vpce-c1", 443), "vpce-c1",
                "E_VPCE_SERVICE_REGION_NOT_SUPPORTED");
    }

    @Test
    void in2020EndpointsWereSameRegionOnly() {
        Expect.blocked(consumerInEurope(List.of("us-east-1", "eu-west-1")).profile(RulesProfile.LEGACY_2020).reach("i-c1", "vpce-c1", 443),
                "vpce-c1", "E_CROSS_REGION_ENDPOINT_UNSUPPORTED");
    }

    @Test
    void providerCannotStartConnectionsToTheConsumer() {
        BlockedAt b = Expect.blocked(Net.scenario("S01").reach("i-p1", "i-c1", 22), "vpce-c1", "DISCONNECTED_VPCS");
        Expect.detail(b, "X_PRIVATELINK_UNIDIRECTIONAL");
    }

    @Test
    void endpointCannotStartConnectionsIntoItsVpc() {
        Expect.blocked(Net.scenario("S01").reach("vpce-c1", "i-c1", 22), "vpce-c1", "VPCE_INTRA_VPC_TRAFFIC");
    }
}
