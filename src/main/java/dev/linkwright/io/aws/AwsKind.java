package dev.linkwright.io.aws;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The kinds of AWS API response the importer knows, by the top-level key of the file (never the
 * file name). Modelled kinds become design elements; unmodelled ones are skipped with a note;
 * companions ride along with a modelled key of the same response and are ignored quietly.
 */
enum AwsKind {
    AVAILABILITY_ZONES("AvailabilityZones", "Availability Zones (name to zone id)"),
    VPCS("Vpcs", "VPCs"),
    SUBNETS("Subnets", "subnets"),
    ROUTE_TABLES("RouteTables", "route tables"),
    NETWORK_ACLS("NetworkAcls", "network ACLs"),
    SECURITY_GROUPS("SecurityGroups", "security groups"),
    PREFIX_LISTS("PrefixLists", "prefix lists"),
    RESERVATIONS("Reservations", "reservations (instances)"),
    INSTANCES("Instances", "instances"),
    NETWORK_INTERFACES("NetworkInterfaces", "network interfaces"),
    ADDRESSES("Addresses", "Elastic IP addresses"),
    INTERNET_GATEWAYS("InternetGateways", "internet gateways"),
    NAT_GATEWAYS("NatGateways", "NAT gateways"),
    VPN_GATEWAYS("VpnGateways", "virtual private gateways"),
    CUSTOMER_GATEWAYS("CustomerGateways", "customer gateways"),
    VPN_CONNECTIONS("VpnConnections", "Site-to-Site VPN connections"),
    LOAD_BALANCERS("LoadBalancers", "load balancers"),
    LOAD_BALANCER_ATTRIBUTES("LoadBalancerAttributes", "load balancer attributes"),
    LOAD_BALANCER_LISTENERS("LoadBalancerListeners", "load balancer listeners"),
    LISTENERS("Listeners", "listeners"),
    TARGET_GROUPS("TargetGroups", "target groups"),
    TARGET_GROUP_ATTRIBUTES("TargetGroupAttributes", "target group attributes"),
    TARGET_HEALTH("LoadBalancerTargetHealth", "target health"),
    SERVICE_CONFIGURATIONS("ServiceConfigurations", "endpoint service configurations"),
    SERVICE_DETAILS("ServiceDetails", "endpoint services visible to the account"),
    ALLOWED_PRINCIPALS("AllowedPrincipals", "endpoint service permissions"),
    ENDPOINT_CONNECTIONS("VpcEndpointConnections", "endpoint connections"),
    VPC_ENDPOINTS("VpcEndpoints", "VPC endpoints"),
    PEERING_CONNECTIONS("VpcPeeringConnections", "VPC peering connections"),
    TRANSIT_GATEWAYS("TransitGateways", "transit gateways"),
    TGW_ROUTE_TABLES("TransitGatewayRouteTables", "transit gateway route tables"),
    TGW_ATTACHMENTS("TransitGatewayAttachments", "transit gateway attachments"),
    TGW_VPC_ATTACHMENTS("TransitGatewayVpcAttachments", "transit gateway VPC attachments"),
    TGW_PEERING_ATTACHMENTS("TransitGatewayPeeringAttachments", "transit gateway peering attachments"),
    TGW_PROPAGATIONS("TransitGatewayPropagations", "transit gateway propagations"),
    TGW_ASSOCIATIONS("TransitGatewayRouteTableAssociations", "transit gateway route table associations"),
    TGW_STATIC_ROUTES("TransitGatewayStaticRoutes", "transit gateway static routes"),
    DX_CONNECTIONS("Connections", "Direct Connect connections"),
    VIRTUAL_INTERFACES("VirtualInterfaces", "Direct Connect virtual interfaces"),
    DX_GATEWAYS("DirectConnectGateways", "Direct Connect gateways"),
    DX_GATEWAY_ASSOCIATIONS("DirectConnectGatewayAssociations", "Direct Connect gateway associations"),

    SERVICE_NAMES("ServiceNames", null, Role.COMPANION, "the names are also in ServiceDetails"),
    NEXT_TOKEN("NextToken", null, Role.COMPANION, "paging marker"),

    RDS_INSTANCES("DBInstances", "RDS instances", Role.UNMODELLED, "RDS instances are not modelled"),
    ELASTICSEARCH_DOMAINS("DomainStatusList", "Elasticsearch domains", Role.UNMODELLED,
            "Elasticsearch domains are not modelled"),
    DHCP_OPTIONS("DhcpOptions", "DHCP options", Role.UNMODELLED, "DHCP options do not affect reachability"),
    TAGS("Tags", "tags", Role.UNMODELLED, "tags are not modelled (names come from each resource's own Name tag)"),
    HOSTS("Hosts", "dedicated hosts", Role.UNMODELLED, "dedicated hosts do not affect reachability"),
    INSTANCE_STATUSES("InstanceStatuses", "instance status checks", Role.UNMODELLED,
            "instance status checks are not modelled (instance states come from Reservations)"),
    MOVING_ADDRESSES("MovingAddressStatuses", "EC2-Classic address moves", Role.UNMODELLED,
            "EC2-Classic address moves are not modelled"),
    PLACEMENT_GROUPS("PlacementGroups", "placement groups", Role.UNMODELLED, "placement groups do not affect reachability"),
    EGRESS_ONLY_GATEWAYS("EgressOnlyInternetGateways", "egress-only internet gateways", Role.UNMODELLED,
            "egress-only internet gateways (IPv6) are not modelled");

    /** What the importer does with a kind. */
    enum Role { MODELLED, UNMODELLED, COMPANION }

    private static final Map<String, AwsKind> BY_KEY = new HashMap<>();

    static {
        for (AwsKind k : values()) {
            BY_KEY.put(normalise(k.key), k);
        }
    }

    private final String key;
    private final String label;
    private final Role role;
    private final String reason;

    AwsKind(String key, String label) {
        this(key, label, Role.MODELLED, null);
    }

    AwsKind(String key, String label, Role role, String reason) {
        this.key = key;
        this.label = label;
        this.role = role;
        this.reason = reason;
    }

    /** The top-level key as EC2/ELBv2 spell it (Direct Connect uses the camelCase twin). */
    String key() {
        return key;
    }

    String label() {
        return label == null ? key : label;
    }

    Role role() {
        return role;
    }

    /** Why an unmodelled or companion kind is not read. */
    String reason() {
        return reason;
    }

    /** The kind with top-level key {@code key} (either case of the first letter), or null. */
    static AwsKind byKey(String key) {
        return BY_KEY.get(normalise(key));
    }

    private static String normalise(String key) {
        return key.isEmpty() ? key : Character.toLowerCase(key.charAt(0)) + key.substring(1);
    }

    @Override
    public String toString() {
        return key.toLowerCase(Locale.ROOT);
    }
}
