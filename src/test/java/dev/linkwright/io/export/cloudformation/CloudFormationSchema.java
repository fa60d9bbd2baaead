package dev.linkwright.io.export.cloudformation;

import java.util.Map;
import java.util.Set;

/**
 * The resource types and property names the exporter may write, curated from the CloudFormation
 * resource reference: a stand-in for cfn-lint, which is not available offline.
 */
final class CloudFormationSchema {

    private CloudFormationSchema() {
    }

    static final Map<String, Set<String>> PROPERTIES = Map.ofEntries(
            Map.entry("AWS::EC2::VPC", Set.of("CidrBlock", "EnableDnsSupport", "EnableDnsHostnames", "Tags")),
            Map.entry("AWS::EC2::VPCCidrBlock", Set.of("VpcId", "CidrBlock", "AmazonProvidedIpv6CidrBlock")),
            Map.entry("AWS::EC2::Subnet", Set.of("VpcId", "CidrBlock", "AvailabilityZone", "AvailabilityZoneId", "Tags")),
            Map.entry("AWS::EC2::SubnetRouteTableAssociation", Set.of("SubnetId", "RouteTableId")),
            Map.entry("AWS::EC2::SubnetNetworkAclAssociation", Set.of("SubnetId", "NetworkAclId")),
            Map.entry("AWS::EC2::RouteTable", Set.of("VpcId", "Tags")),
            Map.entry("AWS::EC2::Route", Set.of("RouteTableId", "DestinationCidrBlock", "DestinationIpv6CidrBlock",
                    "DestinationPrefixListId", "GatewayId", "NatGatewayId", "VpcPeeringConnectionId", "TransitGatewayId", "InstanceId",
                    "NetworkInterfaceId")),
            Map.entry("AWS::EC2::VPNGatewayRoutePropagation", Set.of("RouteTableIds", "VpnGatewayId")),
            Map.entry("AWS::EC2::NetworkAcl", Set.of("VpcId", "Tags")),
            Map.entry("AWS::EC2::NetworkAclEntry", Set.of("NetworkAclId", "RuleNumber", "Protocol", "RuleAction", "Egress", "CidrBlock",
                    "Ipv6CidrBlock", "PortRange", "Icmp")),
            Map.entry("AWS::EC2::SecurityGroup", Set.of("GroupName", "GroupDescription", "VpcId", "SecurityGroupEgress", "Tags")),
            Map.entry("AWS::EC2::SecurityGroupIngress", Set.of("GroupId", "IpProtocol", "FromPort", "ToPort", "CidrIp", "CidrIpv6",
                    "SourceSecurityGroupId", "SourceSecurityGroupOwnerId", "SourcePrefixListId", "Description")),
            Map.entry("AWS::EC2::SecurityGroupEgress", Set.of("GroupId", "IpProtocol", "FromPort", "ToPort", "CidrIp", "CidrIpv6",
                    "DestinationSecurityGroupId", "DestinationPrefixListId", "Description")),
            Map.entry("AWS::EC2::PrefixList", Set.of("PrefixListName", "AddressFamily", "MaxEntries", "Entries", "Tags")),
            Map.entry("AWS::EC2::InternetGateway", Set.of("Tags")),
            Map.entry("AWS::EC2::VPCGatewayAttachment", Set.of("VpcId", "InternetGatewayId", "VpnGatewayId")),
            Map.entry("AWS::EC2::EIP", Set.of("Domain", "Tags")),
            Map.entry("AWS::EC2::NatGateway", Set.of("AllocationId", "SubnetId", "ConnectivityType", "PrivateIpAddress", "Tags")),
            Map.entry("AWS::EC2::Instance", Set.of("ImageId", "InstanceType", "SubnetId", "PrivateIpAddress", "SecurityGroupIds",
                    "SourceDestCheck", "NetworkInterfaces", "Tags")),
            Map.entry("AWS::EC2::NetworkInterface", Set.of("SubnetId", "PrivateIpAddresses", "GroupSet", "SourceDestCheck", "Description",
                    "Tags")),
            Map.entry("AWS::EC2::NetworkInterfaceAttachment", Set.of("DeviceIndex", "InstanceId", "NetworkInterfaceId")),
            Map.entry("AWS::ElasticLoadBalancingV2::LoadBalancer", Set.of("Name", "Type", "Scheme", "IpAddressType", "SubnetMappings",
                    "SecurityGroups", "EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic", "LoadBalancerAttributes", "Tags")),
            Map.entry("AWS::ElasticLoadBalancingV2::Listener", Set.of("LoadBalancerArn", "Port", "Protocol", "Certificates",
                    "DefaultActions")),
            Map.entry("AWS::ElasticLoadBalancingV2::TargetGroup", Set.of("Name", "Port", "Protocol", "TargetType", "VpcId", "Targets",
                    "TargetGroupAttributes", "Tags")),
            Map.entry("AWS::EC2::VPCEndpointService", Set.of("AcceptanceRequired", "NetworkLoadBalancerArns", "SupportedIpAddressTypes",
                    "SupportedRegions", "Tags")),
            Map.entry("AWS::EC2::VPCEndpointServicePermissions", Set.of("ServiceId", "AllowedPrincipals")),
            Map.entry("AWS::EC2::VPCEndpoint", Set.of("VpcId", "ServiceName", "VpcEndpointType", "ServiceRegion", "SubnetIds",
                    "SecurityGroupIds", "PrivateDnsEnabled", "IpAddressType", "PolicyDocument", "RouteTableIds", "Tags")),
            Map.entry("AWS::EC2::VPCPeeringConnection", Set.of("VpcId", "PeerVpcId", "PeerOwnerId", "PeerRegion", "PeerRoleArn", "Tags")),
            Map.entry("AWS::IAM::Role", Set.of("AssumeRolePolicyDocument", "Policies", "Tags")),
            Map.entry("AWS::EC2::TransitGateway", Set.of("Description", "AmazonSideAsn", "DefaultRouteTableAssociation",
                    "DefaultRouteTablePropagation", "SecurityGroupReferencingSupport", "AutoAcceptSharedAttachments", "Tags")),
            Map.entry("AWS::EC2::TransitGatewayRouteTable", Set.of("TransitGatewayId", "Tags")),
            Map.entry("AWS::EC2::TransitGatewayRoute", Set.of("TransitGatewayRouteTableId", "DestinationCidrBlock",
                    "TransitGatewayAttachmentId", "Blackhole")),
            Map.entry("AWS::EC2::TransitGatewayVpcAttachment", Set.of("TransitGatewayId", "VpcId", "SubnetIds", "Options", "Tags")),
            Map.entry("AWS::EC2::TransitGatewayPeeringAttachment", Set.of("TransitGatewayId", "PeerTransitGatewayId", "PeerAccountId",
                    "PeerRegion", "Tags")),
            Map.entry("AWS::EC2::TransitGatewayRouteTableAssociation", Set.of("TransitGatewayAttachmentId", "TransitGatewayRouteTableId")),
            Map.entry("AWS::EC2::TransitGatewayRouteTablePropagation", Set.of("TransitGatewayAttachmentId", "TransitGatewayRouteTableId")),
            Map.entry("AWS::RAM::ResourceShare", Set.of("Name", "AllowExternalPrincipals", "ResourceArns", "Principals", "Tags")),
            Map.entry("AWS::EC2::VPNGateway", Set.of("Type", "AmazonSideAsn", "Tags")),
            Map.entry("AWS::EC2::CustomerGateway", Set.of("BgpAsn", "IpAddress", "Type", "Tags")),
            Map.entry("AWS::EC2::VPNConnection", Set.of("CustomerGatewayId", "VpnGatewayId", "TransitGatewayId", "Type", "StaticRoutesOnly",
                    "Tags")),
            Map.entry("AWS::EC2::VPNConnectionRoute", Set.of("DestinationCidrBlock", "VpnConnectionId")));

    /** Keys a resource may have besides Type and Properties. */
    static final Set<String> RESOURCE_KEYS = Set.of("Type", "Properties", "DependsOn", "Condition");
}
