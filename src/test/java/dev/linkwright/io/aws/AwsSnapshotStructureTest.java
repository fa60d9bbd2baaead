package dev.linkwright.io.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.model.Account;
import dev.linkwright.model.AttachmentType;
import dev.linkwright.model.AvailabilityZone;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.CustomerGateway;
import dev.linkwright.model.DirectConnectConnection;
import dev.linkwright.model.DirectConnectGateway;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.EndpointState;
import dev.linkwright.model.GatewayEndpoint;
import dev.linkwright.model.Instance;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.InternetGateway;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.ListenerProtocol;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerType;
import dev.linkwright.model.NatGateway;
import dev.linkwright.model.NetworkAcl;
import dev.linkwright.model.NetworkAclRule;
import dev.linkwright.model.NetworkInterface;
import dev.linkwright.model.OnPremisesNetwork;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.PeeringState;
import dev.linkwright.model.Placement;
import dev.linkwright.model.Protocol;
import dev.linkwright.model.Region;
import dev.linkwright.model.Route;
import dev.linkwright.model.RouteOrigin;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.RuleAction;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.SecurityGroupRule;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.Target;
import dev.linkwright.model.TargetGroup;
import dev.linkwright.model.TargetHealth;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.TgwRouteTable;
import dev.linkwright.model.Topology;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.model.TunnelState;
import dev.linkwright.model.VirtualInterface;
import dev.linkwright.model.VirtualInterfaceType;
import dev.linkwright.model.Vpc;
import dev.linkwright.model.VpnConnection;
import dev.linkwright.model.VpnGateway;
import dev.linkwright.model.VpnRouting;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What each snapshot of the shared corpus imports to: ids kept, containment, states, transit
 * gateway associations and propagations, endpoint interfaces, load balancer listeners and targets,
 * Direct Connect associations. Expected values are read from the snapshots' JSON.
 */
class AwsSnapshotStructureTest {

    private static Topology topology(String snapshot) {
        return AwsSnapshots.get("batfish/" + snapshot).design().topology();
    }

    private static ImportReport report(String snapshot) {
        return AwsSnapshots.get("batfish/" + snapshot).report();
    }

