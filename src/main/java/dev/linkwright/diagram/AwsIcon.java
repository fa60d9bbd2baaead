package dev.linkwright.diagram;

/**
 * The AWS Architecture Icons Linkwright draws, curated into {@code assets/icons/} (see
 * {@code assets/NOTICE}). Each icon is a small SVG of one or two filled paths; {@link #graphic()}
 * gives it as plain vector data for the canvas and the exporters.
 *
 * <pre>{@code
 * IconGraphic vpc = AwsIcon.GROUP_VPC.graphic();   // 40 x 40 view box, purple square + white glyph
 * String svgFile = AwsIcon.GROUP_VPC.resourcePath(); // "/assets/icons/group-vpc.svg"
 * }</pre>
 */
public enum AwsIcon {
    // group icons (40 x 40, a coloured square with a white glyph), drawn in a container's corner
    GROUP_AWS_CLOUD("group-aws-cloud"),
    GROUP_ACCOUNT("group-account"),
    GROUP_REGION("group-region"),
    GROUP_VPC("group-vpc"),
    GROUP_PRIVATE_SUBNET("group-private-subnet"),
    GROUP_PUBLIC_SUBNET("group-public-subnet"),
    GROUP_CORPORATE_DATA_CENTER("group-corporate-data-center"),
    // service icons (64 x 64, a coloured square with a white glyph)
    SERVICE_PRIVATELINK("service-privatelink"),
    SERVICE_DIRECT_CONNECT("service-direct-connect"),
    SERVICE_SITE_TO_SITE_VPN("service-site-to-site-vpn"),
    SERVICE_TRANSIT_GATEWAY("service-transit-gateway"),
    SERVICE_ELASTIC_LOAD_BALANCING("service-elastic-load-balancing"),
    SERVICE_EC2("service-ec2"),
    SERVICE_S3("service-s3"),
    SERVICE_DYNAMODB("service-dynamodb"),
    SERVICE_VPC("service-vpc"),
    // resource icons (48 x 48, a coloured glyph on no background)
    EC2_INSTANCE("ec2-instance"),
    NETWORK_LOAD_BALANCER("network-load-balancer"),
    GATEWAY_LOAD_BALANCER("gateway-load-balancer"),
    APPLICATION_LOAD_BALANCER("application-load-balancer"),
    VPC_ENDPOINTS("vpc-endpoints"),
    CUSTOMER_GATEWAY("customer-gateway"),
    VPN_CONNECTION("vpn-connection"),
    VPN_GATEWAY("vpn-gateway"),
    PEERING_CONNECTION("peering-connection"),
    DIRECT_CONNECT_GATEWAY("direct-connect-gateway"),
    TRANSIT_GATEWAY_ATTACHMENT("transit-gateway-attachment"),
    INTERNET_GATEWAY("internet-gateway"),
    NAT_GATEWAY("nat-gateway"),
    NETWORK_INTERFACE("network-interface"),
    ROUTER("router"),
    NETWORK_ACL("network-acl"),
    VPC_RESOURCE("vpc-resource"),
    S3_BUCKET("s3-bucket"),
    DYNAMODB_TABLE("dynamodb-table"),
    SERVER("server"),
    SERVERS("servers"),
    CLIENT("client"),
    INTERNET("internet"),
    USERS("users"),
    SHIELD("shield"),
    FIREWALL("firewall"),
    GENERIC_APPLICATION("generic-application");

    private final String fileName;

    AwsIcon(String fileName) {
        this.fileName = fileName;
    }

    /** The file's base name in {@code assets/icons/}, e.g. {@code group-vpc}. */
    public String fileName() {
        return fileName;
    }

    /** The classpath resource holding the SVG, e.g. {@code /assets/icons/group-vpc.svg}. */
    public String resourcePath() {
        return "/assets/icons/" + fileName + ".svg";
    }

    /** The icon as vector data (parsed once, then cached). */
    public IconGraphic graphic() {
        return IconGraphics.load(this);
    }

    /** True for the group and service icons, which are a filled coloured square. */
    public boolean hasBackground() {
        return name().startsWith("GROUP_") || name().startsWith("SERVICE_");
    }
}
