package dev.linkwright.edit;

import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every editable property of every kind of element, read from the model's records: its label for
 * people ("CIDR block"), a category for grouping, its value type (which picks the editor: text,
 * yes/no, a choice, a reference picker, a table of rules), and how to turn typed text into a
 * changed element. The record's own constructor has the last word on what is allowed, so the
 * inspector can never make an element the model would refuse.
 *
 * <pre>{@code
 * for (ElementProperties.Property p : ElementProperties.of(subnet.getClass())) {
 *     String shown = ElementProperties.text(subnet, p);
 *     Element changed = ElementProperties.withText(subnet, p, "10.0.2.0/24"); // or throws with the reason
 * }
 * }</pre>
 */
public final class ElementProperties {

    /** How properties are grouped in the inspector. */
    public enum Category {
        GENERAL("General"), ADDRESSING("Addressing"), CONNECTIONS("Connections"), TABLES("Rules and lists");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One property of an element type.
     *
     * @param owner the record type holding it
     * @param field the record component's name
     * @param label what people call it ("CIDR block")
     * @param category where the inspector shows it
     * @param type its value type
     * @param reference true when it names other elements (a picker of legal targets)
     */
    public record Property(Class<?> owner, String field, String label, Category category, ValueText.ValueType type,
                           boolean reference) {

        /** True for a list of records shown as a table. */
        public boolean isTable() {
            return type.isTable();
        }

        /** True for a yes/no value ({@code boolean}). */
        public boolean isFlag() {
            return type.raw() == boolean.class;
        }

        /** True for a yes/no/unset value ({@code Boolean}). */
        public boolean isOptionalFlag() {
            return type.raw() == Boolean.class;
        }

        /** The values of an enum property (or of its list items), as typed. */
        public List<String> choices() {
            Class<?> c = type.isList() ? type.item() : type.raw();
            return c != null && c.isEnum() ? ValueText.choices(c) : List.of();
        }
    }

    private static final Map<Class<?>, List<Property>> CACHE = new ConcurrentHashMap<>();

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("name", "Name"), Map.entry("cidr", "CIDR block"), Map.entry("cidrBlocks", "CIDR blocks"),
            Map.entry("ipv6CidrBlocks", "IPv6 CIDR blocks"), Map.entry("ipv6Cidr", "IPv6 CIDR block"),
            Map.entry("dnsSupport", "DNS resolution"), Map.entry("dnsHostnames", "DNS hostnames"),
            Map.entry("zoneName", "Availability Zone"), Map.entry("zoneId", "AZ id"), Map.entry("code", "Region code"),
            Map.entry("Account.zoneIds", "AZ ids (name=id)"), Map.entry("EndpointService.zoneIds", "Service AZ ids"),
            Map.entry("routeTable", "Route table"), Map.entry("networkAcl", "Network ACL"), Map.entry("privateIp", "Private IP"),
            Map.entry("secondaryIps", "Secondary IPs"), Map.entry("publicIp", "Public IP"),
            Map.entry("securityGroups", "Security groups"), Map.entry("sourceDestCheck", "Source/destination check"),
            Map.entry("state", "State"), Map.entry("eniId", "Network interface id"),
            Map.entry("attachedInstance", "Attached to instance"), Map.entry("description", "Description"),
            Map.entry("type", "Type"), Map.entry("scheme", "Scheme"), Map.entry("ipAddressType", "IP address type"),
            Map.entry("nodes", "Nodes (one subnet per AZ)"), Map.entry("createdWithSecurityGroups", "Created with security groups"),
            Map.entry("enforceSecurityGroupsOnPrivateLink", "Security groups apply to PrivateLink traffic"),
            Map.entry("crossZone", "Cross-zone load balancing"), Map.entry("listeners", "Listeners"),
            Map.entry("targetType", "Target type"), Map.entry("protocol", "Protocol"), Map.entry("port", "Port"),
            Map.entry("preserveClientIp", "Preserve client IP"), Map.entry("targets", "Targets"),
            Map.entry("serviceName", "Service name"), Map.entry("loadBalancers", "Load balancers"),
            Map.entry("acceptanceRequired", "Acceptance required"), Map.entry("allowedPrincipals", "Allowed principals"),
            Map.entry("supportedIpAddressTypes", "Supported IP address types"), Map.entry("supportedRegions", "Supported Regions"),
            Map.entry("privateDnsName", "Private DNS name"), Map.entry("privateDnsVerified", "Private DNS name verified"),
            Map.entry("service", "Endpoint service"), Map.entry("serviceRegion", "Service Region"),
            Map.entry("interfaces", "Network interfaces (one subnet per AZ)"), Map.entry("privateDns", "Private DNS"),
            Map.entry("requesterPrincipal", "Requester principal"), Map.entry("policy", "Endpoint policy"),
            Map.entry("prefixList", "Prefix list"), Map.entry("routeTables", "Route tables"),
            Map.entry("connectivity", "Connectivity"), Map.entry("elasticIp", "Elastic IP"),
            Map.entry("requesterVpc", "Requester VPC"), Map.entry("accepterVpc", "Accepter VPC"), Map.entry("asn", "ASN"),
            Map.entry("defaultAssociation", "Default association"), Map.entry("defaultPropagation", "Default propagation"),
            Map.entry("associationDefaultRouteTable", "Default association route table"),
            Map.entry("propagationDefaultRouteTable", "Default propagation route table"),
            Map.entry("securityGroupReferencing", "Security group referencing"), Map.entry("resource", "Attached resource"),
            Map.entry("subnets", "Subnets (one per AZ)"), Map.entry("association", "Associated route table"),
            Map.entry("propagations", "Propagates to route tables"), Map.entry("applianceMode", "Appliance mode"),
            Map.entry("routes", "Routes"), Map.entry("ip", "IP address"), Map.entry("bgpAsn", "BGP ASN"),
            Map.entry("network", "On-premises network"), Map.entry("gateway", "Gateway"),
            Map.entry("customerGateway", "Customer gateway"), Map.entry("routing", "Routing"),
            Map.entry("staticRoutes", "Static routes"), Map.entry("tunnels", "Tunnels (UP or DOWN)"),
            Map.entry("customerAdvertised", "Prefixes advertised by the customer"), Map.entry("location", "Location"),
            Map.entry("bandwidth", "Bandwidth"), Map.entry("vlan", "VLAN"), Map.entry("associations", "Associations"),
            Map.entry("cidrs", "CIDR blocks"), Map.entry("awsManaged", "AWS-managed"), Map.entry("main", "Main route table"),
            Map.entry("propagatingGateways", "Routes propagated from"), Map.entry("defaultAcl", "Default network ACL"),
            Map.entry("ingress", "Inbound rules"), Map.entry("egress", "Outbound rules"));

