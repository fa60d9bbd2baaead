package dev.linkwright.io.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.EndpointService;
import dev.linkwright.model.EndpointState;
import dev.linkwright.model.Instance;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerType;
import dev.linkwright.model.OnPremisesNetwork;
import dev.linkwright.model.TargetGroup;
import dev.linkwright.model.Topology;
import dev.linkwright.model.VirtualInterface;
import dev.linkwright.model.VpnConnection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kinds the shared corpus does not hold, in a small hand-written two-account snapshot: endpoint
 * service configurations with permissions and connections, a consumer endpoint waiting for
 * acceptance, load balancer addresses and target group attributes, an Application Load Balancer,
 * an Elastic IP as the only public address, a Gateway Load Balancer endpoint, and on-premises
 * prefixes learned by a transit gateway and announced on a public virtual interface.
 */
class AwsImportKindsTest {

    private static final String PROVIDER = "aws_configs/accounts/222222222222/eu-west-1/";
    private static final String CONSUMER = "aws_configs/accounts/111111111111/eu-west-1/";
    private static final String NLB_ARN = "arn:aws:elasticloadbalancing:eu-west-1:222222222222:loadbalancer/net/svc/0123456789abcdef";
    private static final String ALB_ARN = "arn:aws:elasticloadbalancing:eu-west-1:222222222222:loadbalancer/app/web/fedcba9876543210";
    private static final String TG_ARN = "arn:aws:elasticloadbalancing:eu-west-1:222222222222:targetgroup/svc-tg/aaaabbbbccccdddd";

    @TempDir
    static Path dir;

    private static ImportedSnapshot imported;

