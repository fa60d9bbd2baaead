package dev.linkwright.io.export.terraform;

import java.util.Map;
import java.util.Set;

/**
 * The argument and attribute names of the AWS provider (hashicorp/aws 6.x) that the exporter may
 * write, curated from the provider's documentation: a stand-in for {@code terraform validate},
 * which is not available offline. A misspelt argument fails the test that reads this.
 */
final class TerraformSchema {

    private TerraformSchema() {
    }

    static final Set<String> META = Set.of("provider", "depends_on", "tags");

    static final Map<String, Set<String>> RESOURCES = Map.ofEntries(
            Map.entry("aws_vpc", Set.of("cidr_block", "enable_dns_support", "enable_dns_hostnames", "assign_generated_ipv6_cidr_block")),
            Map.entry("aws_vpc_ipv4_cidr_block_association", Set.of("vpc_id", "cidr_block")),
            Map.entry("aws_subnet", Set.of("vpc_id", "cidr_block", "availability_zone", "availability_zone_id")),
            Map.entry("aws_route_table_association", Set.of("subnet_id", "route_table_id")),
            Map.entry("aws_main_route_table_association", Set.of("vpc_id", "route_table_id")),
            Map.entry("aws_route_table", Set.of("vpc_id")),
            Map.entry("aws_route", Set.of("route_table_id", "destination_cidr_block", "destination_ipv6_cidr_block",
                    "destination_prefix_list_id", "gateway_id", "nat_gateway_id", "vpc_peering_connection_id",
                    "transit_gateway_id", "network_interface_id")),
            Map.entry("aws_vpn_gateway_route_propagation", Set.of("vpn_gateway_id", "route_table_id")),
            Map.entry("aws_network_acl", Set.of("vpc_id")),
            Map.entry("aws_network_acl_rule", Set.of("network_acl_id", "rule_number", "egress", "protocol", "rule_action",
                    "cidr_block", "ipv6_cidr_block", "from_port", "to_port", "icmp_type", "icmp_code")),
            Map.entry("aws_network_acl_association", Set.of("network_acl_id", "subnet_id")),
            Map.entry("aws_default_network_acl", Set.of("default_network_acl_id", "ingress", "egress", "subnet_ids")),
            Map.entry("aws_security_group", Set.of("name", "description", "vpc_id")),
            Map.entry("aws_vpc_security_group_ingress_rule", Set.of("security_group_id", "ip_protocol", "from_port", "to_port",
                    "cidr_ipv4", "cidr_ipv6", "referenced_security_group_id", "prefix_list_id", "description")),
            Map.entry("aws_vpc_security_group_egress_rule", Set.of("security_group_id", "ip_protocol", "from_port", "to_port",
                    "cidr_ipv4", "cidr_ipv6", "referenced_security_group_id", "prefix_list_id", "description")),
            Map.entry("aws_ec2_managed_prefix_list", Set.of("name", "address_family", "max_entries", "entry")),
            Map.entry("aws_internet_gateway", Set.of("vpc_id")),
            Map.entry("aws_eip", Set.of("domain")),
            Map.entry("aws_nat_gateway", Set.of("allocation_id", "subnet_id", "connectivity_type", "private_ip")),
            Map.entry("aws_instance", Set.of("ami", "instance_type", "subnet_id", "private_ip", "secondary_private_ips",
                    "vpc_security_group_ids", "source_dest_check", "associate_public_ip_address")),
            Map.entry("aws_network_interface", Set.of("subnet_id", "private_ips", "security_groups", "source_dest_check", "description")),
            Map.entry("aws_network_interface_attachment", Set.of("instance_id", "network_interface_id", "device_index")),
            Map.entry("aws_lb", Set.of("name", "load_balancer_type", "internal", "ip_address_type", "enable_cross_zone_load_balancing",
                    "subnet_mapping", "security_groups", "enforce_security_group_inbound_rules_on_private_link_traffic")),
            Map.entry("aws_lb_listener", Set.of("load_balancer_arn", "port", "protocol", "certificate_arn", "default_action")),
            Map.entry("aws_lb_target_group", Set.of("name", "port", "protocol", "target_type", "vpc_id", "preserve_client_ip",
                    "load_balancing_cross_zone_enabled")),
            Map.entry("aws_lb_target_group_attachment", Set.of("target_group_arn", "target_id", "port")),
            Map.entry("aws_vpc_endpoint_service", Set.of("acceptance_required", "network_load_balancer_arns",
                    "supported_ip_address_types", "supported_regions", "private_dns_name")),
            Map.entry("aws_vpc_endpoint_service_allowed_principal", Set.of("vpc_endpoint_service_id", "principal_arn")),
            Map.entry("aws_vpc_endpoint", Set.of("vpc_id", "vpc_endpoint_type", "service_name", "service_region", "subnet_ids",
                    "subnet_configuration", "security_group_ids", "private_dns_enabled", "ip_address_type", "policy", "route_table_ids")),
            Map.entry("aws_vpc_endpoint_connection_accepter", Set.of("vpc_endpoint_service_id", "vpc_endpoint_id")),
            Map.entry("aws_vpc_peering_connection", Set.of("vpc_id", "peer_vpc_id", "peer_owner_id", "peer_region", "auto_accept")),
            Map.entry("aws_vpc_peering_connection_accepter", Set.of("vpc_peering_connection_id", "auto_accept")),
            Map.entry("aws_ec2_transit_gateway", Set.of("description", "amazon_side_asn", "default_route_table_association",
                    "default_route_table_propagation", "security_group_referencing_support")),
            Map.entry("aws_ec2_transit_gateway_route_table", Set.of("transit_gateway_id")),
            Map.entry("aws_ec2_transit_gateway_route", Set.of("destination_cidr_block", "transit_gateway_attachment_id", "blackhole",
                    "transit_gateway_route_table_id")),
            Map.entry("aws_ec2_transit_gateway_prefix_list_reference", Set.of("prefix_list_id", "transit_gateway_attachment_id",
                    "blackhole", "transit_gateway_route_table_id")),
            Map.entry("aws_ec2_transit_gateway_vpc_attachment", Set.of("subnet_ids", "transit_gateway_id", "vpc_id",
                    "appliance_mode_support", "security_group_referencing_support",
                    "transit_gateway_default_route_table_association", "transit_gateway_default_route_table_propagation")),
            Map.entry("aws_ec2_transit_gateway_vpc_attachment_accepter", Set.of("transit_gateway_attachment_id",
                    "transit_gateway_default_route_table_association", "transit_gateway_default_route_table_propagation")),
            Map.entry("aws_ec2_transit_gateway_peering_attachment", Set.of("peer_account_id", "peer_region", "peer_transit_gateway_id",
                    "transit_gateway_id")),
            Map.entry("aws_ec2_transit_gateway_peering_attachment_accepter", Set.of("transit_gateway_attachment_id")),
            Map.entry("aws_ec2_transit_gateway_route_table_association", Set.of("transit_gateway_attachment_id",
                    "transit_gateway_route_table_id")),
            Map.entry("aws_ec2_transit_gateway_route_table_propagation", Set.of("transit_gateway_attachment_id",
                    "transit_gateway_route_table_id")),
            Map.entry("aws_ram_resource_share", Set.of("name", "allow_external_principals")),
            Map.entry("aws_ram_resource_association", Set.of("resource_arn", "resource_share_arn")),
            Map.entry("aws_ram_principal_association", Set.of("principal", "resource_share_arn")),
            Map.entry("aws_vpn_gateway", Set.of("amazon_side_asn", "vpc_id")),
            Map.entry("aws_vpn_gateway_attachment", Set.of("vpc_id", "vpn_gateway_id")),
            Map.entry("aws_customer_gateway", Set.of("bgp_asn", "ip_address", "type")),
            Map.entry("aws_vpn_connection", Set.of("customer_gateway_id", "vpn_gateway_id", "transit_gateway_id", "type",
                    "static_routes_only")),
            Map.entry("aws_vpn_connection_route", Set.of("destination_cidr_block", "vpn_connection_id")),
            Map.entry("aws_dx_gateway", Set.of("name", "amazon_side_asn")),
            Map.entry("aws_dx_gateway_association", Set.of("dx_gateway_id", "associated_gateway_id", "allowed_prefixes", "proposal_id",
                    "associated_gateway_owner_account_id")),
            Map.entry("aws_dx_gateway_association_proposal", Set.of("dx_gateway_id", "dx_gateway_owner_account_id",
                    "associated_gateway_id", "allowed_prefixes")),
            Map.entry("aws_dx_private_virtual_interface", Set.of("connection_id", "name", "vlan", "address_family", "bgp_asn",
                    "dx_gateway_id", "vpn_gateway_id")),
            Map.entry("aws_dx_transit_virtual_interface", Set.of("connection_id", "name", "vlan", "address_family", "bgp_asn",
                    "dx_gateway_id")),
            Map.entry("aws_dx_public_virtual_interface", Set.of("connection_id", "name", "vlan", "address_family", "bgp_asn",
                    "customer_address", "amazon_address", "route_filter_prefixes")));

