package dev.linkwright.edit;

import dev.linkwright.diagram.AwsIcon;
import dev.linkwright.model.ElementKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the designer's palette offers, grouped as an architect looks for it: containers; compute
 * and load balancing; endpoints and PrivateLink; gateways and hybrid; security. Each item is a kind
 * of element with its AWS icon and where it goes. Connections (peering, attachments, VPN
 * connections) are drawn with the connection tool instead.
 *
 * <pre>{@code
 * for (Palette.Section s : Palette.sections()) for (Palette.Item i : s.matching("nat")) ...
 * }</pre>
 */
public final class Palette {

    /**
     * One palette entry.
     *
     * @param kind what it creates
     * @param label its name in the palette
     * @param hint where it goes, for the tooltip
     * @param icon the AWS icon, or null for kinds drawn as plain boxes (an Availability Zone)
     * @param keywords further words it is found by
     */
    public record Item(ElementKind kind, String label, String hint, AwsIcon icon, String keywords) {

        /** True when {@code query} (lower case) is part of the label, the kind's name or a keyword. */
        public boolean matches(String query) {
            String q = query.trim().toLowerCase(Locale.ROOT);
            return q.isEmpty() || label.toLowerCase(Locale.ROOT).contains(q) || kind.label().toLowerCase(Locale.ROOT).contains(q)
                    || keywords.toLowerCase(Locale.ROOT).contains(q);
        }
    }

    /** A group of items with a title. */
    public record Section(String title, List<Item> items) {
        public Section {
            items = List.copyOf(items);
        }

        /** The items matching {@code query}. */
        public List<Item> matching(String query) {
            List<Item> out = new ArrayList<>();
            for (Item i : items) {
                if (i.matches(query)) {
                    out.add(i);
                }
            }
            return out;
        }
    }

    private static final List<Section> SECTIONS = List.of(
            new Section("Containers", List.of(
                    new Item(ElementKind.ACCOUNT, "Account", "On empty space", AwsIcon.GROUP_ACCOUNT, "aws account organisation"),
                    new Item(ElementKind.REGION, "Region", "In an account", AwsIcon.GROUP_REGION, "us-east-1 eu-west-1"),
                    new Item(ElementKind.VPC, "VPC", "In a Region (on an empty design: with an account and Region)",
                            AwsIcon.GROUP_VPC, "virtual private cloud network"),
                    new Item(ElementKind.AVAILABILITY_ZONE, "Availability Zone", "In a VPC", null, "az zone"),
                    new Item(ElementKind.SUBNET, "Subnet", "In an Availability Zone of a VPC", AwsIcon.GROUP_PRIVATE_SUBNET,
                            "private public cidr"),
                    new Item(ElementKind.ON_PREMISES_NETWORK, "On-premises network", "On empty space, outside AWS",
                            AwsIcon.GROUP_CORPORATE_DATA_CENTER, "corporate data center datacenter office"),
                    new Item(ElementKind.INTERNET, "Internet", "On empty space, outside AWS", AwsIcon.INTERNET, "public web"))),
            new Section("Compute and load balancing", List.of(
                    new Item(ElementKind.INSTANCE, "EC2 instance", "In a subnet", AwsIcon.EC2_INSTANCE, "server vm host"),
                    new Item(ElementKind.NETWORK_INTERFACE, "Network interface", "In a subnet", AwsIcon.NETWORK_INTERFACE, "eni"),
                    new Item(ElementKind.LOAD_BALANCER, "Network Load Balancer", "On a subnet (one node per AZ)",
                            AwsIcon.NETWORK_LOAD_BALANCER, "nlb elb"),
                    new Item(ElementKind.TARGET_GROUP, "Target group", "In a VPC", null, "targets tg"),
                    new Item(ElementKind.ON_PREMISES_HOST, "On-premises host", "In an on-premises network", AwsIcon.SERVER, "server"),
                    new Item(ElementKind.INTERNET_HOST, "Internet host", "In the internet", AwsIcon.CLIENT, "client web"))),
            new Section("Endpoints and PrivateLink", List.of(
                    new Item(ElementKind.INTERFACE_ENDPOINT, "Interface endpoint", "On a subnet (one interface per AZ)",
                            AwsIcon.VPC_ENDPOINTS, "vpce privatelink"),
                    new Item(ElementKind.ENDPOINT_SERVICE, "Endpoint service", "In a Region", AwsIcon.SERVICE_PRIVATELINK,
                            "privatelink provider vpce-svc"),
                    new Item(ElementKind.GATEWAY_ENDPOINT, "Gateway endpoint", "In a VPC", AwsIcon.VPC_ENDPOINTS, "s3 dynamodb"),
                    new Item(ElementKind.AWS_SERVICE, "AWS service", "In a Region", AwsIcon.SERVICE_S3, "s3 dynamodb sqs"))),
            new Section("Gateways and hybrid", List.of(
                    new Item(ElementKind.INTERNET_GATEWAY, "Internet gateway", "In a VPC", AwsIcon.INTERNET_GATEWAY, "igw"),
                    new Item(ElementKind.NAT_GATEWAY, "NAT gateway", "In a subnet", AwsIcon.NAT_GATEWAY, "nat egress"),
                    new Item(ElementKind.TRANSIT_GATEWAY, "Transit gateway", "In a Region", AwsIcon.SERVICE_TRANSIT_GATEWAY, "tgw hub"),
                    new Item(ElementKind.TGW_ROUTE_TABLE, "Transit gateway route table", "In a transit gateway", null, "tgw rtb"),
                    new Item(ElementKind.VPN_GATEWAY, "Virtual private gateway", "On a VPC", AwsIcon.VPN_GATEWAY, "vgw vpn"),
                    new Item(ElementKind.CUSTOMER_GATEWAY, "Customer gateway", "In a Region", AwsIcon.CUSTOMER_GATEWAY, "cgw vpn"),
                    new Item(ElementKind.DX_CONNECTION, "Direct Connect connection", "In an account", AwsIcon.SERVICE_DIRECT_CONNECT,
                            "dx dxcon"),
                    new Item(ElementKind.VIRTUAL_INTERFACE, "Virtual interface", "In a Direct Connect connection", AwsIcon.ROUTER,
                            "vif dx"),
                    new Item(ElementKind.DX_GATEWAY, "Direct Connect gateway", "In an account", AwsIcon.DIRECT_CONNECT_GATEWAY,
                            "dxgw dx"))),
            new Section("Security and routing", List.of(
                    new Item(ElementKind.SECURITY_GROUP, "Security group", "In a VPC", null, "sg firewall"),
                    new Item(ElementKind.NETWORK_ACL, "Network ACL", "In a VPC", AwsIcon.NETWORK_ACL, "nacl acl"),
                    new Item(ElementKind.ROUTE_TABLE, "Route table", "In a VPC", null, "rtb routes"),
                    new Item(ElementKind.PREFIX_LIST, "Prefix list", "In a Region", null, "pl"))));

    private Palette() {
    }

    /** The palette's sections in order. */
    public static List<Section> sections() {
        return SECTIONS;
    }

    /** The item for {@code kind}, if the palette offers it. */
    public static java.util.Optional<Item> item(ElementKind kind) {
        for (Section s : SECTIONS) {
            for (Item i : s.items()) {
                if (i.kind() == kind) {
                    return java.util.Optional.of(i);
                }
            }
        }
        return java.util.Optional.empty();
    }
}