    private static void write(String relative, String json) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
    }

    @BeforeAll
    static void snapshot() throws Exception {
        write(PROVIDER + "Vpcs.json", "{\"Vpcs\": [{\"VpcId\": \"vpc-p\", \"CidrBlock\": \"10.1.0.0/16\"}]}");
        write(PROVIDER + "AvailabilityZones.json", """
                {"AvailabilityZones": [{"ZoneName": "eu-west-1a", "ZoneId": "euw1-az3"}, {"ZoneName": "eu-west-1b", "ZoneId": "euw1-az1"}]}
                """);
        write(PROVIDER + "Subnets.json", """
                {"Subnets": [
                  {"SubnetId": "subnet-pa", "VpcId": "vpc-p", "CidrBlock": "10.1.1.0/24", "AvailabilityZone": "eu-west-1a"},
                  {"SubnetId": "subnet-pb", "VpcId": "vpc-p", "CidrBlock": "10.1.2.0/24", "AvailabilityZone": "eu-west-1b"}]}
                """);
        write(PROVIDER + "Reservations.json", """
                {"Reservations": [{"Instances": [{"InstanceId": "i-p1", "SubnetId": "subnet-pa", "PrivateIpAddress": "10.1.1.10",
                  "State": {"Name": "running"}, "NetworkInterfaces": [{"NetworkInterfaceId": "eni-p1", "SubnetId": "subnet-pa",
                  "PrivateIpAddress": "10.1.1.10", "Attachment": {"DeviceIndex": 0}}]}]}]}
                """);
        write(PROVIDER + "Addresses.json", """
                {"Addresses": [{"PublicIp": "203.0.113.7", "InstanceId": "i-p1", "NetworkInterfaceId": "eni-p1"}]}
                """);
        write(PROVIDER + "LoadBalancers.json", """
                {"LoadBalancers": [
                  {"LoadBalancerArn": "%s", "LoadBalancerName": "svc", "Type": "network", "Scheme": "internal", "VpcId": "vpc-p",
                   "State": {"Code": "active"}, "SecurityGroups": [],
                   "AvailabilityZones": [{"SubnetId": "subnet-pa", "ZoneName": "eu-west-1a",
                     "LoadBalancerAddresses": [{"PrivateIPv4Address": "10.1.1.50"}]},
                     {"SubnetId": "subnet-pb", "ZoneName": "eu-west-1b", "LoadBalancerAddresses": [{"PrivateIPv4Address": "10.1.2.50"}]}]},
                  {"LoadBalancerArn": "%s", "LoadBalancerName": "web", "Type": "application", "Scheme": "internet-facing",
                   "VpcId": "vpc-p", "AvailabilityZones": [{"SubnetId": "subnet-pa"}]}]}
                """.formatted(NLB_ARN, ALB_ARN));
        write(PROVIDER + "LoadBalancerListeners.json", """
                {"LoadBalancerListeners": [{"LoadBalancerArn": "%s", "Listeners": [{"Port": 443, "Protocol": "TCP",
                  "DefaultActions": [{"Type": "forward", "ForwardConfig": {"TargetGroups": [{"TargetGroupArn": "%s"}]}}]}]}]}
                """.formatted(NLB_ARN, TG_ARN));
        write(PROVIDER + "TargetGroups.json", """
                {"TargetGroups": [{"TargetGroupArn": "%s", "TargetGroupName": "svc-tg", "Protocol": "TCP", "Port": 8443,
                  "TargetType": "ip", "VpcId": "vpc-p"}]}
                """.formatted(TG_ARN));
        write(PROVIDER + "TargetGroupAttributes.json", """
                {"TargetGroupAttributes": [{"TargetGroupArn": "%s", "Attributes": [{"Key": "preserve_client_ip.enabled", "Value": "false"},
                  {"Key": "load_balancing.cross_zone.enabled", "Value": "use_load_balancer_configuration"}]}]}
                """.formatted(TG_ARN));
        write(PROVIDER + "LoadBalancerTargetHealth.json", """
                {"LoadBalancerTargetHealth": [{"TargetGroupArn": "%s", "TargetHealthDescriptions": [
                  {"Target": {"Id": "10.1.1.10", "Port": 8443}, "TargetHealth": {"State": "unhealthy.draining"}}]}]}
                """.formatted(TG_ARN));
        write(PROVIDER + "VpcEndpointServiceConfigurations.json", """
                {"ServiceConfigurations": [{"ServiceId": "vpce-svc-1", "ServiceName": "com.amazonaws.vpce.eu-west-1.vpce-svc-1",
                  "ServiceState": "Available", "AcceptanceRequired": true, "AvailabilityZones": ["eu-west-1a", "eu-west-1b"],
                  "NetworkLoadBalancerArns": ["%s"], "SupportedIpAddressTypes": ["ipv4"], "PrivateDnsName": "api.example.com",
                  "PrivateDnsNameConfiguration": {"State": "pendingVerification"}}]}
                """.formatted(NLB_ARN));
        write(PROVIDER + "AllowedPrincipals.json", """
                {"AllowedPrincipals": [{"ServiceId": "vpce-svc-1", "Principal": "arn:aws:iam::111111111111:root", "PrincipalType": "Account"}]}
                """);
        write(PROVIDER + "VpcEndpointConnections.json", """
                {"VpcEndpointConnections": [{"ServiceId": "vpce-svc-1", "VpcEndpointId": "vpce-c1", "VpcEndpointOwner": "111111111111",
                  "VpcEndpointState": "pendingAcceptance"}, {"ServiceId": "vpce-svc-1", "VpcEndpointId": "vpce-other",
                  "VpcEndpointOwner": "333333333333", "VpcEndpointState": "available"}]}
                """);
        write(PROVIDER + "TransitGateways.json", """
                {"TransitGateways": [{"TransitGatewayId": "tgw-p", "OwnerId": "222222222222", "State": "available",
                  "Options": {"DefaultRouteTableAssociation": "enable", "DefaultRouteTablePropagation": "enable"}}]}
                """);
        write(PROVIDER + "TransitGatewayRouteTables.json", """
                {"TransitGatewayRouteTables": [{"TransitGatewayRouteTableId": "tgw-rtb-p", "TransitGatewayId": "tgw-p"}]}
                """);
        write(PROVIDER + "TransitGatewayStaticRoutes.json", """
                {"TransitGatewayStaticRoutes": [{"TransitGatewayRouteTableId": "tgw-rtb-p", "Routes": [
                  {"DestinationCidrBlock": "172.16.0.0/16", "Type": "propagated", "State": "active",
                   "TransitGatewayAttachments": [{"TransitGatewayAttachmentId": "tgw-attach-vpn", "ResourceId": "vpn-1", "ResourceType": "vpn"}]},
                  {"DestinationCidrBlock": "192.0.2.0/24", "Type": "static", "State": "blackhole"}]}]}
                """);
        write(PROVIDER + "CustomerGateways.json", """
                {"CustomerGateways": [{"CustomerGatewayId": "cgw-1", "IpAddress": "198.51.100.1", "BgpAsn": "65010", "State": "available"}]}
                """);
        write(PROVIDER + "VpnConnections.json", """
                {"VpnConnections": [{"VpnConnectionId": "vpn-1", "CustomerGatewayId": "cgw-1", "TransitGatewayId": "tgw-p",
                  "State": "available", "Options": {"StaticRoutesOnly": false},
                  "VgwTelemetry": [{"Status": "UP"}, {"Status": "DOWN"}]}]}
                """);
        write(PROVIDER + "TransitGatewayAttachments.json", """
                {"TransitGatewayAttachments": [{"TransitGatewayAttachmentId": "tgw-attach-vpn", "TransitGatewayId": "tgw-p",
                  "ResourceType": "vpn", "ResourceId": "vpn-1", "State": "available",
                  "Association": {"TransitGatewayRouteTableId": "tgw-rtb-p", "State": "associated"}},
                 {"TransitGatewayAttachmentId": "tgw-attach-vpc", "TransitGatewayId": "tgw-p", "ResourceType": "vpc",
                  "ResourceId": "vpc-p", "State": "available"}]}
                """);
        write(PROVIDER + "TransitGatewayRouteTableAssociations.json", """
                {"TransitGatewayRouteTableAssociations": [{"TransitGatewayRouteTableId": "tgw-rtb-p", "Associations": [
                  {"TransitGatewayAttachmentId": "tgw-attach-vpc", "ResourceId": "vpc-p", "ResourceType": "vpc", "State": "associated"}]}]}
                """);
        write(PROVIDER + "VirtualInterfaces.json", """
                {"virtualInterfaces": [{"virtualInterfaceId": "dxvif-pub", "connectionId": "dxcon-1", "virtualInterfaceType": "public",
                  "virtualInterfaceState": "available", "routeFilterPrefixes": [{"cidr": "198.51.100.0/24"}]}]}
                """);
        write(CONSUMER + "Vpcs.json", "{\"Vpcs\": [{\"VpcId\": \"vpc-c\", \"CidrBlock\": \"10.1.0.0/16\"}]}");
        write(CONSUMER + "Subnets.json", """
                {"Subnets": [{"SubnetId": "subnet-ca", "VpcId": "vpc-c", "CidrBlock": "10.1.9.0/24", "AvailabilityZone": "eu-west-1b",
                  "AvailabilityZoneId": "euw1-az3"}]}
                """);
        write(CONSUMER + "SecurityGroups.json", """
                {"SecurityGroups": [{"GroupId": "sg-c", "GroupName": "endpoint", "VpcId": "vpc-c",
                  "IpPermissions": [{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "IpRanges": [{"CidrIp": "10.1.0.0/16"}]}],
                  "IpPermissionsEgress": []}]}
                """);
        write(CONSUMER + "NetworkInterfaces.json", """
                {"NetworkInterfaces": [{"NetworkInterfaceId": "eni-c1", "SubnetId": "subnet-ca", "PrivateIpAddress": "10.1.9.20",
                  "InterfaceType": "vpc_endpoint", "Description": "VPC Endpoint Interface vpce-c1", "Groups": [{"GroupId": "sg-c"}]}]}
                """);
        write(CONSUMER + "VpcEndpoints.json", """
                {"VpcEndpoints": [
                  {"VpcEndpointId": "vpce-c1", "VpcEndpointType": "Interface", "VpcId": "vpc-c", "State": "pendingAcceptance",
                   "ServiceName": "com.amazonaws.vpce.eu-west-1.vpce-svc-1", "SubnetIds": ["subnet-ca"], "NetworkInterfaceIds": ["eni-c1"],
                   "Groups": [{"GroupId": "sg-c"}], "PrivateDnsEnabled": false},
                  {"VpcEndpointId": "vpce-gwlb", "VpcEndpointType": "GatewayLoadBalancer", "VpcId": "vpc-c",
                   "ServiceName": "com.amazonaws.vpce.eu-west-1.vpce-svc-9", "State": "available"}]}
                """);
        imported = new AwsSnapshotImporter().importFolder(dir);
    }

    private static Topology t() {
        return imported.design().topology();
    }

    private static <T> T get(String id, Class<T> type) {
        return type.cast(t().get(ElementId.of(id)));
    }

    @Test
    void anEndpointServiceKeepsItsLoadBalancerPermissionsAcceptanceDnsAndZoneIds() {
        EndpointService s = get("vpce-svc-1", EndpointService.class);
        assertThat(s.loadBalancers()).containsExactly(ElementId.of("net/svc/0123456789abcdef"));
        assertThat(s.allowedPrincipals()).containsExactly("arn:aws:iam::111111111111:root");
        assertThat(s.acceptanceRequired()).isTrue();
        assertThat(s.privateDnsName()).isEqualTo("api.example.com");
        assertThat(s.privateDnsVerified()).isFalse();
        assertThat(s.zoneIds()).containsExactly("euw1-az3", "euw1-az1");
        assertThat(s.parent()).isEqualTo(ElementId.of("222222222222/eu-west-1"));
    }

    @Test
    void aConsumerEndpointIsLinkedToTheServiceByNameAndKeepsItsState() {
        InterfaceEndpoint e = get("vpce-c1", InterfaceEndpoint.class);
        assertThat(e.service()).isEqualTo(ElementId.of("vpce-svc-1"));
        assertThat(e.state()).isEqualTo(EndpointState.PENDING_ACCEPTANCE);
        assertThat(e.interfaces()).singleElement().satisfies(i -> {
            assertThat(i.eniId()).isEqualTo(ElementId.of("eni-c1"));
            assertThat(i.ip()).isEqualTo(Ipv4Address.parse("10.1.9.20"));
        });
        ImportReport.KindSummary connections = imported.report().kind("VpcEndpointConnections");
        assertThat(connections.imported()).isEqualTo(1);
        assertThat(connections.skipped()).singleElement().satisfies(s -> assertThat(s.examples()).containsExactly("vpce-other"));
        assertThat(imported.report().kind("VpcEndpoints").skipped()).singleElement()
                .satisfies(s -> assertThat(s.text()).contains("GatewayLoadBalancer"));
    }

    @Test
    void loadBalancerAddressesListenersAndTargetGroupAttributesAreRead() {
        LoadBalancer nlb = get("net/svc/0123456789abcdef", LoadBalancer.class);
        assertThat(nlb.nodes()).extracting(n -> n.ip().toString()).containsExactly("10.1.1.50", "10.1.2.50");
        assertThat(nlb.crossZone()).isFalse();
        assertThat(nlb.listeners()).singleElement().satisfies(l -> assertThat(l.targetGroup())
                .isEqualTo(ElementId.of("targetgroup/svc-tg/aaaabbbbccccdddd")));
        TargetGroup tg = get("targetgroup/svc-tg/aaaabbbbccccdddd", TargetGroup.class);
        assertThat(tg.preserveClientIp()).isFalse();
        assertThat(tg.crossZone()).isNull();
        assertThat(tg.targets()).singleElement().satisfies(target -> {
            assertThat(target.ip()).isEqualTo(Ipv4Address.parse("10.1.1.10"));
            assertThat(target.health()).isEqualTo(dev.linkwright.model.TargetHealth.DRAINING);
        });
        LoadBalancer alb = get("app/web/fedcba9876543210", LoadBalancer.class);
        assertThat(alb.type()).isEqualTo(LoadBalancerType.APPLICATION);
        assertThat(alb.crossZone()).as("always on for ALBs").isTrue();
    }

    @Test
    void anAssociationListedByTheRouteTableCountsWhenTheAttachmentNamesNone() {
        assertThat(get("tgw-attach-vpc", dev.linkwright.model.TgwAttachment.class).association()).isEqualTo(ElementId.of("tgw-rtb-p"));
        assertThat(get("tgw-p", dev.linkwright.model.TransitGateway.class).defaultAssociation()).isTrue();
        assertThat(imported.report().kind("TransitGatewayRouteTableAssociations").imported()).isEqualTo(1);
    }

    @Test
    void anElasticIpIsThePublicAddressOfItsInstance() {
        assertThat(get("i-p1", Instance.class).publicIp()).isEqualTo(Ipv4Address.parse("203.0.113.7"));
        assertThat(imported.report().kind("Addresses").imported()).isEqualTo(1);
    }

    @Test
    void prefixesPropagatedFromAVpnIntoATransitGatewayTableDescribeTheNetworkBehindIt() {
        VpnConnection vpn = get("vpn-1", VpnConnection.class);
        assertThat(vpn.customerAdvertised()).containsExactly(Cidr.parse("172.16.0.0/16"));
        assertThat(get("onprem-cgw-1", OnPremisesNetwork.class).cidrs()).containsExactly(Cidr.parse("172.16.0.0/16"));
        assertThat(get("tgw-rtb-p", dev.linkwright.model.TgwRouteTable.class).routes()).singleElement()
                .satisfies(r -> assertThat(r.isBlackhole()).isTrue());
        VirtualInterface publicVif = get("dxvif-pub", VirtualInterface.class);
        assertThat(publicVif.network()).isEqualTo(ElementId.of("onprem-dxvif-pub"));
        assertThat(get("onprem-dxvif-pub", OnPremisesNetwork.class).cidrs()).containsExactly(Cidr.parse("198.51.100.0/24"));
    }
}
