package dev.linkwright.io.aws;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The field names the importer reads. AWS responses carry many more (block devices, launch
 * times, CPU options, VPN device configurations of several kilobytes); dropping them while
 * parsing ({@link JsonTree}) keeps the parsed snapshot small, which is most of an import's memory
 * and time.
 *
 * <p>Every field an {@link AwsNode} accessor is asked for must be listed here, or it reads as
 * absent; {@code ReadFieldsTest} checks the converters' sources against this list. Names are
 * matched whatever the case of their first letter, like {@link AwsNode} does.
 */
final class ReadFields {

    private static final Set<String> NAMES = new HashSet<>();

    static {
        for (String name : ("AcceptanceRequired AccepterTgwInfo AccepterVpcInfo AllowedPrefixesToDirectConnectGateway "
                + "AllowedPrincipals AmazonSideAsn ApplianceModeSupport Asn AssociatedGateway Association AssociationDefaultRouteTableId "
                + "AssociationState Associations Attachment Attachments Attributes AvailabilityZone AvailabilityZoneId AvailabilityZones "
                + "Bandwidth BgpAsn CarrierGatewayId Cidr CidrBlock CidrBlockAssociationSet CidrBlockSet CidrBlockState CidrIp CidrIpv6 "
                + "Cidrs Code ConnectionId ConnectionName ConnectionState ConnectivityType CoreNetworkArn CustomerGatewayId "
                + "DefaultActions DefaultRouteTableAssociation DefaultRouteTablePropagation Description DestinationCidrBlock "
                + "DestinationIpv6CidrBlock DestinationPrefixListId DeviceIndex DirectConnectGatewayId DirectConnectGatewayName Egress "
                + "EgressOnlyInternetGatewayId EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic Entries ForwardConfig From "
                + "FromPort GatewayId GatewayLoadBalancerArns GroupId GroupName Groups Id InstanceId Instances InterfaceType "
                + "InternetGatewayId IpAddress IpAddressType IpProtocol IpRanges Ipv6CidrBlock Ipv6CidrBlockAssociationSet "
                + "Ipv6CidrBlockState Ipv6Ranges IpPermissions IpPermissionsEgress IsDefault IsPrimary Key Listeners LoadBalancerAddresses LoadBalancerArn "
                + "LoadBalancerName LocalGatewayId Location Main Name NatGatewayAddresses NatGatewayId NetworkAclId "
                + "NetworkInterfaceId NetworkInterfaceIds NetworkInterfaces NetworkLoadBalancerArns Options Origin Owner OwnerAccount "
                + "OwnerId Placement PolicyDocument Port PortRange PrefixListId PrefixListIds PrefixListName Primary Principal "
                + "PrivateDnsEnabled PrivateDnsName PrivateDnsNameConfiguration PrivateIPv4Address PrivateIp PrivateIpAddress "
                + "PrivateIpAddresses PropagatingVgws PropagationDefaultRouteTableId Protocol PublicIp PublicIpAddress Region "
                + "RegionName RequesterTgwInfo RequesterVpcInfo ResourceId ResourceType RouteFilterPrefixes RouteTableId "
                + "RouteTableIds Routes RuleAction RuleNumber Scheme SecurityGroupReferencingSupport SecurityGroups ServiceId "
                + "ServiceName ServiceRegion ServiceState SourceDestCheck State StaticRoutesOnly Status SubnetId SubnetIds "
                + "SupportedIpAddressTypes SupportedRegions TagSet Tags Target TargetGroupArn TargetGroupName TargetGroups "
                + "TargetHealth TargetHealthDescriptions TargetType To ToPort TransitGatewayArn TransitGatewayAttachmentId "
                + "TransitGatewayAttachments TransitGatewayId TransitGatewayRouteTableId TransitGatewayRouteTablePropagations Type "
                + "UserIdGroupPairs Value VgwTelemetry VirtualGatewayId VirtualInterfaceId VirtualInterfaceName VirtualInterfaceState "
                + "VirtualInterfaceType Vlan VpcAttachments VpcEndpointConnectionId VpcEndpointId VpcEndpointOwner VpcEndpointState "
                + "VpcEndpointType VpcId VpcPeeringConnectionId VpnConnectionId VpnGatewayId ZoneId ZoneName").split(" ")) {
            addBothCases(name);
        }
        for (AwsKind kind : AwsKind.values()) {
            addBothCases(kind.key());
        }
    }

    /** Both spellings go in, so that checking a name allocates nothing (it runs for every field of every file). */
    private static void addBothCases(String name) {
        NAMES.add(name);
        NAMES.add(name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1));
        NAMES.add(name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1));
    }

    private ReadFields() {
    }

    /** True when the importer reads fields named {@code name}. */
    static boolean isRead(String name) {
        return NAMES.contains(name);
    }
}