    private ElementProperties() {
    }

    /** The editable properties of an element type, in the record's order (id and parent left out). */
    public static List<Property> of(Class<?> elementType) {
        return CACHE.computeIfAbsent(elementType, t -> {
            List<Property> out = new ArrayList<>();
            for (RecordComponent c : ElementRecords.components(t)) {
                String field = c.getName();
                if (field.equals("id") || field.equals("parent")) {
                    continue;
                }
                out.add(property(t, c));
            }
            return Collections.unmodifiableList(out);
        });
    }

    /** The property of {@code elementType} named {@code field}. */
    public static Property get(Class<?> elementType, String field) {
        for (Property p : of(elementType)) {
            if (p.field().equals(field)) {
                return p;
            }
        }
        throw new IllegalArgumentException(elementType.getSimpleName() + " has no property '" + field + "'");
    }

    /** The properties of a nested record type (a rule, a route, a listener), as table columns. */
    public static List<Property> columnsOf(Class<?> rowType) {
        return CACHE.computeIfAbsent(rowType, t -> {
            List<Property> out = new ArrayList<>();
            for (RecordComponent c : ElementRecords.components(t)) {
                out.add(property(t, c));
            }
            return Collections.unmodifiableList(out);
        });
    }

    private static Property property(Class<?> owner, RecordComponent c) {
        String field = c.getName();
        ValueText.ValueType type = ValueText.typeOf(c.getGenericType(), c.getType());
        boolean reference = ReferenceTargets.isReference(owner, field);
        Category category;
        if (type.isTable()) {
            category = Category.TABLES;
        } else if (reference || (type.raw() == ElementId.class && !field.equals("eniId"))) {
            category = Category.CONNECTIONS;
        } else if (isAddressing(type)) {
            category = Category.ADDRESSING;
        } else {
            category = Category.GENERAL;
        }
        return new Property(owner, field, labelOf(owner, field), category, type, reference);
    }

    private static boolean isAddressing(ValueText.ValueType type) {
        Class<?> c = type.isList() ? type.item() : type.raw();
        return c != null && ValueText.isValueRecord(c) && c != ElementId.class;
    }

    /** What people call field {@code field} of {@code owner}. */
    public static String labelOf(Class<?> owner, String field) {
        String specific = LABELS.get(owner.getSimpleName() + "." + field);
        if (specific != null) {
            return specific;
        }
        String general = LABELS.get(field);
        if (general != null) {
            return general;
        }
        String words = field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The current value of {@code p} in {@code e}. */
    public static Object value(Element e, Property p) {
        return ElementRecords.get((Record) e, p.field());
    }

    /** The current value of {@code p} in {@code e} as the editor shows it. */
    public static String text(Element e, Property p) {
        return ValueText.format(value(e, p));
    }

    /**
     * {@code e} with {@code p} set from typed {@code text}; throws {@link IllegalArgumentException}
     * with the reason when the text does not parse or the element would not be valid.
     */
    public static Element withText(Element e, Property p, String text) {
        return withValue(e, p, ValueText.parse(text, p.type()));
    }

    /** {@code e} with {@code p} set to {@code value} (checked by the element's constructor). */
    public static Element withValue(Element e, Property p, Object value) {
        return ElementRecords.withField(e, p.field(), value);
    }
}
