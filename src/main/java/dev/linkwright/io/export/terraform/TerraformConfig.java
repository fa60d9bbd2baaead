package dev.linkwright.io.export.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.io.export.ResourceNames;
import dev.linkwright.model.Element;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A Terraform configuration in JSON syntax under construction: the AWS provider configurations
 * (one alias per account and Region), variables, data sources and resources, with names derived
 * from element ids and the Linkwright tags on every resource type that takes tags.
 */
final class TerraformConfig {

    /** The AWS provider versions the written arguments are checked against. */
    static final String PROVIDER_VERSION = ">= 6.0";

    /** Resource types whose {@code tags} argument exists; the others take no tags. */
    static final Set<String> TAGGABLE = Set.of("aws_vpc", "aws_subnet", "aws_route_table", "aws_security_group",
            "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule", "aws_network_acl",
            "aws_default_network_acl", "aws_internet_gateway", "aws_eip", "aws_nat_gateway", "aws_instance",
            "aws_network_interface", "aws_lb", "aws_lb_listener", "aws_lb_target_group", "aws_vpc_endpoint_service",
            "aws_vpc_endpoint", "aws_vpc_peering_connection", "aws_vpc_peering_connection_accepter",
            "aws_ec2_transit_gateway", "aws_ec2_transit_gateway_vpc_attachment",
            "aws_ec2_transit_gateway_vpc_attachment_accepter", "aws_ec2_transit_gateway_route_table",
            "aws_ec2_transit_gateway_peering_attachment", "aws_ec2_transit_gateway_peering_attachment_accepter",
            "aws_vpn_gateway", "aws_customer_gateway", "aws_vpn_connection", "aws_dx_private_virtual_interface",
            "aws_dx_transit_virtual_interface", "aws_dx_public_virtual_interface", "aws_ec2_managed_prefix_list",
            "aws_ram_resource_share");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectNode root = NODES.objectNode();
    private final ObjectNode variables = NODES.objectNode();
    private final ObjectNode data = NODES.objectNode();
    private final ObjectNode resources = NODES.objectNode();
    private final Map<String, ObjectNode> providers = new LinkedHashMap<>();
    private final ResourceNames names = ResourceNames.terraform();

    /** A resource or data source block written into the configuration. */
    record Block(String type, String name, ObjectNode body, boolean isData) {

        /** The address, e.g. {@code aws_vpc.vpc_a} or {@code data.aws_ec2_managed_prefix_list.s3}. */
        String address() {
            return (isData ? "data." : "") + type + "." + name;
        }

        /** An expression for one attribute, e.g. {@code ${aws_vpc.vpc_a.id}}. */
        String ref(String attribute) {
            return "${" + address() + "." + attribute + "}";
        }
    }

    TerraformConfig() {
        ObjectNode aws = root.putObject("terraform").putObject("required_providers").putObject("aws");
        aws.put("source", "hashicorp/aws");
        aws.put("version", PROVIDER_VERSION);
    }

    /** The JSON document: terraform, provider, variable, data, resource (empty sections left out). */
    ObjectNode document() {
        ObjectNode doc = root.deepCopy();
        if (!providers.isEmpty()) {
            ArrayNode list = doc.putObject("provider").putArray("aws");
            providers.values().forEach(list::add);
        }
        putIfNotEmpty(doc, "variable", variables);
        putIfNotEmpty(doc, "data", data);
        ObjectNode ordered = resources.deepCopy();
        ordered.forEach(byName -> byName.forEach(TerraformConfig::tagsAndDependenciesLast));
        putIfNotEmpty(doc, "resource", ordered);
        return doc;
    }

    /** Arguments first, then tags and depends_on, as people write them. */
    private static void tagsAndDependenciesLast(JsonNode body) {
        ObjectNode o = (ObjectNode) body;
        for (String key : new String[] {"tags", "depends_on"}) {
            JsonNode value = o.remove(key);
            if (value != null) {
                o.set(key, value);
            }
        }
    }

    private static void putIfNotEmpty(ObjectNode doc, String key, ObjectNode section) {
        if (!section.isEmpty()) {
            doc.set(key, section);
        }
    }

    /**
     * The provider alias for one account and Region, declared on first use with
     * {@code allowed_account_ids} and an optional CLI profile variable.
     */
    String provider(String accountId, String accountName, String region) {
        String alias = "acct" + accountId + "_" + ResourceNames.snakeCase(region);
        if (!providers.containsKey(alias)) {
            ObjectNode p = NODES.objectNode();
            p.put("alias", alias);
            p.put("region", region);
            p.putArray("allowed_account_ids").add(accountId);
            String profile = "profile_" + ResourceNames.snakeCase(accountId).replaceFirst("^r_", "");
            if (!variables.has(profile)) {
                ObjectNode v = variables.putObject(profile);
                v.put("type", "string");
                v.putNull("default");
                v.put("description", "AWS CLI profile with credentials for account " + accountId
                        + (accountName.isEmpty() ? "" : " (" + accountName + ")") + "; null uses the default credential chain");
            }
            p.put("profile", "${var." + profile + "}");
            providers.put(alias, p);
        }
        return "aws." + alias;
    }

    /** The unique Terraform name for {@code key} among resources of {@code type}. */
    String name(String type, String key) {
        return names.name(type, key);
    }

    /**
     * Adds a resource named after {@code key}, managed through {@code provider}, tagged for
     * {@code owner} (Name: {@code nameTag}, linkwright:id: the owner's id) when the type takes tags.
     */
    Block resource(String type, String key, String provider, Element owner, String nameTag) {
        String name = name(type, key);
        ObjectNode body = NODES.objectNode();
        ObjectNode byName = resources.has(type) ? (ObjectNode) resources.get(type) : resources.putObject(type);
        byName.set(name, body);
        body.put("provider", provider);
        if (TAGGABLE.contains(type)) {
            ObjectNode tags = body.putObject("tags");
            tags.put("Name", nameTag);
            tags.put("linkwright:id", owner.id().value());
        }
        return new Block(type, name, body, false);
    }

    /** True when a resource {@code type.name} exists. */
    boolean hasResource(String type, String name) {
        return resources.has(type) && resources.get(type).has(name);
    }

    /** Adds (or returns the existing) data source named after {@code key}. */
    Block data(String type, String key, String provider) {
        String name = name("data." + type, key);
        ObjectNode byName = data.has(type) ? (ObjectNode) data.get(type) : data.putObject(type);
        ObjectNode body = (ObjectNode) byName.get(name);
        if (body == null) {
            body = byName.putObject(name);
            body.put("provider", provider);
        }
        return new Block(type, name, body, true);
    }

    /**
     * Declares (once) a variable and returns the expression for it. {@code defaultValue} may be null
     * for a variable without a default, or a JSON null node for an optional one.
     */
    String variable(String name, String type, String description, JsonNode defaultValue) {
        if (!variables.has(name)) {
            ObjectNode v = variables.putObject(name);
            v.put("type", type);
            v.put("description", description);
            if (defaultValue != null) {
                v.set("default", defaultValue);
            }
        }
        return "${var." + name + "}";
    }

    /** True when the variable has no default: someone must supply it. */
    boolean isRequiredVariable(String name) {
        return variables.has(name) && !variables.get(name).has("default");
    }

    static JsonNodeFactory nodes() {
        return NODES;
    }
}
