package dev.linkwright.io.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.analysis.Direction;
import dev.linkwright.analysis.Disposition;
import dev.linkwright.analysis.ReachabilityAnalyzer;
import dev.linkwright.analysis.ReachabilityQuery;
import dev.linkwright.analysis.Trace;
import dev.linkwright.analysis.Verdict;
import dev.linkwright.model.ElementId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Reachability over the imported {@code test-*} snapshots, with the answers the rulebook
 * ({@code aws-network-rules.md}) implies for what their JSON says: verdict, disposition, the AWS ids
 * along the path, and for blocked flows the blocking element, direction and reason code. The
 * expectations are worked out from the snapshots, not recorded from the analyzer; each test says
 * why.
 */
class AwsSnapshotReachabilityTest {

    private static final Map<String, ReachabilityAnalyzer> ANALYZERS = new ConcurrentHashMap<>();

    private static Trace tcp(String snapshot, String from, String to, int port) {
        return analyze(snapshot, ReachabilityQuery.from(from).to(to).tcp(port).build());
    }

    private static Trace icmp(String snapshot, String from, String to) {
        return analyze(snapshot, ReachabilityQuery.from(from).to(to).icmp().build());
    }

    private static Trace analyze(String snapshot, ReachabilityQuery query) {
        ReachabilityAnalyzer analyzer = ANALYZERS.computeIfAbsent(snapshot,
                s -> new ReachabilityAnalyzer(AwsSnapshots.get("batfish/" + s).design().topology()));
        return analyzer.analyze(query);
    }

    private static List<String> ids(List<ElementId> ids) {
        return ids.stream().map(ElementId::value).toList();
    }

