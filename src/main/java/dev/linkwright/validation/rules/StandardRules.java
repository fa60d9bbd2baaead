package dev.linkwright.validation.rules;

import dev.linkwright.validation.DesignRule;
import dev.linkwright.validation.Validator;
import java.util.List;

/**
 * Every design rule Linkwright knows, in the order of the rulebook's sections (addressing, routes,
 * internet, peering, transit gateway, VPN and Direct Connect, load balancers, PrivateLink,
 * references).
 *
 * <pre>{@code
 * ValidationReport report = StandardRules.validator().validate(topology, RulesProfile.CURRENT);
 * }</pre>
 */
public final class StandardRules {

    private StandardRules() {
    }

    /** A fresh instance of every rule. */
    public static List<DesignRule> all() {
        return List.of(
                // 1. VPCs, subnets, addressing
                new VpcPrefixOutOfRange(), new VpcBlocksOverlap(), new VpcRestrictedRange(), new CidrNotCanonical(),
                new SubnetOutsideVpc(), new SubnetPrefixOutOfRange(), new SubnetOverlap(), new ReservedAddress(),
                new AddressOutsideSubnet(), new DuplicateAddress(), new ZoneNotInRegion(), new CrossVpcAssociation(),
                new SecondMainRouteTable(), new SecondDefaultNetworkAcl(),
                // 2. route tables
                new RouteMoreSpecificThanLocal(), new RouteToReservedRange(), new RouteDuplicateDestination(),
                new RouteTargetOutsideVpc(), new BlackholeRoute(), new PrefixListRouteAmbiguous(),
                // 4. network ACLs
                new NetworkAclDuplicateRuleNumber(),
                // 5. internet and NAT gateways
                new PublicNatInPrivateSubnet(), new PublicNatWithoutElasticIp(), new PublicAddressInPrivateSubnet(),
                new InternetFacingLoadBalancerInPrivateSubnet(), new InternetFacingLoadBalancerWithoutGateway(),
                new SecondInternetGateway(),
                // 6. peering and security-group references
                new PeeringCidrOverlap(), new DuplicatePeering(), new SecurityGroupReferenceCrossRegion(),
                new SecurityGroupReferenceNotConnected(),
                // 7. transit gateway
                new TransitGatewayDuplicateCidr(), new TransitGatewayAttachmentDuplicateAz(), new TransitGatewayNoSubnetInAz(),
                new TransitGatewayAttachmentNotAssociated(), new TransitGatewayAttachmentOtherRegion(),
                new TransitGatewayDuplicateVpcAttachment(), new TgwRouteBlackhole(), new TransitGatewaySecurityGroupReferencingLegacy(),
                // 8. and 9. VPN and Direct Connect
                new SecondVpnGateway(), new VpnTunnelsDown(), new VpnStaticWithoutRoutes(),
                new DirectConnectGatewayOverlappingVpcs(), new DirectConnectGatewayMixedAssociation(),
                new DirectConnectGatewayAllowedPrefixOverlap(), new DirectConnectGatewayVpcNotAdvertised(),
                new VirtualInterfaceGatewayMismatch(), new MtuMismatch(),
                // 10. load balancers
                new LoadBalancerAzWithoutTargets(), new LoadBalancerTargetGroupEmpty(), new TargetUnhealthy(),
                new LoadBalancerSecurityGroupsNotAddable(), new LoadBalancerSecurityGroupsLegacy(), new LoadBalancerDuplicateAz(),
                new LoadBalancerDualstackWithoutIpv6(),
                // 11. endpoint services
                new EndpointServiceWithoutLoadBalancer(), new LoadBalancerInTwoServices(), new EndpointServiceLoadBalancerInvalid(),
                new ServiceAzNotEnabled(), new AcceptanceDefaultAssumed(), new EndpointServiceOpenToAll(), new ServiceIpv6RequiresDualstackLoadBalancer(),
                new EndpointServiceSingleAz(), new CrossRegionServiceSingleAz(), new UdpEndpointServiceLegacy(),
                // 12. interface endpoints, cross-Region and IP types
                new EndpointAzNotSupported(), new EndpointDuplicateAzSubnet(), new EndpointPrincipalNotAllowed(),
                new EndpointIpTypeSubnetMismatch(), new EndpointIpTypeNotSupportedByService(), new PrivateLinkIpv6Legacy(),
                new CrossRegionEndpointLegacy(), new EndpointServiceRegionNotSupported(), new CrossRegionAzUnsupported(),
                new EndpointSingleAz(), new EndpointNotAvailable(), new EndpointPrivateDnsRequiresVpcDns(),
                new EndpointPrivateDnsUnavailable(),
                // 13. gateway endpoints
                new GatewayEndpointServiceUnsupported(), new GatewayEndpointOtherRegion(),
                // references
                new DanglingReference());
    }

    /** A validator running {@link #all()}. */
    public static Validator validator() {
        return new Validator(all());
    }
}