    static final Map<String, Set<String>> DATA_SOURCES = Map.of(
            "aws_ec2_managed_prefix_list", Set.of("name"),
            "aws_ssm_parameter", Set.of("name"),
            "aws_ec2_transit_gateway_dx_gateway_attachment", Set.of("transit_gateway_id", "dx_gateway_id"));

    /** Attributes read from other resources; {@code id} and {@code arn} exist everywhere they are used. */
    static final Set<String> ATTRIBUTES = Set.of("id", "arn", "service_name", "primary_network_interface_id",
            "default_network_acl_id", "association_default_route_table_id", "transit_gateway_attachment_id", "insecure_value");

    /** Nested blocks and their argument names. */
    static final Map<String, Set<String>> BLOCKS = Map.of(
            "subnet_mapping", Set.of("subnet_id", "private_ipv4_address"),
            "default_action", Set.of("type", "target_group_arn"),
            "subnet_configuration", Set.of("subnet_id", "ipv4"),
            "entry", Set.of("cidr"),
            "ingress", Set.of("rule_no", "action", "protocol", "cidr_block", "ipv6_cidr_block", "from_port", "to_port", "icmp_type", "icmp_code"),
            "egress", Set.of("rule_no", "action", "protocol", "cidr_block", "ipv6_cidr_block", "from_port", "to_port", "icmp_type", "icmp_code"));
}