    private static <T extends Element> T get(Topology t, String id, Class<T> type) {
        return t.find(ElementId.of(id), type).orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + id));
    }

    private static ElementId id(String id) {
        return ElementId.of(id);
    }

    private static List<String> ids(List<ElementId> list) {
        return list.stream().map(ElementId::value).toList();
    }

    private static String regionCode(Topology t, String id) {
        return Placement.regionCodeOf(t, id(id));
    }

    private static String account(Topology t, String id) {
        return Placement.accountOf(t, id(id)).map(a -> a.id().value()).orElse(null);
    }

    @Nested
    class TransitGateways {

        @Test
        void aSingleTableGatewayAssociatesAndPropagatesBothVpcs() {
            Topology t = topology("test-transit-gateway");
            TransitGateway tgw = get(t, "tgw-044be4464fcc69aff", TransitGateway.class);
            assertThat(tgw.name()).isEqualTo("transit-test");
            assertThat(regionCode(t, tgw.id().value())).isEqualTo("us-east-2");
            assertThat(account(t, tgw.id().value())).isEqualTo("554773406868");
            TgwAttachment a = get(t, "tgw-attach-07f5ec59e9f540021", TgwAttachment.class);
            assertThat(a.parent()).isEqualTo(tgw.id());
            assertThat(a.type()).isEqualTo(AttachmentType.VPC);
            assertThat(a.resource()).isEqualTo(id("vpc-0404e08ceddf7f650"));
            assertThat(ids(a.subnets())).containsExactly("subnet-006a19c846f047bd7");
            assertThat(a.association()).isEqualTo(id("tgw-rtb-0fa40c8df355dce6e"));
            assertThat(ids(a.propagations())).containsExactly("tgw-rtb-0fa40c8df355dce6e");
        }

        @Test
        void aDeletedVpnAttachmentAndItsVpnKeepTheirState() {
            Topology t = topology("test-transit-gateway");
            TgwAttachment vpn = get(t, "tgw-attach-0d724909ecd7a5961", TgwAttachment.class);
            assertThat(vpn.type()).isEqualTo(AttachmentType.VPN);
            assertThat(vpn.state()).isEqualTo("deleted");
            VpnConnection connection = get(t, "vpn-034885b776a3f8a80", VpnConnection.class);
            assertThat(connection.state()).isEqualTo("deleted");
            assertThat(connection.gateway()).isEqualTo(id("tgw-044be4464fcc69aff"));
        }

        @Test
        void attachmentsAwsListsWithoutAssociationStayUnassociated() {
            Topology t = topology("test-transit-gateway-asymmetric-paths");
            TransitGateway tgw = get(t, "tgw-01e19888e3ba041ac", TransitGateway.class);
            assertThat(tgw.defaultAssociation()).as("default association off so that a missing association means none").isFalse();
            TgwAttachment fish = get(t, "tgw-attach-0ce5cf730c95980d9", TgwAttachment.class);
            assertThat(fish.association()).isNull();
            assertThat(ids(fish.propagations())).containsExactly("tgw-rtb-0ac69a6cb81e20019");
            TgwAttachment bat = get(t, "tgw-attach-07a32b62ffae8f8e8", TgwAttachment.class);
            assertThat(bat.association()).isEqualTo(id("tgw-rtb-0ac69a6cb81e20019"));
            assertThat(bat.propagations()).isEmpty();
            assertThat(report("test-transit-gateway-asymmetric-paths").hasNote("default association recorded as off")).isTrue();
        }

        @Test
        void twoTablesSeparateAssociationFromPropagation() {
            Topology t = topology("test-transit-gateway-multi-table");
            TgwAttachment a = get(t, "tgw-attach-07f5ec59e9f540021", TgwAttachment.class);
            TgwAttachment b = get(t, "tgw-attach-0ae2696617bb06fb4", TgwAttachment.class);
            assertThat(a.association()).isEqualTo(id("tgw-rtb-0fa40c8df355dce6e"));
            assertThat(ids(a.propagations())).containsExactly("tgw-rtb-096a7119299ab1c42");
            assertThat(b.association()).isEqualTo(id("tgw-rtb-096a7119299ab1c42"));
            assertThat(ids(b.propagations())).containsExactly("tgw-rtb-0fa40c8df355dce6e");
            assertThat(get(t, "vgw-045e114c413727463", VpnGateway.class).parent()).as("a detached VGW sits in its Region")
                    .isEqualTo(id("554773406868/us-east-2"));
        }

        @Test
        void aSharedGatewayLivesInItsOwnersAccountAndAttachesTheOtherAccountsVpc() {
            Topology t = topology("test-transit-gateway-multi-account");
            assertThat(account(t, "tgw-0efdeab79e9a8e490")).isEqualTo("028403472736");
            assertThat(t.all(TransitGateway.class)).hasSize(1);
            TgwAttachment fish = get(t, "tgw-attach-0f8397dbb9b9bce0d", TgwAttachment.class);
            assertThat(fish.resource()).isEqualTo(id("vpc-08287a9084472b276"));
            assertThat(account(t, "vpc-08287a9084472b276")).isEqualTo("951601349076");
            assertThat(fish.association()).isEqualTo(id("tgw-rtb-0b2c8eeefcf19371b"));
            assertThat(Placement.zoneIdOf(t, id("subnet-0a68915f31d3ca69f"))).isEqualTo("use1-az2");
            assertThat(Placement.zoneIdOf(t, id("subnet-0c2cb08833b3c9921"))).as("same AZ name, another account").isEqualTo("use1-az4");
        }

        @Test
        void aPeeringAttachmentBecomesOneAttachmentPerGatewayEachNamingTheOther() {
            Topology t = topology("test-transit-gateway-peering");
            TgwAttachment west = get(t, "tgw-attach-012e5d602f859dd80", TgwAttachment.class);
            TgwAttachment east = get(t, "tgw-attach-012e5d602f859dd80/tgw-0e20010ebf43d07a2", TgwAttachment.class);
            assertThat(west.parent()).isEqualTo(id("tgw-03201f1960ddb0c25"));
            assertThat(east.parent()).isEqualTo(id("tgw-0e20010ebf43d07a2"));
            assertThat(west.type()).isEqualTo(AttachmentType.PEERING);
            assertThat(west.resource()).isEqualTo(east.id());
            assertThat(east.resource()).isEqualTo(west.id());
            assertThat(west.association()).isEqualTo(id("tgw-rtb-00be87593fb2cd0ae"));
            assertThat(east.association()).isEqualTo(id("tgw-rtb-05d2952671d1f460a"));
            TgwRouteTable eastBat2 = get(t, "tgw-rtb-018a5e572ec3088d1", TgwRouteTable.class);
            assertThat(eastBat2.routes()).singleElement().satisfies(r -> {
                assertThat(r.destination()).isEqualTo(Cidr.parse("192.168.0.0/16"));
                assertThat(r.attachment()).isEqualTo(east.id());
            });
            TgwRouteTable westTable = get(t, "tgw-rtb-00be87593fb2cd0ae", TgwRouteTable.class);
            assertThat(westTable.routes()).singleElement().satisfies(r -> assertThat(r.attachment()).isEqualTo(west.id()));
            assertThat(regionCode(t, "tgw-03201f1960ddb0c25")).isEqualTo("us-west-1");
            assertThat(report("test-transit-gateway-peering").kind("TargetGroups").skippedCount()).isEqualTo(6);
        }

        @Test
        void aPeeringBeingDeletedIsKeptOnBothSidesWithItsState() {
            Topology t = AwsSnapshots.get("pybatfish/hybrid-cloud").design().topology();
            TgwAttachment a = get(t, "tgw-attach-0cc6cf6a578b754e3", TgwAttachment.class);
            TgwAttachment b = get(t, "tgw-attach-0cc6cf6a578b754e3/tgw-0888a76c8a371246d", TgwAttachment.class);
            assertThat(a.state()).isEqualTo("deleting");
            assertThat(b.state()).isEqualTo("deleting");
            assertThat(a.association()).isNull();
            assertThat(b.association()).isEqualTo(id("tgw-rtb-049367cdac1fcd74e"));
            assertThat(get(t, "tgw-attach-0881ce2eb93cd63a8", TgwAttachment.class).resource()).isEqualTo(id("vpn-01c45673532d3e33e"));
            assertThat(get(t, "vpn-01c45673532d3e33e", VpnConnection.class).gateway()).isEqualTo(id("tgw-06b348adabd13452d"));
            assertThat(t.all(Region.class)).extracting(Region::code).containsExactlyInAnyOrder("us-east-2", "us-west-2");
        }
    }

    @Nested
    class DirectConnect {

        @Test
        void aTransitVifReachesTheGatewayThatIsAssociatedWithTheTransitGateway() {
            Topology t = topology("test-direct-connect-gateway");
            DirectConnectGateway dxgw = get(t, "7b2c4f8a-1234-4abc-9def-fedcba987654", DirectConnectGateway.class);
            assertThat(dxgw.name()).isEqualTo("dx-test-gateway");
            assertThat(dxgw.asn()).isEqualTo(64513L);
            assertThat(dxgw.associations()).singleElement().satisfies(a -> {
                assertThat(a.gateway()).isEqualTo(id("tgw-dx01"));
                assertThat(a.allowedPrefixes()).containsExactly(Cidr.parse("10.0.0.0/8"));
                assertThat(a.state()).isEqualTo("associated");
            });
            VirtualInterface vif = get(t, "dxvif-dx01", VirtualInterface.class);
            assertThat(vif.type()).isEqualTo(VirtualInterfaceType.TRANSIT);
            assertThat(vif.gateway()).isEqualTo(dxgw.id());
            assertThat(vif.vlan()).isEqualTo(100);
            assertThat(get(t, "dxcon-dx01", DirectConnectConnection.class).name()).isEqualTo("(not in snapshot)");
            TgwAttachment dx = get(t, "tgw-attach-dx01", TgwAttachment.class);
            assertThat(dx.type()).isEqualTo(AttachmentType.DIRECT_CONNECT_GATEWAY);
            assertThat(dx.resource()).isEqualTo(dxgw.id());
            assertThat(ids(dx.propagations())).containsExactly("tgw-rtb-dx01");
            assertThat(get(t, "tgw-attach-iso01", TgwAttachment.class).association()).isEqualTo(id("tgw-rtb-iso01"));
            assertThat(get(t, "vpn-dx-test", VpnConnection.class).tunnels()).containsExactly(TunnelState.UP);
        }

        @Test
        void oneGlobalGatewayIsAssociatedWithTransitGatewaysInTwoRegions() {
            Topology t = topology("test-direct-connect-gateway-multi-region");
            assertThat(t.all(DirectConnectGateway.class)).singleElement().satisfies(g -> {
                assertThat(g.parent()).isEqualTo(id("123456789012"));
                assertThat(g.associations()).extracting(a -> a.gateway().value()).containsExactly("tgw-east", "tgw-west");
            });
            assertThat(regionCode(t, "tgw-west")).isEqualTo("us-west-1");
            assertThat(get(t, "tgw-attach-west-dx", TgwAttachment.class).propagations()).as("no propagation data: the default")
                    .isNull();
        }

        @Test
        void twoPrivateVifsLandOnTheSameVirtualPrivateGateway() {
            Topology t = topology("test-direct-connect-private-vif");
            for (String vif : List.of("dxvif-priv01", "dxvif-priv02")) {
                VirtualInterface v = get(t, vif, VirtualInterface.class);
                assertThat(v.type()).isEqualTo(VirtualInterfaceType.PRIVATE);
                assertThat(v.gateway()).isEqualTo(id("vgw-priv01"));
            }
            assertThat(get(t, "vgw-priv01", VpnGateway.class).parent()).isEqualTo(id("vpc-priv01"));
            assertThat(get(t, "rtb-priv01", RouteTable.class).propagatingGateways()).containsExactly(id("vgw-priv01"));
            assertThat(t.all(OnPremisesNetwork.class)).as("nothing says what lies on-premises").isEmpty();
        }
    }

    @Nested
    class VpnAndOnPremises {

        @Test
        void vgwPropagatedRoutesAreKeptAsPropagatedAndDescribeTheNetworkBehindTheCustomerGateway() {
            Topology t = topology("hybrid-cloud-aws");
            RouteTable rt = get(t, "rtb-296bf350", RouteTable.class);
            assertThat(rt.propagatingGateways()).containsExactly(id("vgw-81fd279f"));
            assertThat(rt.routes()).hasSize(5).allSatisfy(r -> {
                assertThat(r.origin()).isEqualTo(RouteOrigin.PROPAGATED);
                assertThat(r.target()).isEqualTo(id("vgw-81fd279f"));
            });
            CustomerGateway cgw = get(t, "cgw-fb76ace5", CustomerGateway.class);
            OnPremisesNetwork onPrem = get(t, cgw.network().value(), OnPremisesNetwork.class);
            assertThat(onPrem.cidrs()).extracting(Cidr::toString).containsExactly("10.1.1.0/24", "10.1.2.0/24", "10.1.3.0/24",
                    "10.1.4.0/24");
            assertThat(onPrem.name()).contains("inferred");
            VpnConnection vpn = get(t, "vpn-ba2e34a8", VpnConnection.class);
            assertThat(vpn.routing()).isEqualTo(VpnRouting.BGP);
            assertThat(vpn.customerAdvertised()).contains(Cidr.ANY);
            assertThat(report("hybrid-cloud-aws").hasNote("on-premises networks were inferred")).isTrue();
        }

        @Test
        void aStaticVpnWithTunnelsDownKeepsItsRoutesAndTheOnPremisesRouterIsAssumedToRouteTheVpc() {
            Topology t = topology("test-public-private-subnet");
            VpnConnection vpn = get(t, "vpn-05044757278685fd3", VpnConnection.class);
            assertThat(vpn.routing()).isEqualTo(VpnRouting.STATIC);
            assertThat(vpn.staticRoutes()).containsExactly(Cidr.parse("19.168.0.0/16"));
            assertThat(vpn.tunnels()).containsExactly(TunnelState.DOWN, TunnelState.DOWN);
            OnPremisesNetwork onPrem = get(t, "onprem-cgw-0e0d620a3ae284684", OnPremisesNetwork.class);
            assertThat(onPrem.cidrs()).containsExactly(Cidr.parse("19.168.0.0/16"));
            assertThat(onPrem.staticRoutes()).singleElement().satisfies(r -> {
                assertThat(r.destination()).isEqualTo(Cidr.parse("10.0.0.0/16"));
                assertThat(r.via()).isEqualTo(vpn.id());
            });
        }

        @Test
        void aVpnWhoseGatewayIsNotInTheSnapshotIsSkippedWithTheReason() {
            Topology t = topology("test-vpn-gateway");
            assertThat(t.contains(id("vpn-05044757278685fd3"))).isFalse();
            assertThat(report("test-vpn-gateway").kind("VpnConnections").skipped())
                    .anySatisfy(s -> assertThat(s.examples()).contains("vpn-05044757278685fd3"));
            VpnConnection up = get(t, "vpn-03701a53bba3c48b7", VpnConnection.class);
            assertThat(up.tunnels()).containsOnly(TunnelState.DOWN);
            assertThat(up.gateway()).isEqualTo(id("vgw-0c09bd7fadac961bf"));
        }

        @Test
        void filesNamedAfterTheirRegionPlaceTheirObjectsThere() {
            Topology t = topology("ipsec-vpn-host-aws-cisco");
            assertThat(regionCode(t, "vpc-815775e7")).isEqualTo("us-west-2");
            RouteTable rt = get(t, "rtb-296bf350", RouteTable.class);
            assertThat(rt.routes()).as("blackhole routes to a missing IGW keep its id")
                    .anySatisfy(r -> assertThat(r.target()).isEqualTo(id("igw-aad7d6cd")));
            assertThat(get(t, "eni-bd11cc9d", NetworkInterface.class).privateIp()).isEqualTo(Ipv4Address.parse("10.100.1.71"));
        }
    }

    @Nested
    class Filtering {

        @Test
        void securityGroupRulesKeepProtocolPortsAndEveryKindOfPeer() {
            Topology t = topology("hybrid-cloud-aws");
            SecurityGroup arista = get(t, "sg-331ad04e", SecurityGroup.class);
            assertThat(arista.name()).isEqualTo("Arista Demo");
            assertThat(arista.ingress()).extracting(r -> r.protocol() + " " + r.ports() + " " + r.peerText()).containsExactly(
                    "all all 192.168.0.0/16", "tcp 22 38.140.26.4/32", "tcp 22 38.140.26.5/32", "tcp 22 38.140.26.6/32",
                    "tcp 22 38.140.26.7/32", "tcp 22 0.0.0.0/0", "icmp all 38.140.26.0/24");
            assertThat(arista.egress()).extracting(SecurityGroupRule::peerText).containsExactly("0.0.0.0/0");
            SecurityGroup rds = get(t, "sg-55510831", SecurityGroup.class);
            assertThat(rds.ingress()).anySatisfy(r -> assertThat(r.securityGroup()).isEqualTo(id("sg-cf3f86b3")));
            SecurityGroup web = get(t, "sg-94df21e9", SecurityGroup.class);
            assertThat(web.ingress()).anySatisfy(r -> assertThat(r.ipv6Cidr()).isNotNull());
        }

        @Test
        void networkAclRulesKeepNumberActionProtocolPortsAndBlockButNotTheImpliedDeny() {
            Topology t = topology("hybrid-cloud-aws");
            NetworkAcl acl = get(t, "acl-4db39c28", NetworkAcl.class);
            assertThat(acl.defaultAcl()).isTrue();
            assertThat(acl.ingress()).containsExactly(NetworkAclRule.of(100, RuleAction.ALLOW, Protocol.TCP,
                    new dev.linkwright.model.PortRange(3306, 3306), Cidr.parse("162.243.144.192/32")));
            assertThat(acl.egress()).containsExactly(NetworkAclRule.of(100, RuleAction.ALLOW, Protocol.ALL, null, Cidr.ANY));
        }
    }

    @Nested
    class Peering {

        @Test
        void peeringsKeepBothEndsAndRoutesTargetThem() {
            Topology t = topology("test-vpc-peering");
            PeeringConnection ab = get(t, "pcx-0b89b559e3319d6cf", PeeringConnection.class);
            assertThat(ab.requesterVpc()).isEqualTo(id("vpc-0404e08ceddf7f650"));
            assertThat(ab.accepterVpc()).isEqualTo(id("vpc-00a31ce9d0c06675c"));
            assertThat(ab.state()).isEqualTo(PeeringState.ACTIVE);
            assertThat(get(t, "vpc-00a31ce9d0c06675c", Vpc.class).cidrBlocks()).as("the disassociated 192.169.0.0/16 is gone")
                    .extracting(Cidr::toString).containsExactly("192.168.0.0/16");
            RouteTable a = get(t, "rtb-0891861fffaea6d52", RouteTable.class);
            assertThat(a.routes()).extracting(r -> r.destinationText() + " " + r.target())
                    .containsExactly("192.168.1.0/24 pcx-0b89b559e3319d6cf", "192.168.2.0/24 pcx-0d5b836985ac8ca8c");
            RouteTable b = get(t, "rtb-017c36290c9baf017", RouteTable.class);
            assertThat(b.routes()).extracting(Route::target).contains(id("igw-0a2c9ae201b441bff"));
        }

        @Test
        void accountsComeFromTheFolderLayoutAndDeletedPeeringsWithoutVpcsAreSkipped() {
            Topology t = topology("test-vpc-peering-multi-account");
            PeeringConnection p = get(t, "pcx-0040f7640e10191f4", PeeringConnection.class);
            assertThat(account(t, p.requesterVpc().value())).isEqualTo("123456789012");
            assertThat(account(t, p.accepterVpc().value())).isEqualTo("123456789013");
            assertThat(t.contains(id("pcx-00eeab4f3bd2a40da"))).isFalse();
            assertThat(t.all(PeeringConnection.class)).hasSize(1);
        }
    }

    @Nested
    class Compute {

        @Test
        void aNatGatewayKeepsItsAddressesAndThePrivateSubnetRoutesToIt() {
            Topology t = topology("test-nat-gateway");
            NatGateway nat = get(t, "nat-07ab4846da51f4612", NatGateway.class);
            assertThat(nat.parent()).isEqualTo(id("subnet-0428892a357fa1f94"));
            assertThat(nat.privateIp()).isEqualTo(Ipv4Address.parse("10.1.250.210"));
            assertThat(nat.elasticIp()).isEqualTo(Ipv4Address.parse("3.135.127.225"));
            assertThat(nat.state()).isEqualTo("available");
            assertThat(get(t, "rtb-02fe228b42de92a7c", RouteTable.class).routes()).singleElement()
                    .satisfies(r -> assertThat(r.target()).isEqualTo(nat.id()));
            assertThat(get(t, "subnet-06f469bcee42e408e", Subnet.class).routeTable()).isEqualTo(id("rtb-02fe228b42de92a7c"));
            NetworkAcl acl = get(t, "acl-0792adae678b88f85", NetworkAcl.class);
            assertThat(acl.ingress()).containsExactly(
                    NetworkAclRule.of(100, RuleAction.ALLOW, Protocol.ICMP, null, Cidr.parse("10.1.1.0/24")),
                    NetworkAclRule.of(200, RuleAction.ALLOW, Protocol.ALL, null, Cidr.ANY));
            assertThat(get(t, "subnet-0428892a357fa1f94", Subnet.class).networkAcl()).isEqualTo(acl.id());
        }

        @Test
        void instancesTakeTheirPrimaryInterfaceAndAdditionalInterfacesBecomeNetworkInterfaces() {
            Topology t = topology("hybrid-cloud-aws");
            Instance core = get(t, "i-0b26ec095feb42260", Instance.class);
            assertThat(core.state()).isEqualTo("stopped");
            assertThat(core.eniId()).isEqualTo(id("eni-707e5a5e"));
            assertThat(core.privateIp()).isEqualTo(Ipv4Address.parse("192.168.1.186"));
            NetworkInterface eth1 = get(t, "eni-297b5c07", NetworkInterface.class);
            assertThat(eth1.attachedInstance()).isEqualTo(core.id());
            assertThat(eth1.parent()).isEqualTo(id("subnet-073b8061"));
            NetworkInterface unattached = get(t, "eni-822b55ac", NetworkInterface.class);
            assertThat(unattached.attachedInstance()).isNull();
            assertThat(ids(unattached.securityGroups())).containsExactly("sg-83b348fe");
            assertThat(get(t, "rtb-f28e418b", RouteTable.class).routes()).as("a route to a NAT gateway not in the snapshot")
                    .singleElement().satisfies(r -> assertThat(r.target()).isEqualTo(id("nat-055c00735cace0ec4")));
            assertThat(t.all(Account.class)).extracting(a -> a.id().value()).containsExactly("000000111234");
        }

        @Test
        void elasticIpsAndPublicAddressesLandOnTheirInstances() {
            Topology t = topology("test-transit-gateway");
            Instance b = get(t, "i-0b14080af811fda3d", Instance.class);
            assertThat(b.publicIp()).isEqualTo(Ipv4Address.parse("3.136.41.161"));
            assertThat(t.contains(id("i-04a292ff83b3aa833"))).as("terminated, no subnet").isFalse();
            assertThat(report("test-transit-gateway").kind("Addresses").imported()).isEqualTo(1);
            assertThat(get(t, "igw-0a4895a3c58cac8cb", InternetGateway.class).parent()).isEqualTo(id("vpc-00a31ce9d0c06675c"));
            AvailabilityZone az = get(t, "vpc-0404e08ceddf7f650/us-east-2a", AvailabilityZone.class);
            assertThat(az.zoneId()).isEqualTo("use2-az1");
            assertThat(get(t, "554773406868", Account.class).zoneIds()).containsEntry("us-east-2c", "use2-az3");
        }

        @Test
        void anInstanceIsPlacedInItsPrimaryInterfacesSubnetAndUnknownGroupsAreLeftOff() {
            Topology t = topology("test");
            Instance i = get(t, "i-075dc46a9bc347264", Instance.class);
            assertThat(i.parent()).isEqualTo(id("subnet-073b8061"));
            assertThat(i.securityGroups()).isEmpty();
            assertThat(report("test").hasNote("security groups not in the snapshot")).isTrue();
            assertThat(account(t, "vpc-6f6f8316")).isEqualTo("028403472736");
        }

        @Test
        void aNatGatewayWhoseSubnetIsMissingIsSkipped() {
            ImportReport r = report("unit-tests");
            assertThat(r.kind("NatGateways").skippedCount()).isEqualTo(2);
            assertThat(r.elementCount()).isZero();
        }
    }

    @Nested
    class LoadBalancers {

        @Test
        void theNlbHasANodePerAzWithItsAddressAListenerAndCrossZone() {
            Topology t = topology("test-load-balancer");
            LoadBalancer nlb = get(t, "net/test-lb/725b996cb6be8fba", LoadBalancer.class);
            assertThat(nlb.name()).isEqualTo("test-lb");
            assertThat(nlb.type()).isEqualTo(LoadBalancerType.NETWORK);
            assertThat(nlb.crossZone()).isTrue();
            assertThat(nlb.nodes()).extracting(n -> n.subnet() + " " + n.ip())
                    .containsExactly("subnet-0873d71031a560a88 10.1.20.123", "subnet-090fe152cd18ced20 10.1.1.237");
            assertThat(nlb.listeners()).singleElement().satisfies(l -> {
                assertThat(l.protocol()).isEqualTo(ListenerProtocol.TCP);
                assertThat(l.port()).isEqualTo(80);
                assertThat(l.targetGroup()).isEqualTo(id("targetgroup/test-lb-tg/8e891d8fcdf8ece8"));
            });
            assertThat(AwsSnapshotImporter.elementIdOfArn(
                    "arn:aws:elasticloadbalancing:us-east-2:554773406868:loadbalancer/net/test-lb/725b996cb6be8fba")).isEqualTo(nlb.id());
        }

        @Test
        void theTargetGroupHasItsInstanceTargetsOnTheirPortWithHealth() {
            Topology t = topology("test-load-balancer");
            TargetGroup tg = get(t, "targetgroup/test-lb-tg/8e891d8fcdf8ece8", TargetGroup.class);
            assertThat(tg.port()).isEqualTo(80);
            assertThat(tg.targets()).containsExactly(new Target(id("i-0f4af951d61a19245"), null, 22, TargetHealth.HEALTHY),
                    new Target(id("i-055b0db7be365202c"), null, 22, TargetHealth.HEALTHY));
            assertThat(report("test-load-balancer").kind("TargetGroups").skippedCount()).as("groups of a VPC not in the snapshot")
                    .isEqualTo(3);
        }
    }

    @Nested
    class Endpoints {

        @Test
        void anInterfaceEndpointHasItsInterfaceAddressGroupsStateAndServiceName() {
            Topology t = topology("test-vpc-endpoint-interface");
            InterfaceEndpoint e = get(t, "vpce-083c683a6be29b889", InterfaceEndpoint.class);
            assertThat(e.serviceName()).isEqualTo("com.amazonaws.us-east-1.cloudtrail");
            assertThat(e.service()).isNull();
            assertThat(e.state()).isEqualTo(EndpointState.AVAILABLE);
            assertThat(e.privateDns()).isTrue();
            assertThat(ids(e.securityGroups())).containsExactly("sg-0973207c61f3466e1");
            assertThat(e.interfaces()).singleElement().satisfies(i -> {
                assertThat(i.subnet()).isEqualTo(id("subnet-0bb8615d8368ece31"));
                assertThat(i.eniId()).isEqualTo(id("eni-0084b734451ba23ca"));
                assertThat(i.ip()).isEqualTo(Ipv4Address.parse("10.1.101.97"));
            });
            assertThat(t.owner(id("eni-0084b734451ba23ca"))).contains(e);
        }

        @Test
        void aGatewayEndpointGetsTheRouteTablesThatRouteItsPrefixListAndThoseRoutesAreImplied() {
            Topology t = topology("test-vpc-endpoint-gateway");
            GatewayEndpoint e = get(t, "vpce-0b7357542bb7b83ec", GatewayEndpoint.class);
            assertThat(ids(e.routeTables())).containsExactly("rtb-04f71fc2caa8d94cf", "rtb-0efde4139784b75b0");
            assertThat(e.prefixList()).isEqualTo(id("pl-63a5400a"));
            assertThat(get(t, "rtb-04f71fc2caa8d94cf", RouteTable.class).routes()).isEmpty();
            assertThat(get(t, "rtb-0efde4139784b75b0", RouteTable.class).routes()).extracting(Route::target)
                    .containsExactly(id("igw-0c8afe4471084ccba"));
            assertThat(t.contains(id("com.amazonaws.us-east-1.s3"))).isTrue();
        }
    }

    @Nested
    class Layouts {

        @Test
        void shortAccountFolderNamesArePaddedAndEachFolderKeepsItsRegion() {
            Topology t = topology("test-multi-account");
            assertThat(account(t, "vpc-015b20578b48c1349")).isEqualTo("000000000111");
            assertThat(regionCode(t, "vpc-015b20578b48c1349")).isEqualTo("us-west-1");
            assertThat(account(t, "vpc-0008a7b45e3ddf1dd")).isEqualTo("000000000222");
            assertThat(regionCode(t, "vpc-0008a7b45e3ddf1dd")).isEqualTo("us-west-2");
            assertThat(report("test-multi-account").layout()).isEqualTo("accounts/<account-id>/<region>");
        }

        @Test
        void aFlatFolderTakesItsRegionFromTheData() {
            Topology t = topology("test-load-balancer");
            assertThat(regionCode(t, "vpc-015b20578b48c1349")).isEqualTo("us-east-2");
            assertThat(report("test-load-balancer").layout()).isEqualTo("flat");
            assertThat(report("unit-tests").hasNote("us-west-2 was assumed")).isTrue();
        }

        @Test
        void unmodelledKindsAreSkippedWithTheReason() {
            ImportReport r = report("hybrid-cloud-aws");
            assertThat(r.skippedFiles()).extracting(ImportReport.SkippedFile::file)
                    .contains("us-west-2/DhcpOptions.json", "us-west-2/ElasticsearchDomains.json", "us-west-2/RdsInstances.json",
                            "us-west-2/Tags.json");
            assertThat(r.skippedFiles()).allSatisfy(f -> assertThat(f.reason()).isNotBlank());
        }
    }
}