    /** Reachable and delivered, passing {@code path} in this order (other hops may come between). */
    private static void assertDelivered(Trace t, String... path) {
        assertThat(t.verdict()).as(describe(t)).isEqualTo(Verdict.REACHABLE);
        assertThat(t.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(ids(t.forwardIds())).containsSubsequence(path);
    }

    /** Reachable towards the internet: handed to an internet gateway, passing {@code path}. */
    private static void assertExitsToInternet(Trace t, String... path) {
        assertThat(t.verdict()).as(describe(t)).isEqualTo(Verdict.REACHABLE);
        assertThat(t.disposition()).isEqualTo(Disposition.EXITS_NETWORK);
        assertThat(ids(t.forwardIds())).containsSubsequence(path);
    }

    private static void assertBlocked(Trace t, Disposition disposition, String element, Direction direction, String code) {
        assertThat(t.verdict()).as(describe(t)).isEqualTo(Verdict.BLOCKED);
        assertThat(t.disposition()).as(describe(t)).isEqualTo(disposition);
        assertThat(t.blockedAt().elementId().value()).as(describe(t)).isEqualTo(element);
        assertThat(t.blockedAt().direction()).as(describe(t)).isEqualTo(direction);
        assertThat(t.blockedAt().code()).as(describe(t)).isEqualTo(code);
    }

    private static String describe(Trace t) {
        return t.verdict() + " " + t.disposition() + " forward " + ids(t.forwardIds()) + " return " + ids(t.returnIds())
                + (t.blockedAt() == null ? "" : " blocked at " + t.blockedAt().elementId() + " (" + t.blockedAt().direction() + ", "
                + t.blockedAt().code() + ": " + t.blockedAt().message() + ")");
    }

    /** One VPC, one subnet, two instances allowing SSH from anywhere; the main route table has only the local route. */
    @Nested
    class Subnet {
        private static final String S = "test-subnet";

        @Test
        void instancesOfOneSubnetReachEachOtherOnTheirOpenPort() {
            assertDelivered(tcp(S, "i-08ef86e76fceabd8d", "i-07519d6ba3f9497e4", 22), "i-08ef86e76fceabd8d", "i-07519d6ba3f9497e4");
            assertDelivered(tcp(S, "i-07519d6ba3f9497e4", "10.10.1.228", 22), "i-07519d6ba3f9497e4", "i-08ef86e76fceabd8d");
        }

        @Test
        void aPortTheDestinationGroupDoesNotOpenIsDeniedThere() {
            assertBlocked(tcp(S, "i-08ef86e76fceabd8d", "i-07519d6ba3f9497e4", 80), Disposition.DENIED_IN, "sg-02566e413c0030c70",
                    Direction.FORWARD, "ENI_SG_RULES_MISMATCH");
        }

        @Test
        void withOnlyTheLocalRouteNothingLeavesTheVpc() {
            assertBlocked(tcp(S, "i-08ef86e76fceabd8d", "8.8.8.8", 443), Disposition.NO_ROUTE, "rtb-07243bb4843d61c35",
                    Direction.FORWARD, "NO_ROUTE_TO_DESTINATION");
        }
    }

    /** A public subnet: route 0.0.0.0/0 to the internet gateway, an instance with a public address, SSH open. */
    @Nested
    class PublicSubnet {
        private static final String S = "test-public-subnet";

        @Test
        void thePublicInstanceReachesTheInternetThroughTheGateway() {
            assertExitsToInternet(tcp(S, "i-06669a407b2ef3ae5", "8.8.8.8", 443), "i-06669a407b2ef3ae5", "igw-0a409e562d251f766");
        }

        @Test
        void theInternetReachesItsPublicAddressOnSshButNotOnHttp() {
            assertDelivered(tcp(S, "internet", "18.216.80.133", 22), "igw-0a409e562d251f766", "i-06669a407b2ef3ae5");
            assertBlocked(tcp(S, "internet", "18.216.80.133", 80), Disposition.DENIED_IN, "sg-09ccba6656672061b", Direction.FORWARD,
                    "ENI_SG_RULES_MISMATCH");
        }
    }

    /**
     * A public subnet (IGW) and a private one whose main table sends everything to a virtual private
     * gateway; the static VPN behind it (19.168.0.0/16) has both tunnels down.
     */
    @Nested
    class PublicPrivateSubnet {
        private static final String S = "test-public-private-subnet";

        @Test
        void thePublicInstanceReachesTheInternetAndThePrivateOne() {
            assertExitsToInternet(tcp(S, "i-094a9e5b545a4fde4", "8.8.8.8", 443), "i-094a9e5b545a4fde4", "igw-0eac198308206c358");
            assertDelivered(tcp(S, "i-094a9e5b545a4fde4", "i-099cf38911942421c", 22), "i-094a9e5b545a4fde4", "i-099cf38911942421c");
        }

        @Test
        void thePrivateInstanceCannotReachOnPremisesOverAVpnWhoseTunnelsAreDown() {
            assertBlocked(tcp(S, "i-099cf38911942421c", "19.168.1.10", 22), Disposition.NEIGHBOR_UNREACHABLE,
                    "vpn-05044757278685fd3", Direction.FORWARD, "BAD_STATE_VPN");
        }

        @Test
        void theVirtualPrivateGatewayForwardsNoPrefixItDoesNotKnow() {
            Trace t = tcp(S, "i-099cf38911942421c", "8.8.8.8", 443);
            assertThat(t.verdict()).as(describe(t)).isEqualTo(Verdict.BLOCKED);
            assertThat(t.blockedAt().elementId().value()).isEqualTo("vgw-070087240d6fa2989");
            assertThat(t.blockedAt().code()).isEqualTo("X_VGW_UNKNOWN_PREFIX");
        }

        @Test
        void onPremisesCannotReachTheVpcOverTheDownVpnEither() {
            Trace t = analyze(S, ReachabilityQuery.from("onprem-cgw-0e0d620a3ae284684").to("i-099cf38911942421c").tcp(22)
                    .sourceIp(dev.linkwright.model.Ipv4Address.parse("19.168.0.5")).build());
            assertBlocked(t, Disposition.NEIGHBOR_UNREACHABLE, "vpn-05044757278685fd3", Direction.FORWARD, "BAD_STATE_VPN");
        }

        @Test
        void theInternetCannotReachThePrivateInstanceWhichHasNoPublicAddress() {
            assertThat(tcp(S, "internet", "10.0.1.204", 22).verdict()).isEqualTo(Verdict.BLOCKED);
        }
    }

    /** A NAT gateway in the public subnet serves the private subnet routed to it; a third subnet has no default route. */
    @Nested
    class NatGateway {
        private static final String S = "test-nat-gateway";

        @Test
        void thePrivateInstanceReachesTheInternetThroughTheNatGatewayAndTheInternetGateway() {
            assertExitsToInternet(tcp(S, "i-0a128d26e59be60f3", "8.8.8.8", 443), "i-0a128d26e59be60f3", "nat-07ab4846da51f4612",
                    "igw-071753b9c23d8a9b2");
        }

        @Test
        void theJumpHostUsesTheInternetGatewayDirectly() {
            Trace t = tcp(S, "i-0b31b509174d7f5de", "8.8.8.8", 443);
            assertExitsToInternet(t, "i-0b31b509174d7f5de", "igw-071753b9c23d8a9b2");
            assertThat(ids(t.forwardIds())).doesNotContain("nat-07ab4846da51f4612");
        }

        @Test
        void aSubnetWithoutADefaultRouteReachesNothingOutside() {
            assertBlocked(tcp(S, "i-0a73a1a6021c03ddb", "8.8.8.8", 443), Disposition.NO_ROUTE, "rtb-0e169c4a1e0b27b55",
                    Direction.FORWARD, "NO_ROUTE_TO_DESTINATION");
        }

        @Test
        void theJumpHostReachesThePrivateInstancesAndTheNatSubnetAclLetsPingIn() {
            assertDelivered(tcp(S, "i-0b31b509174d7f5de", "i-0a128d26e59be60f3", 22), "i-0b31b509174d7f5de", "i-0a128d26e59be60f3");
            assertDelivered(icmp(S, "i-0a128d26e59be60f3", "i-0b31b509174d7f5de"), "i-0a128d26e59be60f3", "i-0b31b509174d7f5de");
        }

        @Test
        void nothingFromTheInternetReachesThePrivateInstance() {
            assertThat(tcp(S, "internet", "10.1.1.98", 22).verdict()).isEqualTo(Verdict.BLOCKED);
        }

        @Test
        void theNatGatewayTakesNoConnectionFromTheInternetOnItsElasticIp() {
            Trace t = tcp(S, "internet", "3.135.127.225", 22);
            assertThat(t.verdict()).as(describe(t)).isEqualTo(Verdict.BLOCKED);
            assertThat(t.blockedAt().elementId().value()).isEqualTo("nat-07ab4846da51f4612");
        }
    }

    /**
     * VPC A (10.10.0.0/16) peers with B and with C, which share 192.168.0.0/16; A routes
     * 192.168.1.0/24 to B and 192.168.2.0/24 to C; B and C route 10.10.0.0/16 back. B's default
     * route names an internet gateway that is not in the snapshot.
     */
    @Nested
    class VpcPeering {
        private static final String S = "test-vpc-peering";

        @Test
        void aReachesBAndCThroughTheirPeerings() {
            assertDelivered(tcp(S, "i-06ba034d88c84ef07", "i-0b14080af811fda3d", 22), "i-06ba034d88c84ef07", "pcx-0b89b559e3319d6cf",
                    "i-0b14080af811fda3d");
            assertDelivered(tcp(S, "i-06ba034d88c84ef07", "i-04a292ff83b3aa833", 22), "i-06ba034d88c84ef07", "pcx-0d5b836985ac8ca8c",
                    "i-04a292ff83b3aa833");
        }

        @Test
        void bAndCReachA() {
            assertDelivered(tcp(S, "i-0b14080af811fda3d", "i-06ba034d88c84ef07", 22), "pcx-0b89b559e3319d6cf", "i-06ba034d88c84ef07");
            assertDelivered(tcp(S, "i-04a292ff83b3aa833", "i-06ba034d88c84ef07", 22), "pcx-0d5b836985ac8ca8c", "i-06ba034d88c84ef07");
        }

        @Test
        void bNeverReachesCThroughA() {
            // C's address lies in B's own block: B's local route keeps it in B, where no interface has it
            Trace t = tcp(S, "i-0b14080af811fda3d", "192.168.2.229", 22);
            assertThat(t.verdict()).as(describe(t)).isEqualTo(Verdict.BLOCKED);
            assertThat(ids(t.forwardIds())).doesNotContain("pcx-0b89b559e3319d6cf", "i-04a292ff83b3aa833");
        }

        @Test
        void theDestinationGroupStillDecidesThePort() {
            assertBlocked(tcp(S, "i-06ba034d88c84ef07", "i-0b14080af811fda3d", 80), Disposition.DENIED_IN, "sg-065c26b39e45ae384",
                    Direction.FORWARD, "ENI_SG_RULES_MISMATCH");
        }

        @Test
        void aRouteToAnInternetGatewayNotInTheSnapshotIsABlackhole() {
            Trace t = tcp(S, "i-0b14080af811fda3d", "8.8.8.8", 443);
            assertThat(t.verdict()).as(describe(t)).isEqualTo(Verdict.BLOCKED);
            assertThat(t.disposition()).isEqualTo(Disposition.NULL_ROUTED);
        }
    }

    /** Two accounts' VPCs joined by an active peering with routes on both sides; the deleted peerings are gone. */
    @Nested
    class VpcPeeringMultiAccount {
        private static final String S = "test-vpc-peering-multi-account";

        @Test
        void batAndFishReachEachOtherAcrossAccounts() {
            assertDelivered(tcp(S, "i-07ae69cc808e8804e", "i-066ce0b1efbb5602c", 22), "i-07ae69cc808e8804e", "pcx-0040f7640e10191f4",
                    "i-066ce0b1efbb5602c");
            assertDelivered(tcp(S, "i-066ce0b1efbb5602c", "10.1.1.100", 22), "pcx-0040f7640e10191f4", "i-07ae69cc808e8804e");
            assertDelivered(icmp(S, "i-07ae69cc808e8804e", "i-066ce0b1efbb5602c"), "pcx-0040f7640e10191f4", "i-066ce0b1efbb5602c");
        }

        @Test
        void fishDoesNotOpenHttp() {
            assertBlocked(tcp(S, "i-07ae69cc808e8804e", "i-066ce0b1efbb5602c", 80), Disposition.DENIED_IN, "sg-0ca8413f923260084",
                    Direction.FORWARD, "ENI_SG_RULES_MISMATCH");
        }
    }

    /**
     * VPCs A and B through one transit gateway table with both attachments associated and
     * propagating. A's attachment has a subnet only in use2-az3: A2 (use2-az1) cannot use the TGW.
     */
    @Nested
    class TransitGateway {
        private static final String S = "test-transit-gateway";

        @Test
        void aAndBReachEachOtherThroughTheTransitGateway() {
            Trace ab = tcp(S, "i-06ba034d88c84ef07", "i-0b14080af811fda3d", 22);
            assertDelivered(ab, "i-06ba034d88c84ef07", "tgw-044be4464fcc69aff", "tgw-attach-0ae2696617bb06fb4", "i-0b14080af811fda3d");
            assertThat(ids(ab.forwardIds())).contains("tgw-attach-07f5ec59e9f540021");
            Trace ba = tcp(S, "i-0b14080af811fda3d", "i-06ba034d88c84ef07", 22);
            assertDelivered(ba, "i-0b14080af811fda3d", "tgw-044be4464fcc69aff", "tgw-attach-07f5ec59e9f540021", "i-06ba034d88c84ef07");
            assertThat(ids(ba.forwardIds())).contains("tgw-attach-0ae2696617bb06fb4");
        }

        @Test
        void aSubnetInAnAzWithoutAnAttachmentSubnetCannotSendToTheTransitGateway() {
            assertBlocked(tcp(S, "i-075e846ed41670385", "i-0b14080af811fda3d", 22), Disposition.NEIGHBOR_UNREACHABLE,
                    "tgw-attach-07f5ec59e9f540021", Direction.FORWARD, "TGW_ROUTE_AZ_RESTRICTION");
        }

        @Test
        void repliesFromThatSubnetCannotEither() {
            // the request enters VPC A through the attachment and is routed locally to A2; A2's reply needs the TGW
            assertBlocked(tcp(S, "i-0b14080af811fda3d", "i-075e846ed41670385", 22), Disposition.NEIGHBOR_UNREACHABLE,
                    "tgw-attach-07f5ec59e9f540021", Direction.RETURN, "TGW_ROUTE_AZ_RESTRICTION");
        }

        @Test
        void onlyBHasAWayToTheInternet() {
            assertExitsToInternet(tcp(S, "i-0b14080af811fda3d", "8.8.8.8", 443), "i-0b14080af811fda3d", "igw-0a4895a3c58cac8cb");
            assertBlocked(tcp(S, "i-06ba034d88c84ef07", "8.8.8.8", 443), Disposition.NO_ROUTE, "rtb-0891861fffaea6d52",
                    Direction.FORWARD, "NO_ROUTE_TO_DESTINATION");
        }
    }

    /** The same two VPCs, each attachment associated with the table the other one propagates into. */
    @Nested
    class TransitGatewayMultiTable {
        private static final String S = "test-transit-gateway-multi-table";

        @Test
        void eachDirectionIsLookedUpInTheTableItsEntryAttachmentIsAssociatedWith() {
            Trace ab = tcp(S, "i-06ba034d88c84ef07", "i-0b14080af811fda3d", 22);
            assertDelivered(ab, "i-06ba034d88c84ef07", "tgw-044be4464fcc69aff", "i-0b14080af811fda3d");
            assertThat(ab.forward().toString()).contains("tgw-rtb-0fa40c8df355dce6e");
            assertThat(ab.returnPath().toString()).contains("tgw-rtb-096a7119299ab1c42");
            assertDelivered(tcp(S, "i-0b14080af811fda3d", "i-06ba034d88c84ef07", 22), "tgw-044be4464fcc69aff", "i-06ba034d88c84ef07");
        }
    }

    /**
     * Two transit gateways: bat sends to fish through TGW 1, where bat's attachment is associated with
     * the table fish's TGW 1 attachment propagates into; fish replies through TGW 2 the same way.
     * fish's TGW 1 attachment is not associated with any table.
     */
    @Nested
    class TransitGatewayAsymmetricPaths {
        private static final String S = "test-transit-gateway-asymmetric-paths";

        @Test
        void batReachesFishThroughOneGatewayAndTheReplyComesBackThroughTheOther() {
            Trace t = tcp(S, "i-04bbbcaefdd1937f9", "i-0973ce90749865a7f", 22);
            assertDelivered(t, "i-04bbbcaefdd1937f9", "tgw-01e19888e3ba041ac", "i-0973ce90749865a7f");
            assertThat(ids(t.forwardIds())).doesNotContain("tgw-0a33c739a4f8978a8");
            assertThat(ids(t.returnIds())).contains("tgw-0a33c739a4f8978a8").doesNotContain("tgw-01e19888e3ba041ac");
        }

        @Test
        void fishReachesBatTheOtherWayRound() {
            Trace t = tcp(S, "i-0973ce90749865a7f", "i-04bbbcaefdd1937f9", 22);
            assertDelivered(t, "i-0973ce90749865a7f", "tgw-0a33c739a4f8978a8", "i-04bbbcaefdd1937f9");
            assertThat(ids(t.returnIds())).contains("tgw-01e19888e3ba041ac");
        }

        @Test
        void bothReachTheInternetThroughTheirOwnGateways() {
            assertExitsToInternet(tcp(S, "i-04bbbcaefdd1937f9", "8.8.8.8", 443), "igw-063b0d31ebd4e4c5e");
            assertExitsToInternet(tcp(S, "i-0973ce90749865a7f", "8.8.8.8", 443), "igw-0f2c5f8ac8f5d475c");
        }
    }

    /** A transit gateway shared by account 028403472736 with account 951601349076; one table for both VPCs. */
    @Nested
    class TransitGatewayMultiAccount {
        private static final String S = "test-transit-gateway-multi-account";

        @Test
        void vpcsOfTwoAccountsReachEachOtherThroughTheSharedGateway() {
            Trace t = tcp(S, "i-0bdf35d561be3d962", "i-03df168b3f73cc262", 22);
            assertDelivered(t, "i-0bdf35d561be3d962", "tgw-0efdeab79e9a8e490", "tgw-attach-0f8397dbb9b9bce0d", "i-03df168b3f73cc262");
            assertThat(ids(t.forwardIds())).contains("tgw-attach-0f832eb2ca4a975a4");
            assertDelivered(tcp(S, "i-03df168b3f73cc262", "10.1.1.100", 22), "tgw-0efdeab79e9a8e490", "i-0bdf35d561be3d962");
            assertDelivered(icmp(S, "i-03df168b3f73cc262", "i-0bdf35d561be3d962"), "tgw-0efdeab79e9a8e490", "i-0bdf35d561be3d962");
        }

        @Test
        void theGroupsOpenNoHttp() {
            assertBlocked(tcp(S, "i-0bdf35d561be3d962", "i-03df168b3f73cc262", 80), Disposition.DENIED_IN, "sg-081797c4fc92bb8ec",
                    Direction.FORWARD, "ENI_SG_RULES_MISMATCH");
        }
    }

    /**
     * Peered transit gateways in two Regions (Batfish's test deployment): bat's table has no route to
     * fish; bat2's table sends fish's block over the peering; the peering's side on bat's gateway is
     * associated with bat's default table, which knows bat but not bat2; fish's table sends bat2's
     * block over the peering and knows nothing of bat.
     */
    @Nested
    class TransitGatewayPeering {
        private static final String S = "test-transit-gateway-peering";

        @Test
        void batHasNoRouteToFish() {
            assertBlocked(tcp(S, "i-08f3abb6471637c66", "i-0afb0a59f6bf36397", 22), Disposition.NO_ROUTE, "tgw-rtb-05d2952671d1f460a",
                    Direction.FORWARD, "NO_ROUTE_TO_DESTINATION");
        }

        @Test
        void fishHasNoRouteToBat() {
            assertBlocked(tcp(S, "i-0afb0a59f6bf36397", "i-08f3abb6471637c66", 22), Disposition.NO_ROUTE, "tgw-rtb-00be87593fb2cd0ae",
                    Direction.FORWARD, "NO_ROUTE_TO_DESTINATION");
        }

        @Test
        void fishToBat2CrossesThePeeringAndStopsAtTheTableItsPeerSideIsAssociatedWith() {
            Trace t = tcp(S, "i-0afb0a59f6bf36397", "i-05e25e43074216229", 22);
            assertBlocked(t, Disposition.NO_ROUTE, "tgw-rtb-05d2952671d1f460a", Direction.FORWARD, "NO_ROUTE_TO_DESTINATION");
            assertThat(ids(t.forwardIds())).containsSubsequence("tgw-03201f1960ddb0c25", "tgw-0e20010ebf43d07a2");
        }

        @Test
        void bat2ReachesFishButTheReplyFindsNoWayBack() {
            Trace t = tcp(S, "i-05e25e43074216229", "i-0afb0a59f6bf36397", 22);
            assertBlocked(t, Disposition.NO_ROUTE, "tgw-rtb-05d2952671d1f460a", Direction.RETURN, "NO_ROUTE_TO_DESTINATION");
            assertThat(ids(t.forwardIds())).containsSubsequence("i-05e25e43074216229", "tgw-0e20010ebf43d07a2",
                    "tgw-03201f1960ddb0c25", "i-0afb0a59f6bf36397");
        }

        @Test
        void onAPortFishDoesNotOpenBat2IsDeniedAtFish() {
            assertBlocked(tcp(S, "i-05e25e43074216229", "i-0afb0a59f6bf36397", 80), Disposition.DENIED_IN, "sg-0365783e832fbf535",
                    Direction.FORWARD, "ENI_SG_RULES_MISMATCH");
        }
    }

    /** An internal NLB (TCP 80, cross-zone) in two AZs with two instance targets registered on port 22. */
    @Nested
    class LoadBalancer {
        private static final String S = "test-load-balancer";
        private static final String NLB = "net/test-lb/725b996cb6be8fba";
        private static final String TG = "targetgroup/test-lb-tg/8e891d8fcdf8ece8";

        @Test
        void theJumpHostReachesATargetThroughTheListener() {
            Trace t = tcp(S, "i-0c8ce8bbdd98cc4e8", NLB, 80);
            assertThat(t.verdict()).as(describe(t)).isEqualTo(Verdict.REACHABLE);
            assertThat(ids(t.forwardIds())).containsSubsequence("i-0c8ce8bbdd98cc4e8", NLB).contains(TG);
            assertThat(ids(t.forwardIds())).containsAnyOf("i-0f4af951d61a19245", "i-055b0db7be365202c");
        }

        @Test
        void aPortWithoutAListenerIsRefusedByTheLoadBalancer() {
            Trace t = tcp(S, "i-0c8ce8bbdd98cc4e8", NLB, 443);
            assertThat(t.verdict()).as(describe(t)).isEqualTo(Verdict.BLOCKED);
            assertThat(t.blockedAt().elementId().value()).isEqualTo(NLB);
            // R-NLB-2 names both codes for a packet no listener takes
            assertThat(t.blockedAt().code()).isIn("ELBV2_LISTENERS_MISMATCH", "ELBV2_LISTENER_PORT_RESTRICTION");
        }

        @Test
        void theLoadBalancerCarriesNoPingAndTheInternetCannotReachItsPrivateNodes() {
            Trace ping = icmp(S, "i-0c8ce8bbdd98cc4e8", NLB);
            assertThat(ping.verdict()).as(describe(ping)).isEqualTo(Verdict.BLOCKED);
            assertThat(ping.blockedAt().elementId().value()).isEqualTo(NLB);
            Trace internet = tcp(S, "internet", NLB, 80);
            assertBlocked(internet, Disposition.NEIGHBOR_UNREACHABLE, "igw-009e7cccf82ddbc66", Direction.FORWARD,
                    "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS");
        }

        @Test
        void theInternetReachesTheJumpHostButNotTheTargets() {
            assertDelivered(tcp(S, "internet", "3.17.39.193", 22), "igw-009e7cccf82ddbc66", "i-0c8ce8bbdd98cc4e8");
            assertBlocked(tcp(S, "i-0f4af951d61a19245", "8.8.8.8", 443), Disposition.NO_ROUTE, "rtb-08a3882c161001ceb",
                    Direction.FORWARD, "NO_ROUTE_TO_DESTINATION");
        }
    }

    /** An S3 gateway endpoint on the public subnet's and the IGW-less subnet's route tables. */
    @Nested
    class VpcEndpointGateway {
        private static final String S = "test-vpc-endpoint-gateway";

        @Test
        void bothSubnetsReachS3ThroughTheEndpointEvenWithoutAnInternetRoute() {
            assertDelivered(tcp(S, "i-01c6c0647fdccc89e", "com.amazonaws.us-east-1.s3", 443), "i-01c6c0647fdccc89e",
                    "vpce-0b7357542bb7b83ec");
            assertDelivered(tcp(S, "i-0464d440ca0ee9e34", "com.amazonaws.us-east-1.s3", 443), "vpce-0b7357542bb7b83ec");
        }

        @Test
        void anAddressOfS3IsRoutedToTheEndpointNotTheInternetGateway() {
            Trace t = tcp(S, "i-0464d440ca0ee9e34", "52.216.10.10", 443);
            assertThat(t.verdict()).as(describe(t)).isEqualTo(Verdict.REACHABLE);
            assertThat(ids(t.forwardIds())).contains("vpce-0b7357542bb7b83ec").doesNotContain("igw-0c8afe4471084ccba");
        }

        @Test
        void theSubnetWithoutAnInternetRouteReachesNothingElse() {
            assertBlocked(tcp(S, "i-01c6c0647fdccc89e", "8.8.8.8", 443), Disposition.NO_ROUTE, "rtb-04f71fc2caa8d94cf",
                    Direction.FORWARD, "NO_ROUTE_TO_DESTINATION");
        }
    }

    /** A CloudTrail interface endpoint in the private subnet; its group opens 443 (and 22) to everyone. */
    @Nested
    class VpcEndpointInterface {
        private static final String S = "test-vpc-endpoint-interface";

        @Test
        void instancesOfBothSubnetsReachTheEndpointOnHttps() {
            assertDelivered(tcp(S, "i-0a0fbd0cfa774970f", "vpce-083c683a6be29b889", 443), "i-0a0fbd0cfa774970f");
            assertDelivered(tcp(S, "i-0eb6eb395a0d09117", "10.1.101.97", 443), "i-0eb6eb395a0d09117");
            assertThat(ids(tcp(S, "i-0eb6eb395a0d09117", "vpce-083c683a6be29b889", 443).forwardIds()))
                    .containsAnyOf("eni-0084b734451ba23ca", "vpce-083c683a6be29b889");
        }

        @Test
        void thePrivateDnsNameOfTheServiceResolvesToTheEndpointInItsVpc() {
            assertDelivered(tcp(S, "i-0a0fbd0cfa774970f", "cloudtrail.us-east-1.amazonaws.com", 443), "i-0a0fbd0cfa774970f");
        }

        @Test
        void anAwsServiceEndpointCarriesOnlyTcpEvenWhereTheGroupOpensUdp() {
            Trace t = analyze(S, ReachabilityQuery.from("i-0a0fbd0cfa774970f").to("vpce-083c683a6be29b889")
                    .udp(33500).build());
            assertBlocked(t, Disposition.DENIED_IN, "vpce-083c683a6be29b889", Direction.FORWARD, "PROTOCOL_RESTRICTION");
        }

        @Test
        void theEndpointGroupDoesNotOpenHttp() {
            assertBlocked(tcp(S, "i-0a0fbd0cfa774970f", "vpce-083c683a6be29b889", 80), Disposition.DENIED_IN, "sg-0973207c61f3466e1",
                    Direction.FORWARD, "ENI_SG_RULES_MISMATCH");
        }
    }

    /** A BGP VPN on the VPC's gateway, both tunnels down, nothing learned: the default route leads nowhere. */
    @Nested
    class VpnGateway {
        private static final String S = "test-vpn-gateway";

        @Test
        void theDefaultRouteToTheGatewayFindsNoPrefix() {
            Trace t = tcp(S, "i-099cf38911942421c", "172.16.0.10", 22);
            assertThat(t.verdict()).as(describe(t)).isEqualTo(Verdict.BLOCKED);
            assertThat(t.blockedAt().elementId().value()).isIn("vgw-0c09bd7fadac961bf", "vpn-03701a53bba3c48b7");
        }
    }

    /** Two private VIFs on the VPC's gateway; the route table sends everything to it, but nothing was learned. */
    @Nested
    class DirectConnectPrivateVif {
        private static final String S = "test-direct-connect-private-vif";

        @Test
        void withoutLearnedPrefixesTheGatewayForwardsNothing() {
            Trace t = tcp(S, "i-priv01", "172.16.0.10", 443);
            assertThat(t.verdict()).as(describe(t)).isEqualTo(Verdict.BLOCKED);
            assertThat(t.blockedAt().elementId().value()).isEqualTo("vgw-priv01");
            assertThat(t.blockedAt().code()).isEqualTo("X_VGW_UNKNOWN_PREFIX");
        }
    }

    /**
     * A transit VIF through a Direct Connect gateway associated with the transit gateway; vpc-dx01
     * is associated with the Direct Connect table, vpc-iso01 with its own table that knows only itself.
     */
    @Nested
    class DirectConnectGateway {
        private static final String S = "test-direct-connect-gateway";

        @Test
        void theDirectConnectTableKnowsNothingOfTheIsolatedVpc() {
            assertBlocked(tcp(S, "i-dx01", "10.200.1.10", 22), Disposition.NO_ROUTE, "tgw-rtb-dx01", Direction.FORWARD,
                    "NO_ROUTE_TO_DESTINATION");
        }

        @Test
        void nothingOnPremisesIsKnownSoOnPremisesAddressesHaveNoRoute() {
            assertBlocked(tcp(S, "i-dx01", "172.16.0.10", 22), Disposition.NO_ROUTE, "tgw-rtb-dx01", Direction.FORWARD,
                    "NO_ROUTE_TO_DESTINATION");
        }
    }

    /**
     * Not a {@code test-*} snapshot, but the one whose VPN carries traffic: a BGP VPN (both tunnels
     * up) on the VPC's gateway, which propagated on-premises prefixes 10.1.1-4.0/24 and 10.10.0.0/16
     * into the subnet's route table; the network ACL admits 10.1.0.0/16.
     */
    @Nested
    class IpsecVpnHost {
        private static final String S = "ipsec-vpn-host-aws-cisco";

        @Test
        void theVpcHostReachesOnPremisesOverTheVpn() {
            Trace t = tcp(S, "eni-bd11cc9d", "10.1.1.5", 22);
            assertThat(t.verdict()).as(describe(t)).isEqualTo(Verdict.REACHABLE);
            assertThat(ids(t.forwardIds())).containsSubsequence("eni-bd11cc9d", "vgw-81fd279f", "vpn-ba2e34a8");
        }

        @Test
        void onPremisesReachesTheVpcHostOverTheVpn() {
            Trace t = analyze(S, ReachabilityQuery.from("onprem-cgw-fb76ace5").to("eni-bd11cc9d").tcp(22)
                    .sourceIp(dev.linkwright.model.Ipv4Address.parse("10.1.2.20")).build());
            assertThat(t.verdict()).as(describe(t)).isEqualTo(Verdict.REACHABLE);
            assertThat(ids(t.forwardIds())).containsSubsequence("vpn-ba2e34a8", "vgw-81fd279f", "eni-bd11cc9d");
        }

        @Test
        void aStoppedInstanceAnswersNothing() {
            Trace t = tcp("hybrid-cloud-aws", "i-0b26ec095feb42260", "i-0383fda87c012141d", 22);
            assertThat(t.verdict()).as(describe(t)).isEqualTo(Verdict.BLOCKED);
            assertThat(t.blockedAt().code()).isEqualTo("BAD_STATE");
        }

        @Test
        void theDefaultRouteToAnInternetGatewayNotInTheSnapshotIsABlackhole() {
            Trace t = tcp(S, "eni-bd11cc9d", "8.8.8.8", 443);
            assertThat(t.verdict()).as(describe(t)).isEqualTo(Verdict.BLOCKED);
            assertThat(t.disposition()).isEqualTo(Disposition.NULL_ROUTED);
        }
    }
}
