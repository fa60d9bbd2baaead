package dev.linkwright.model;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Every kind of element Linkwright models, with its spelling in files, its label for people and
 * where it may sit in the containment tree (account &gt; region &gt; VPC &gt; AZ &gt; subnet &gt; resources).
 */
public enum ElementKind {
    ACCOUNT("account", "accounts", "Account", true),
    REGION("region", "regions", "Region", true),
    VPC("vpc", "vpcs", "VPC", true),
    AVAILABILITY_ZONE("availabilityZone", "availabilityZones", "Availability Zone", true),
    SUBNET("subnet", "subnets", "Subnet", true),
    ROUTE_TABLE("routeTable", "routeTables", "Route table", false),
    NETWORK_ACL("networkAcl", "networkAcls", "Network ACL", false),
    SECURITY_GROUP("securityGroup", "securityGroups", "Security group", false),
    PREFIX_LIST("prefixList", "prefixLists", "Prefix list", false),
    INSTANCE("instance", "instances", "EC2 instance", false),
    NETWORK_INTERFACE("networkInterface", "networkInterfaces", "Network interface", false),
    LOAD_BALANCER("loadBalancer", "loadBalancers", "Network Load Balancer", false),
    TARGET_GROUP("targetGroup", "targetGroups", "Target group", false),
    ENDPOINT_SERVICE("endpointService", "endpointServices", "Endpoint service", false),
    INTERFACE_ENDPOINT("interfaceEndpoint", "interfaceEndpoints", "Interface endpoint", false),
    GATEWAY_ENDPOINT("gatewayEndpoint", "gatewayEndpoints", "Gateway endpoint", false),
    INTERNET_GATEWAY("internetGateway", "internetGateways", "Internet gateway", false),
    NAT_GATEWAY("natGateway", "natGateways", "NAT gateway", false),
    VPN_GATEWAY("vpnGateway", "vpnGateways", "Virtual private gateway", false),
    PEERING_CONNECTION("peeringConnection", "peeringConnections", "VPC peering", false),
    TRANSIT_GATEWAY("transitGateway", "transitGateways", "Transit gateway", true),
    TGW_ROUTE_TABLE("transitGatewayRouteTable", "routeTables", "TGW route table", false),
    TGW_ATTACHMENT("transitGatewayAttachment", "attachments", "TGW attachment", false),
    CUSTOMER_GATEWAY("customerGateway", "customerGateways", "Customer gateway", false),
    VPN_CONNECTION("vpnConnection", "vpnConnections", "Site-to-Site VPN", false),
    DX_CONNECTION("directConnectConnection", "directConnectConnections", "Direct Connect connection", false),
    VIRTUAL_INTERFACE("virtualInterface", "virtualInterfaces", "Virtual interface", false),
    DX_GATEWAY("directConnectGateway", "directConnectGateways", "Direct Connect gateway", false),
    AWS_SERVICE("awsService", "awsServices", "AWS service", false),
    ON_PREMISES_NETWORK("onPremisesNetwork", "onPremises", "On-premises network", true),
    ON_PREMISES_HOST("onPremisesHost", "hosts", "On-premises host", false),
    INTERNET("internet", "internet", "Internet", true),
    INTERNET_HOST("internetHost", "hosts", "Internet host", false);

    private final String wire;
    private final String listKey;
    private final String label;
    private final boolean container;

    ElementKind(String wire, String listKey, String label, boolean container) {
        this.wire = wire;
        this.listKey = listKey;
        this.label = label;
        this.container = container;
    }

    /** The kind's name in files and on the command line, e.g. {@code interfaceEndpoint}. */
    public String wire() {
        return wire;
    }

    /** The key of the list holding elements of this kind inside their parent in the file format. */
    public String listKey() {
        return listKey;
    }

    /** A label for people, e.g. "Interface endpoint". */
    public String label() {
        return label;
    }

    /** The label with an article, for sentences: "a subnet", "an interface endpoint", "a VPC". */
    public String phrase() {
        String[] words = label.split(" ");
        boolean properNoun = false;
        for (int i = 1; i < words.length; i++) {
            properNoun |= Character.isUpperCase(words[i].charAt(0));
        }
        String text = label;
        if (!properNoun && !words[0].equals(words[0].toUpperCase(Locale.ROOT))) {
            text = Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return ("aeiouAEIOU".indexOf(text.charAt(0)) >= 0 ? "an " : "a ") + text;
    }

    /** True for kinds drawn as boxes that hold other elements. */
    public boolean isContainer() {
        return container;
    }

    /** The kinds an element of this kind may sit in; empty for top-level kinds. */
    public Set<ElementKind> allowedParents() {
        switch (this) {
            case ACCOUNT: case ON_PREMISES_NETWORK: case INTERNET:
                return EnumSet.noneOf(ElementKind.class);
            case REGION: case DX_CONNECTION: case DX_GATEWAY:
                return EnumSet.of(ACCOUNT);
            case VPC: case ENDPOINT_SERVICE: case PEERING_CONNECTION: case TRANSIT_GATEWAY:
            case CUSTOMER_GATEWAY: case VPN_CONNECTION: case PREFIX_LIST: case AWS_SERVICE:
                return EnumSet.of(REGION);
            case AVAILABILITY_ZONE: case ROUTE_TABLE: case NETWORK_ACL: case SECURITY_GROUP:
            case LOAD_BALANCER: case TARGET_GROUP: case INTERFACE_ENDPOINT: case GATEWAY_ENDPOINT:
            case INTERNET_GATEWAY:
                return EnumSet.of(VPC);
            case VPN_GATEWAY:
                return EnumSet.of(VPC, REGION);
            case SUBNET:
                return EnumSet.of(AVAILABILITY_ZONE);
            case INSTANCE: case NETWORK_INTERFACE: case NAT_GATEWAY:
                return EnumSet.of(SUBNET);
            case TGW_ROUTE_TABLE: case TGW_ATTACHMENT:
                return EnumSet.of(TRANSIT_GATEWAY);
            case VIRTUAL_INTERFACE:
                return EnumSet.of(DX_CONNECTION);
            case ON_PREMISES_HOST:
                return EnumSet.of(ON_PREMISES_NETWORK);
            case INTERNET_HOST:
                return EnumSet.of(INTERNET);
            default:
                throw new AssertionError(this);
        }
    }

    /** True when this kind lives at the top of the tree (no parent). */
    public boolean isTopLevel() {
        return allowedParents().isEmpty();
    }

    /** Finds a kind by its wire name (case-insensitive), or throws naming the known kinds. */
    public static ElementKind fromWire(String text) {
        for (ElementKind k : values()) {
            if (k.wire.equalsIgnoreCase(text) || k.name().equalsIgnoreCase(text)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown element kind '" + text + "'");
    }

    @Override
    public String toString() {
        return wire;
    }
}
