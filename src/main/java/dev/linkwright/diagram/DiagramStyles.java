package dev.linkwright.diagram;

import dev.linkwright.model.AwsService;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerType;
import java.util.Locale;

/**
 * The AWS architecture-diagram look of each kind of element: the colours of the AWS group styles
 * (account pink, Region teal dashed, VPC purple, AZ blue dashed, public subnet green, private
 * subnet teal) and the official icons.
 */
public final class DiagramStyles {

    /** The AWS Cloud frame drawn around all accounts. */
    public static final NodeStyle AWS_CLOUD = NodeStyle.group("aws-cloud", "#232F3E", null, false, AwsIcon.GROUP_AWS_CLOUD);

    private static final String GENERIC_GREY = "#7D8998";
    private static final String NETWORK_PURPLE = "#8C4FFF";
    private static final String SECURITY_RED = "#DD344C";

    private DiagramStyles() {
    }

    /** The look of {@code element}; {@code publicSubnet} picks the public or private subnet style. */
    public static NodeStyle of(Element element, boolean publicSubnet) {
        ElementKind kind = element.kind();
        switch (kind) {
            case ACCOUNT:
                return NodeStyle.group("account", "#CD2264", null, false, AwsIcon.GROUP_ACCOUNT);
            case REGION:
                return NodeStyle.group("region", "#00A4A6", null, true, AwsIcon.GROUP_REGION);
            case VPC:
                return NodeStyle.group("vpc", NETWORK_PURPLE, null, false, AwsIcon.GROUP_VPC);
            case AVAILABILITY_ZONE:
                return NodeStyle.group("availability-zone", "#147EBA", null, true, null);
            case SUBNET:
                return publicSubnet
                        ? NodeStyle.group("public-subnet", "#7AA116", "#F2F6E8", false, AwsIcon.GROUP_PUBLIC_SUBNET)
                        : NodeStyle.group("private-subnet", "#00A4A6", "#E6F6F7", false, AwsIcon.GROUP_PRIVATE_SUBNET);
            case TRANSIT_GATEWAY:
                return NodeStyle.group("transit-gateway", GENERIC_GREY, null, false, AwsIcon.SERVICE_TRANSIT_GATEWAY);
            case DX_CONNECTION:
                return NodeStyle.group("direct-connect-connection", GENERIC_GREY, null, false, AwsIcon.SERVICE_DIRECT_CONNECT);
            case ON_PREMISES_NETWORK:
                return NodeStyle.group("corporate-data-center", GENERIC_GREY, null, false, AwsIcon.GROUP_CORPORATE_DATA_CENTER);
            case INTERNET:
                return NodeStyle.group("internet", GENERIC_GREY, null, true, AwsIcon.INTERNET);
            case ROUTE_TABLE:
                return NodeStyle.chip("route-table", NETWORK_PURPLE, "RT");
            case TGW_ROUTE_TABLE:
                return NodeStyle.chip("transit-gateway-route-table", NETWORK_PURPLE, "RT");
            case NETWORK_ACL:
                return NodeStyle.chip("network-acl", SECURITY_RED, "ACL");
            case SECURITY_GROUP:
                return NodeStyle.chip("security-group", SECURITY_RED, "SG");
            case TARGET_GROUP:
                return NodeStyle.chip("target-group", NETWORK_PURPLE, "TG");
            case PREFIX_LIST:
                return NodeStyle.chip("prefix-list", GENERIC_GREY, "PL");
            case INSTANCE:
                return NodeStyle.icon("ec2-instance", AwsIcon.EC2_INSTANCE);
            case NETWORK_INTERFACE:
                return NodeStyle.icon("network-interface", AwsIcon.NETWORK_INTERFACE);
            case LOAD_BALANCER:
                return loadBalancerStyle((LoadBalancer) element);
            case ENDPOINT_SERVICE:
                return NodeStyle.icon("endpoint-service", AwsIcon.SERVICE_PRIVATELINK);
            case INTERFACE_ENDPOINT:
                return NodeStyle.icon("interface-endpoint", AwsIcon.VPC_ENDPOINTS);
            case GATEWAY_ENDPOINT:
                return NodeStyle.icon("gateway-endpoint", AwsIcon.VPC_ENDPOINTS);
            case INTERNET_GATEWAY:
                return NodeStyle.icon("internet-gateway", AwsIcon.INTERNET_GATEWAY);
            case NAT_GATEWAY:
                return NodeStyle.icon("nat-gateway", AwsIcon.NAT_GATEWAY);
            case VPN_GATEWAY:
                return NodeStyle.icon("vpn-gateway", AwsIcon.VPN_GATEWAY);
            case PEERING_CONNECTION:
                return NodeStyle.icon("peering-connection", AwsIcon.PEERING_CONNECTION);
            case TGW_ATTACHMENT:
                return NodeStyle.icon("transit-gateway-attachment", AwsIcon.TRANSIT_GATEWAY_ATTACHMENT);
            case CUSTOMER_GATEWAY:
                return NodeStyle.icon("customer-gateway", AwsIcon.CUSTOMER_GATEWAY);
            case VPN_CONNECTION:
                return NodeStyle.icon("vpn-connection", AwsIcon.VPN_CONNECTION);
            case VIRTUAL_INTERFACE:
                return NodeStyle.icon("virtual-interface", AwsIcon.ROUTER);
            case DX_GATEWAY:
                return NodeStyle.icon("direct-connect-gateway", AwsIcon.DIRECT_CONNECT_GATEWAY);
            case AWS_SERVICE:
                return NodeStyle.icon("aws-service", serviceIcon((AwsService) element));
            case ON_PREMISES_HOST:
                return NodeStyle.icon("server", AwsIcon.SERVER);
            case INTERNET_HOST:
                return NodeStyle.icon("client", AwsIcon.CLIENT);
            default:
                throw new AssertionError(kind);
        }
    }

    private static NodeStyle loadBalancerStyle(LoadBalancer lb) {
        if (lb.type() == LoadBalancerType.GATEWAY) {
            return NodeStyle.icon("gateway-load-balancer", AwsIcon.GATEWAY_LOAD_BALANCER);
        }
        if (lb.type() == LoadBalancerType.APPLICATION) {
            return NodeStyle.icon("application-load-balancer", AwsIcon.APPLICATION_LOAD_BALANCER);
        }
        return NodeStyle.icon("network-load-balancer", AwsIcon.NETWORK_LOAD_BALANCER);
    }

    private static AwsIcon serviceIcon(AwsService service) {
        String name = service.serviceName() == null ? "" : service.serviceName().toLowerCase(Locale.ROOT);
        if (name.endsWith(".s3") || name.contains(".s3.") || name.equals("s3")) {
            return AwsIcon.SERVICE_S3;
        }
        if (name.endsWith(".dynamodb") || name.equals("dynamodb")) {
            return AwsIcon.SERVICE_DYNAMODB;
        }
        return AwsIcon.GENERIC_APPLICATION;
    }
}
