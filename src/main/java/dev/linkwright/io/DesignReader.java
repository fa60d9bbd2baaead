package dev.linkwright.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkwright.model.Account;
import dev.linkwright.model.AttachmentType;
import dev.linkwright.model.AvailabilityZone;
import dev.linkwright.model.AwsService;
import dev.linkwright.model.Bounds;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.CustomerGateway;
import dev.linkwright.model.Design;
import dev.linkwright.model.DiagramLayout;
import dev.linkwright.model.DirectConnectConnection;
import dev.linkwright.model.DirectConnectGateway;
import dev.linkwright.model.DirectConnectGatewayAssociation;
import dev.linkwright.model.Element;
import dev.linkwright.model.Flow;
import dev.linkwright.model.FlowIntent;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.EndpointInterface;
import dev.linkwright.model.EndpointService;
import dev.linkwright.model.EndpointState;
import dev.linkwright.model.GatewayEndpoint;
import dev.linkwright.model.Instance;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.Internet;
import dev.linkwright.model.InternetGateway;
import dev.linkwright.model.InternetHost;
import dev.linkwright.model.IpAddressType;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.Ipv6Cidr;
import dev.linkwright.model.Listener;
import dev.linkwright.model.ListenerProtocol;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerNode;
import dev.linkwright.model.LoadBalancerScheme;
import dev.linkwright.model.LoadBalancerType;
import dev.linkwright.model.NatConnectivity;
import dev.linkwright.model.NatGateway;
import dev.linkwright.model.NetworkAcl;
import dev.linkwright.model.NetworkAclRule;
import dev.linkwright.model.NetworkInterface;
import dev.linkwright.model.OnPremisesHost;
import dev.linkwright.model.OnPremisesNetwork;
import dev.linkwright.model.OnPremisesRoute;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.PeeringState;
import dev.linkwright.model.PortRange;
import dev.linkwright.model.PrefixList;
import dev.linkwright.model.Protocol;
import dev.linkwright.model.Region;
import dev.linkwright.model.Route;
import dev.linkwright.model.RouteOrigin;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.RuleAction;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.SecurityGroupRule;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.Target;
import dev.linkwright.model.TargetGroup;
import dev.linkwright.model.TargetHealth;
import dev.linkwright.model.TargetType;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.TgwRoute;
import dev.linkwright.model.TgwRouteTable;
import dev.linkwright.model.Topology;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.model.TunnelState;
import dev.linkwright.model.VirtualInterface;
import dev.linkwright.model.VirtualInterfaceType;
import dev.linkwright.model.Vpc;
import dev.linkwright.model.VpnConnection;
import dev.linkwright.model.VpnGateway;
import dev.linkwright.model.VpnRouting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a design file (see {@code docs/file-format.md}). The input is never trusted: it is parsed
 * with size and depth limits, checked against the JSON Schema, then every value and reference is
 * checked. All problems are reported together, each with file, JSON path, line:column and what was
 * expected.
 *
 * <pre>{@code
 * Design d = new DesignReader().read(Path.of("samples/privatelink-basic.json"));
 * }</pre>
 */
public final class DesignReader {

    /** The format version this build writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;
    /** The value of the top-level {@code format} field. */
    public static final String FORMAT_NAME = "linkwright-design";
    /** The largest number of elements a design may hold. */
    public static final int MAX_ELEMENTS = 500_000;

    private final FormatMigrations migrations;
    private final int formatVersion;
    private final int maxElements;

    /** A reader of the current format, upgrading older files with this build's steps. */
    public DesignReader() {
        this(FormatMigrations.standard(), FORMAT_VERSION, MAX_ELEMENTS);
    }

    /**
     * A reader that upgrades with {@code migrations} up to {@code formatVersion} and accepts at most
     * {@code maxElements}: for tests of the upgrade mechanism and of the limits, which would
     * otherwise need a real second format version or half a million elements.
     */
    DesignReader(FormatMigrations migrations, int formatVersion, int maxElements) {
        this.migrations = migrations;
        this.formatVersion = formatVersion;
        this.maxElements = maxElements;
    }

    /** The kinds of element a VPC route may send to; importers keep to them too. */
    public static final Set<ElementKind> ROUTE_TARGETS = java.util.Collections.unmodifiableSet(EnumSet.of(ElementKind.INTERNET_GATEWAY,
            ElementKind.NAT_GATEWAY, ElementKind.PEERING_CONNECTION, ElementKind.TRANSIT_GATEWAY,
            ElementKind.VPN_GATEWAY, ElementKind.GATEWAY_ENDPOINT, ElementKind.NETWORK_INTERFACE,
            ElementKind.INSTANCE));

    /** Reads the design in {@code file}. */
    public Design read(Path file) throws DesignFormatException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new DesignFormatException(new FormatProblem(name, "", 0, 0, "is a folder; expected a design file (.json)"));
            }
            long size = Files.size(file);
            if (size > LocatedJson.MAX_BYTES) {
                throw new DesignFormatException(new FormatProblem(name, "", 0, 0, "the file is " + (size / (1024 * 1024))
                        + " MB; the largest accepted is " + (LocatedJson.MAX_BYTES / (1024 * 1024)) + " MB"));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DesignFormatException(new FormatProblem(name, "", 0, 0, "no such file"));
        } catch (IOException e) {
            throw new DesignFormatException(new FormatProblem(name, "", 0, 0, "could not be read: " + e.getMessage()));
        }
        return read(bytes, name);
    }

    /** Reads a design from {@code bytes}; {@code fileName} names it in error messages. */
    public Design read(byte[] bytes, String fileName) throws DesignFormatException {
        LocatedJson json = LocatedJson.parse(bytes, fileName);
        return read(json);
    }

    /** Reads a design from an already parsed document. */
    public Design read(LocatedJson json) throws DesignFormatException {
        JsonNode root = json.root();
        if (!root.isObject()) {
            throw new DesignFormatException(json.problemAt("", "expected a JSON object with 'formatVersion' and 'accounts', found "
                    + JsonFields.describe(root)));
        }
        int version = checkVersion(json, root);
        if (version < formatVersion) {
            migrations.upgrade((com.fasterxml.jackson.databind.node.ObjectNode) root, version, formatVersion);
        }
        List<FormatProblem> schemaProblems = DesignSchema.check(json);
        if (!schemaProblems.isEmpty()) {
            throw new DesignFormatException(schemaProblems);
        }
        return new Session(json, maxElements).run();
    }

    private int checkVersion(LocatedJson json, JsonNode root) throws DesignFormatException {
        JsonNode format = root.get("format");
        if (format != null && !(format.isTextual() && FORMAT_NAME.equals(format.textValue()))) {
            throw new DesignFormatException(json.problemAt("/format", "expected \"" + FORMAT_NAME + "\", found "
                    + JsonFields.describe(format) + ": this is not a Linkwright design file"));
        }
        JsonNode version = root.get("formatVersion");
        if (version == null) {
            throw new DesignFormatException(json.problemAt("", "missing 'formatVersion': not a Linkwright design file"
                    + " (expected a JSON object with \"formatVersion\": " + formatVersion + ")"));
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
            throw new DesignFormatException(json.problemAt("/formatVersion", "expected a whole number from 1 for 'formatVersion', found "
                    + JsonFields.describe(version)));
        }
        if (version.intValue() > formatVersion) {
            throw new DesignFormatException(json.problemAt("/formatVersion", "the file has format version " + version.intValue()
                    + ", made by a newer Linkwright; this version reads up to version " + formatVersion));
        }
        if (!migrations.canUpgrade(version.intValue(), formatVersion)) {
            throw new DesignFormatException(json.problemAt("/formatVersion", "format version " + version.intValue()
                    + " is too old for this version of Linkwright to upgrade"));
        }
        return version.intValue();
    }

    /** One read: the entries found in the tree, then the elements made from them. */
    private static final class Session {
        private final LocatedJson json;
        private final JsonFields f;
        private final List<Entry> entries = new ArrayList<>();
        private final Map<ElementId, String> idPointers = new HashMap<>();
        private final Map<ElementId, ElementKind> kinds = new HashMap<>();
        private final List<PendingReference> pending = new ArrayList<>();

        private final int maxElements;

        Session(LocatedJson json, int maxElements) {
            this.json = json;
            this.maxElements = maxElements;
            this.f = new JsonFields(json);
        }

        Design run() throws DesignFormatException {
            JsonNode root = json.root();
            collect(root, "", null, null);
            if (entries.size() > maxElements) {
                throw new DesignFormatException(json.problemAt("", "the design has more than " + maxElements
                        + " elements, the most accepted"));
            }
            failIfProblems();
            Topology topology = new Topology();
            for (Entry e : entries) {
                Element element = parse(e);
                if (element == null) {
                    continue;
                }
                try {
                    topology.put(element);
                } catch (IllegalArgumentException ex) {
                    f.problem(e.pointer, ex.getMessage());
                }
            }
            checkReferences(topology);
            DiagramLayout layout = readLayout(root, topology);
            String title = f.text(root, "", "title", false);
            String description = f.text(root, "", "description", false);
            List<Flow> flows = readFlows(root);
            failIfProblems();
            Design design = new Design(topology, layout, title, description);
            flows.forEach(flow -> design.putFlow(flow, -1));
            return design;
        }

        private void failIfProblems() throws DesignFormatException {
            if (f.hasProblems()) {
                throw new DesignFormatException(f.problems());
            }
        }

        // ---- pass 1: find every element, its id and its parent ------------------------------------

        private record Entry(ElementKind kind, JsonNode node, String pointer, ElementId id, ElementId parent) {
        }

        private void collect(JsonNode node, String pointer, ElementKind kind, ElementId self) {
            for (ElementKind child : childKinds(kind)) {
                if (child == ElementKind.INTERNET) {
                    JsonNode inet = f.field(node, "internet");
                    if (inet != null && inet.isObject()) {
                        addEntry(child, inet, "/internet", null);
                    }
                    continue;
                }
                List<JsonNode> items = f.array(node, pointer, child.listKey());
                for (int i = 0; i < items.size(); i++) {
                    String p = JsonPaths.child(JsonPaths.child(pointer, child.listKey()), i);
                    if (!items.get(i).isObject()) {
                        f.problem(p, "expected an object describing a " + child.label() + ", found " + JsonFields.describe(items.get(i)));
                        continue;
                    }
                    addEntry(child, items.get(i), p, self);
                }
            }
        }

        private void addEntry(ElementKind kind, JsonNode node, String pointer, ElementId parent) {
            if (entries.size() > maxElements) {
                return; // counted no further: the limit is reported once
            }
            ElementId id = entryId(kind, node, pointer, parent);
            if (id == null) {
                return;
            }
            register(id, kind, JsonPaths.child(pointer, "id"));
            entries.add(new Entry(kind, node, pointer, id, parent));
            for (NestedId nested : nestedIds(kind, node, pointer)) {
                register(nested.id, nested.ownerKind, nested.pointer);
            }
            collect(node, pointer, kind, id);
        }

        private void register(ElementId id, ElementKind kind, String pointer) {
            String previous = idPointers.putIfAbsent(id, pointer);
            if (previous != null) {
                FormatProblem first = json.problemAt(previous, "");
                f.problem(pointer, "duplicate id '" + id + "': already used at " + first.path()
                        + (first.line() > 0 ? " (line " + first.line() + ")" : ""));
            } else {
                kinds.put(id, kind);
            }
        }

        private ElementId entryId(ElementKind kind, JsonNode node, String pointer, ElementId parent) {
            switch (kind) {
                case REGION: {
                    String code = f.text(node, pointer, "code", true);
                    if (!f.has(node, "id") && code != null && parent != null) {
                        return safeId(parent.value() + "/" + code, pointer);
                    }
                    break;
                }
                case AVAILABILITY_ZONE: {
                    String zone = f.text(node, pointer, "zone", true);
                    if (!f.has(node, "id") && zone != null && parent != null) {
                        return safeId(parent.value() + "/" + zone, pointer);
                    }
                    break;
                }
                case INTERNET:
                    if (!f.has(node, "id")) {
                        return ElementId.of("internet");
                    }
                    break;
                case ACCOUNT: {
                    ElementId id = f.id(node, pointer, "id", true);
                    if (id != null && !Account.isAccountNumber(id.value())) {
                        f.problem(JsonPaths.child(pointer, "id"), "an account id must be a 12-digit AWS account number, found '" + id + "'");
                        return null;
                    }
                    return id;
                }
                default:
                    break;
            }
            return f.id(node, pointer, "id", true);
        }

        private ElementId safeId(String value, String pointer) {
            String problem = ElementId.problemWith(value);
            if (problem != null) {
                f.problem(pointer, problem);
                return null;
            }
            return ElementId.of(value);
        }

        private record NestedId(ElementId id, ElementKind ownerKind, String pointer) {
        }

        private List<NestedId> nestedIds(ElementKind kind, JsonNode node, String pointer) {
            List<NestedId> ids = new ArrayList<>();
            if (kind == ElementKind.INSTANCE && f.has(node, "eniId")) {
                ElementId eni = f.id(node, pointer, "eniId", false);
                if (eni != null) {
                    ids.add(new NestedId(eni, kind, JsonPaths.child(pointer, "eniId")));
                }
            }
            if (kind == ElementKind.INTERFACE_ENDPOINT) {
                List<JsonNode> items = f.array(node, pointer, "interfaces");
                for (int i = 0; i < items.size(); i++) {
                    String p = JsonPaths.child(JsonPaths.child(pointer, "interfaces"), i);
                    if (items.get(i).isObject() && f.has(items.get(i), "eniId")) {
                        ElementId eni = f.id(items.get(i), p, "eniId", false);
                        if (eni != null) {
                            ids.add(new NestedId(eni, kind, JsonPaths.child(p, "eniId")));
                        }
                    }
                }
            }
            return ids;
        }

        static List<ElementKind> childKinds(ElementKind parent) {
            List<ElementKind> list = new ArrayList<>();
            for (ElementKind k : ElementKind.values()) {
                if (parent == null ? k.isTopLevel() : k.allowedParents().contains(parent)) {
                    list.add(k);
                }
            }
            return list;
        }

        // ---- references ----------------------------------------------------------------------------

        private record PendingReference(ElementId id, String pointer, Set<ElementKind> kinds, boolean required, String what) {
        }

        private ElementId ref(JsonNode obj, String pointer, String key, boolean required, String what, ElementKind... allowed) {
            ElementId id = f.id(obj, pointer, key, required);
            if (id != null) {
                expect(id, JsonPaths.child(pointer, key), what, true, allowed);
            }
            return id;
        }

        private List<ElementId> refs(JsonNode obj, String pointer, String key, String what, ElementKind... allowed) {
            List<ElementId> result = new ArrayList<>();
            List<JsonNode> items = f.array(obj, pointer, key);
            for (int i = 0; i < items.size(); i++) {
                String p = JsonPaths.child(JsonPaths.child(pointer, key), i);
                ElementId id = f.parseNode(items.get(i), p, ElementId::of);
                if (id != null) {
                    expect(id, p, what, true, allowed);
                    result.add(id);
                }
            }
            return result;
        }

        private void expect(ElementId id, String pointer, String what, boolean required, ElementKind... allowed) {
            Set<ElementKind> set = allowed.length == 0 ? EnumSet.allOf(ElementKind.class) : EnumSet.of(allowed[0], allowed);
            pending.add(new PendingReference(id, pointer, set, required, what));
        }

        private void expect(ElementId id, String pointer, String what, boolean required, Set<ElementKind> allowed) {
            pending.add(new PendingReference(id, pointer, allowed, required, what));
        }

        private void checkReferences(Topology topology) {
            for (PendingReference r : pending) {
                ElementKind kind = kinds.get(r.id);
                if (kind == null) {
                    if (r.required) {
                        f.problem(r.pointer, "'" + r.id + "' does not name any element of the design (expected " + r.what + ")");
                    }
                } else if (!r.kinds.contains(kind)) {
                    f.problem(r.pointer, "'" + r.id + "' is " + kind.phrase() + "; expected " + r.what);
                }
            }
        }

        // ---- pass 2: elements ----------------------------------------------------------------------

        private Element parse(Entry e) {
            int before = f.problems().size();
            Element element;
            try {
                element = build(e);
            } catch (IllegalArgumentException ex) {
                if (f.problems().size() == before) {
                    f.problem(e.pointer, ex.getMessage());
                }
                return null;
            }
            return f.problems().size() > before ? null : element;
        }

        private Element build(Entry e) {
            JsonNode n = e.node;
            String p = e.pointer;
            String name = f.text(n, p, "name", false);
            switch (e.kind) {
                case ACCOUNT:
                    return new Account(e.id, name, f.stringMap(n, p, "zoneIds"));
                case REGION:
                    return new Region(e.id, name, e.parent, f.text(n, p, "code", true));
                case VPC: {
                    List<Cidr> cidrs = f.list(n, p, "cidrs", Cidr::parse);
                    if (cidrs.isEmpty() && !f.hasProblems()) {
                        f.problem(p, "a VPC needs at least one IPv4 CIDR block in 'cidrs' (like [\"10.0.0.0/16\"])");
                    }
                    return new Vpc(e.id, name, e.parent, cidrs, f.list(n, p, "ipv6Cidrs", Ipv6Cidr::parse),
                            f.bool(n, p, "dnsSupport", true), f.bool(n, p, "dnsHostnames", true));
                }
                case AVAILABILITY_ZONE:
                    return new AvailabilityZone(e.id, name, e.parent, f.text(n, p, "zone", true), f.text(n, p, "zoneId", false));
                case SUBNET: {
                    Cidr cidr = f.cidr(n, p, "cidr", !f.has(n, "ipv6Cidr"));
                    return new Subnet(e.id, name, e.parent, cidr, f.ipv6(n, p, "ipv6Cidr"),
                            ref(n, p, "routeTable", false, "a route table", ElementKind.ROUTE_TABLE),
                            ref(n, p, "networkAcl", false, "a network ACL", ElementKind.NETWORK_ACL));
                }
                case ROUTE_TABLE:
                    return new RouteTable(e.id, name, e.parent, f.bool(n, p, "main", false), routes(n, p),
                            refs(n, p, "propagatingGateways", "a virtual private gateway", ElementKind.VPN_GATEWAY));
                case NETWORK_ACL:
                    return new NetworkAcl(e.id, name, e.parent, f.bool(n, p, "default", false),
                            aclRules(n, p, "ingress"), aclRules(n, p, "egress"));
                case SECURITY_GROUP: {
                    List<SecurityGroupRule> egress = f.has(n, "egress") ? sgRules(n, p, "egress", "destination")
                            : List.of(SecurityGroupRule.allowAllTo(Cidr.ANY));
                    return new SecurityGroup(e.id, name, e.parent, sgRules(n, p, "ingress", "source"), egress);
                }
                case PREFIX_LIST:
                    return new PrefixList(e.id, name, e.parent, f.list(n, p, "cidrs", Cidr::parse), f.bool(n, p, "awsManaged", false));
                case INSTANCE:
                    return new Instance(e.id, name, e.parent, f.ip(n, p, "privateIp", true),
                            f.list(n, p, "secondaryIps", Ipv4Address::parse), f.ip(n, p, "publicIp", false),
                            refs(n, p, "securityGroups", "a security group", ElementKind.SECURITY_GROUP),
                            f.bool(n, p, "sourceDestCheck", true), f.text(n, p, "state", false), f.id(n, p, "eniId", false));
                case NETWORK_INTERFACE:
                    return new NetworkInterface(e.id, name, e.parent, f.ip(n, p, "privateIp", true),
                            f.list(n, p, "secondaryIps", Ipv4Address::parse), f.ip(n, p, "publicIp", false),
                            refs(n, p, "securityGroups", "a security group", ElementKind.SECURITY_GROUP),
                            f.bool(n, p, "sourceDestCheck", true),
                            ref(n, p, "attachedInstance", false, "an instance", ElementKind.INSTANCE), f.text(n, p, "description", false));
                case LOAD_BALANCER:
                    return loadBalancer(e, n, p, name);
                case TARGET_GROUP:
                    return targetGroup(e, n, p, name);
                case ENDPOINT_SERVICE:
                    return new EndpointService(e.id, name, e.parent, f.text(n, p, "serviceName", false),
                            refs(n, p, "loadBalancers", "a load balancer", ElementKind.LOAD_BALANCER),
                            f.optionalBool(n, p, "acceptanceRequired"), f.list(n, p, "allowedPrincipals", s -> s),
                            f.list(n, p, "supportedIpAddressTypes", IpAddressType::parse), f.list(n, p, "supportedRegions", s -> s),
                            f.text(n, p, "privateDnsName", false), f.bool(n, p, "privateDnsVerified", true),
                            f.optionalList(n, p, "zoneIds", s -> s), f.text(n, p, "state", false));
                case INTERFACE_ENDPOINT:
                    return interfaceEndpoint(e, n, p, name);
                case GATEWAY_ENDPOINT:
                    return new GatewayEndpoint(e.id, name, e.parent, f.text(n, p, "serviceName", true),
                            ref(n, p, "prefixList", false, "a prefix list", ElementKind.PREFIX_LIST),
                            refs(n, p, "routeTables", "a route table", ElementKind.ROUTE_TABLE),
                            f.enumValue(n, p, "state", EndpointState.class, "endpoint state"), f.text(n, p, "policy", false));
                case INTERNET_GATEWAY:
                    return new InternetGateway(e.id, name, e.parent, f.text(n, p, "state", false));
                case NAT_GATEWAY:
                    return new NatGateway(e.id, name, e.parent, f.enumValue(n, p, "connectivity", NatConnectivity.class, "NAT gateway connectivity"),
                            f.ip(n, p, "privateIp", false), f.ip(n, p, "elasticIp", false), f.text(n, p, "state", false));
                case VPN_GATEWAY:
                    return new VpnGateway(e.id, name, e.parent, f.integer(n, p, "asn", 1, 4294967295L, false), f.text(n, p, "state", false));
                case PEERING_CONNECTION:
                    return new PeeringConnection(e.id, name, e.parent,
                            ref(n, p, "requesterVpc", true, "a VPC", ElementKind.VPC),
                            ref(n, p, "accepterVpc", true, "a VPC", ElementKind.VPC),
                            f.enumValue(n, p, "state", PeeringState.class, "peering state"));
                case TRANSIT_GATEWAY:
                    return new TransitGateway(e.id, name, e.parent, f.integer(n, p, "asn", 1, 4294967295L, false),
                            f.bool(n, p, "defaultAssociation", true), f.bool(n, p, "defaultPropagation", true),
                            ref(n, p, "associationDefaultRouteTable", false, "a transit gateway route table", ElementKind.TGW_ROUTE_TABLE),
                            ref(n, p, "propagationDefaultRouteTable", false, "a transit gateway route table", ElementKind.TGW_ROUTE_TABLE),
                            f.bool(n, p, "securityGroupReferencing", false), f.text(n, p, "state", false));
                case TGW_ROUTE_TABLE:
                    return new TgwRouteTable(e.id, name, e.parent, tgwRoutes(n, p));
                case TGW_ATTACHMENT:
                    return tgwAttachment(e, n, p, name);
                case CUSTOMER_GATEWAY:
                    return new CustomerGateway(e.id, name, e.parent, f.ip(n, p, "ip", true),
                            f.integer(n, p, "bgpAsn", 1, 4294967295L, false),
                            ref(n, p, "network", false, "an on-premises network", ElementKind.ON_PREMISES_NETWORK), f.text(n, p, "state", false));
                case VPN_CONNECTION:
                    return new VpnConnection(e.id, name, e.parent,
                            ref(n, p, "gateway", true, "a virtual private gateway or transit gateway", ElementKind.VPN_GATEWAY, ElementKind.TRANSIT_GATEWAY),
                            ref(n, p, "customerGateway", true, "a customer gateway", ElementKind.CUSTOMER_GATEWAY),
                            f.enumValue(n, p, "routing", VpnRouting.class, "VPN routing"), f.list(n, p, "staticRoutes", Cidr::parse),
                            f.list(n, p, "tunnels", s -> TunnelState.parse(s)), f.optionalList(n, p, "customerAdvertised", Cidr::parse),
                            f.text(n, p, "state", false));
                case DX_CONNECTION:
                    return new DirectConnectConnection(e.id, name, e.parent, f.text(n, p, "location", false),
                            f.text(n, p, "bandwidth", false), f.text(n, p, "state", false));
                case VIRTUAL_INTERFACE:
                    return new VirtualInterface(e.id, name, e.parent,
                            f.enumValue(n, p, "type", VirtualInterfaceType.class, "virtual interface type"),
                            ref(n, p, "gateway", false, "a virtual private gateway or Direct Connect gateway", ElementKind.VPN_GATEWAY, ElementKind.DX_GATEWAY),
                            ref(n, p, "network", false, "an on-premises network", ElementKind.ON_PREMISES_NETWORK),
                            f.optionalList(n, p, "customerAdvertised", Cidr::parse),
                            intOrNull(f.integer(n, p, "vlan", 1, 4094, false)), f.integer(n, p, "asn", 1, 4294967295L, false),
                            f.text(n, p, "state", false));
                case DX_GATEWAY:
                    return new DirectConnectGateway(e.id, name, e.parent, f.integer(n, p, "asn", 1, 4294967295L, false), dxAssociations(n, p));
                case AWS_SERVICE:
                    return new AwsService(e.id, name, e.parent, f.text(n, p, "serviceName", true),
                            ref(n, p, "prefixList", false, "a prefix list", ElementKind.PREFIX_LIST));
                case ON_PREMISES_NETWORK:
                    return new OnPremisesNetwork(e.id, name, f.list(n, p, "cidrs", Cidr::parse), onPremRoutes(n, p));
                case ON_PREMISES_HOST:
                    return new OnPremisesHost(e.id, name, e.parent, f.ip(n, p, "ip", true));
                case INTERNET:
                    return new Internet(e.id, name);
                case INTERNET_HOST:
                    return new InternetHost(e.id, name, e.parent, f.ip(n, p, "ip", true));
                default:
                    throw new AssertionError(e.kind);
            }
        }

        private static Integer intOrNull(Long v) {
            return v == null ? null : v.intValue();
        }

        private List<Route> routes(JsonNode n, String p) {
            List<Route> routes = new ArrayList<>();
            List<JsonNode> items = f.array(n, p, "routes");
            for (int i = 0; i < items.size(); i++) {
                String rp = JsonPaths.child(JsonPaths.child(p, "routes"), i);
                JsonNode r = items.get(i);
                String dest = f.text(r, rp, "destination", true);
                String target = f.text(r, rp, "target", true);
                RouteOrigin origin = f.enumValue(r, rp, "origin", RouteOrigin.class, "route origin");
                if (dest == null || target == null) {
                    continue;
                }
                if (target.equals("local")) {
                    continue; // local routes follow from the VPC's blocks
                }
                ElementId targetId = f.parseNode(r.get("target"), JsonPaths.child(rp, "target"), ElementId::of);
                if (targetId == null) {
                    continue;
                }
                expect(targetId, JsonPaths.child(rp, "target"), "a route target (internet gateway, NAT gateway, peering connection, "
                        + "transit gateway, virtual private gateway, gateway endpoint, network interface or instance)", false, ROUTE_TARGETS);
                try {
                    routes.add(routeTo(dest, targetId, origin, JsonPaths.child(rp, "destination")));
                } catch (IllegalArgumentException ex) {
                    f.problem(JsonPaths.child(rp, "destination"), ex.getMessage());
                }
            }
            return routes;
        }

        private Route routeTo(String dest, ElementId target, RouteOrigin origin, String pointer) {
            if (Cidr.isValid(dest)) {
                return new Route(Cidr.parse(dest), null, null, target, origin);
            }
            if (dest.contains(":")) {
                return new Route(null, Ipv6Cidr.parse(dest), null, target, origin);
            }
            if (looksLikeAddress(dest)) {
                Cidr.parse(dest); // throws with the reason
            }
            ElementId pl = ElementId.of(dest);
            expect(pl, pointer, "a CIDR block or a prefix list", true, ElementKind.PREFIX_LIST);
            return new Route(null, null, pl, target, origin);
        }

        private static boolean looksLikeAddress(String s) {
            return !s.isEmpty() && Character.isDigit(s.charAt(0)) && (s.contains(".") || s.contains("/"));
        }

        private List<NetworkAclRule> aclRules(JsonNode n, String p, String key) {
            List<NetworkAclRule> rules = new ArrayList<>();
            List<JsonNode> items = f.array(n, p, key);
            Set<Long> numbers = new java.util.HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                String rp = JsonPaths.child(JsonPaths.child(p, key), i);
                JsonNode r = items.get(i);
                Long number = f.integer(r, rp, "rule", 1, NetworkAclRule.MAX_NUMBER, true);
                RuleAction action = f.parsed(r, rp, "action", true, RuleAction::parse);
                Protocol protocol = f.parsed(r, rp, "protocol", true, Protocol::parse);
                PortRange ports = f.ports(r, rp, "ports");
                String cidrText = f.text(r, rp, "cidr", true);
                if (number == null || action == null || protocol == null || cidrText == null) {
                    continue;
                }
                if (!numbers.add(number)) {
                    f.problem(JsonPaths.child(rp, "rule"), "rule number " + number + " is used twice in " + key);
                    continue;
                }
                Cidr cidr = null;
                Ipv6Cidr cidr6 = null;
                if (cidrText.contains(":")) {
                    cidr6 = f.parsed(r, rp, "cidr", true, Ipv6Cidr::parse);
                } else {
                    cidr = f.cidr(r, rp, "cidr", true);
                }
                if (cidr != null || cidr6 != null) {
                    rules.add(new NetworkAclRule(number.intValue(), action, protocol, ports, cidr, cidr6));
                }
            }
            return rules;
        }

        private List<SecurityGroupRule> sgRules(JsonNode n, String p, String key, String peerKey) {
            List<SecurityGroupRule> rules = new ArrayList<>();
            List<JsonNode> items = f.array(n, p, key);
            for (int i = 0; i < items.size(); i++) {
                String rp = JsonPaths.child(JsonPaths.child(p, key), i);
                JsonNode r = items.get(i);
                Protocol protocol = f.parsed(r, rp, "protocol", true, Protocol::parse);
                PortRange ports = f.ports(r, rp, "ports");
                String peer = f.text(r, rp, peerKey, true);
                String description = f.text(r, rp, "description", false);
                if (protocol == null || peer == null) {
                    continue;
                }
                if (protocol.hasPorts() && ports == null) {
                    f.problem(rp, "a " + protocol + " rule needs 'ports' (like 443, \"1024-65535\" or \"all\")");
                    continue;
                }
                String pp = JsonPaths.child(rp, peerKey);
                try {
                    if (Cidr.isValid(peer)) {
                        rules.add(new SecurityGroupRule(protocol, ports, Cidr.parse(peer), null, null, null, description));
                    } else if (peer.contains(":")) {
                        rules.add(new SecurityGroupRule(protocol, ports, null, Ipv6Cidr.parse(peer), null, null, description));
                    } else if (looksLikeAddress(peer)) {
                        Cidr.parse(peer);
                    } else {
                        ElementId id = ElementId.of(peer);
                        ElementKind kind = kinds.get(id);
                        boolean prefixList = kind == ElementKind.PREFIX_LIST || (kind == null && peer.startsWith("pl-"));
                        if (kind != null && kind != ElementKind.PREFIX_LIST && kind != ElementKind.SECURITY_GROUP) {
                            f.problem(pp, "'" + peer + "' is " + kind.phrase() + "; expected a CIDR block, a security group or a prefix list");
                            continue;
                        }
                        rules.add(new SecurityGroupRule(protocol, ports, null, null, prefixList ? null : id, prefixList ? id : null, description));
                    }
                } catch (IllegalArgumentException ex) {
                    f.problem(pp, ex.getMessage());
                }
            }
            return rules;
        }

        private LoadBalancer loadBalancer(Entry e, JsonNode n, String p, String name) {
            List<LoadBalancerNode> nodes = new ArrayList<>();
            List<JsonNode> items = f.array(n, p, "nodes");
            for (int i = 0; i < items.size(); i++) {
                String np = JsonPaths.child(JsonPaths.child(p, "nodes"), i);
                ElementId subnet = ref(items.get(i), np, "subnet", true, "a subnet", ElementKind.SUBNET);
                Ipv4Address ip = f.ip(items.get(i), np, "ip", false);
                if (subnet != null) {
                    nodes.add(new LoadBalancerNode(subnet, ip));
                }
            }
            List<Listener> listeners = new ArrayList<>();
            items = f.array(n, p, "listeners");
            for (int i = 0; i < items.size(); i++) {
                String lp = JsonPaths.child(JsonPaths.child(p, "listeners"), i);
                JsonNode l = items.get(i);
                ListenerProtocol protocol = f.enumValue(l, lp, "protocol", ListenerProtocol.class, "listener protocol");
                Long port = f.integer(l, lp, "port", 1, 65535, true);
                ElementId tg = ref(l, lp, "targetGroup", false, "a target group", ElementKind.TARGET_GROUP);
                if (port != null) {
                    listeners.add(new Listener(protocol == null ? ListenerProtocol.TCP : protocol, port.intValue(), tg));
                }
            }
            List<ElementId> sgs = refs(n, p, "securityGroups", "a security group", ElementKind.SECURITY_GROUP);
            Boolean created = f.optionalBool(n, p, "createdWithSecurityGroups");
            return new LoadBalancer(e.id, name, e.parent, f.enumValue(n, p, "type", LoadBalancerType.class, "load balancer type"),
                    f.enumValue(n, p, "scheme", LoadBalancerScheme.class, "load balancer scheme"),
                    f.enumValue(n, p, "ipAddressType", IpAddressType.class, "IP address type"), nodes, sgs,
                    created != null ? created : !sgs.isEmpty(),
                    f.bool(n, p, "enforceSecurityGroupsOnPrivateLink", true), f.bool(n, p, "crossZone", false), listeners,
                    f.text(n, p, "state", false));
        }

        private TargetGroup targetGroup(Entry e, JsonNode n, String p, String name) {
            List<Target> targets = new ArrayList<>();
            List<JsonNode> items = f.array(n, p, "targets");
            for (int i = 0; i < items.size(); i++) {
                String tp = JsonPaths.child(JsonPaths.child(p, "targets"), i);
                JsonNode t = items.get(i);
                ElementId instance = ref(t, tp, "instance", false, "an instance", ElementKind.INSTANCE);
                Ipv4Address ip = f.ip(t, tp, "ip", false);
                Long port = f.integer(t, tp, "port", 1, 65535, false);
                TargetHealth health = f.enumValue(t, tp, "health", TargetHealth.class, "target health");
                if (instance == null && ip == null) {
                    if (!f.has(t, "instance") && !f.has(t, "ip")) {
                        f.problem(tp, "a target needs 'instance' (an instance id) or 'ip'");
                    }
                    continue;
                }
                targets.add(new Target(instance, ip, port == null ? null : port.intValue(), health));
            }
            Long port = f.integer(n, p, "port", 1, 65535, true);
            return new TargetGroup(e.id, name, e.parent, f.enumValue(n, p, "targetType", TargetType.class, "target type"),
                    f.enumValue(n, p, "protocol", ListenerProtocol.class, "target group protocol"), port == null ? 1 : port.intValue(),
                    f.optionalBool(n, p, "crossZone"), f.optionalBool(n, p, "preserveClientIp"), targets);
        }

        private InterfaceEndpoint interfaceEndpoint(Entry e, JsonNode n, String p, String name) {
            List<EndpointInterface> interfaces = new ArrayList<>();
            List<JsonNode> items = f.array(n, p, "interfaces");
            for (int i = 0; i < items.size(); i++) {
                String ip = JsonPaths.child(JsonPaths.child(p, "interfaces"), i);
                JsonNode it = items.get(i);
                ElementId subnet = ref(it, ip, "subnet", true, "a subnet", ElementKind.SUBNET);
                if (subnet != null) {
                    interfaces.add(new EndpointInterface(subnet, f.id(it, ip, "eniId", false), f.ip(it, ip, "ip", false)));
                }
            }
            ElementId service = ref(n, p, "service", false, "an endpoint service", ElementKind.ENDPOINT_SERVICE);
            String serviceName = f.text(n, p, "serviceName", false);
            if (service == null && serviceName == null && !f.has(n, "service")) {
                f.problem(p, "an interface endpoint needs 'service' (an endpoint service id) or 'serviceName' (like com.amazonaws.us-east-1.sqs)");
                return null;
            }
            return new InterfaceEndpoint(e.id, name, e.parent, service, serviceName, f.text(n, p, "serviceRegion", false),
                    interfaces, refs(n, p, "securityGroups", "a security group", ElementKind.SECURITY_GROUP),
                    f.enumValue(n, p, "ipAddressType", IpAddressType.class, "IP address type"), f.bool(n, p, "privateDns", false),
                    f.enumValue(n, p, "state", EndpointState.class, "endpoint state"), f.text(n, p, "requesterPrincipal", false),
                    f.text(n, p, "policy", false));
        }

        private List<TgwRoute> tgwRoutes(JsonNode n, String p) {
            List<TgwRoute> routes = new ArrayList<>();
            List<JsonNode> items = f.array(n, p, "routes");
            for (int i = 0; i < items.size(); i++) {
                String rp = JsonPaths.child(JsonPaths.child(p, "routes"), i);
                JsonNode r = items.get(i);
                String dest = f.text(r, rp, "destination", true);
                boolean blackhole = f.bool(r, rp, "blackhole", false);
                ElementId attachment = f.id(r, rp, "attachment", false);
                RouteOrigin origin = f.enumValue(r, rp, "origin", RouteOrigin.class, "route origin");
                if (dest == null) {
                    continue;
                }
                if (attachment == null && !blackhole) {
                    f.problem(rp, "a transit gateway route needs 'attachment' (a transit gateway attachment) or \"blackhole\": true");
                    continue;
                }
                if (attachment != null) {
                    expect(attachment, JsonPaths.child(rp, "attachment"), "a transit gateway attachment", false,
                            EnumSet.of(ElementKind.TGW_ATTACHMENT));
                }
                try {
                    if (Cidr.isValid(dest) || looksLikeAddress(dest)) {
                        routes.add(new TgwRoute(Cidr.parse(dest), null, attachment, origin));
                    } else {
                        ElementId pl = ElementId.of(dest);
                        expect(pl, JsonPaths.child(rp, "destination"), "a CIDR block or a prefix list", true, ElementKind.PREFIX_LIST);
                        routes.add(new TgwRoute(null, pl, attachment, origin));
                    }
                } catch (IllegalArgumentException ex) {
                    f.problem(JsonPaths.child(rp, "destination"), ex.getMessage());
                }
            }
            return routes;
        }

        private TgwAttachment tgwAttachment(Entry e, JsonNode n, String p, String name) {
            AttachmentType type = f.enumValue(n, p, "type", AttachmentType.class, "attachment type");
            AttachmentType t = type == null ? AttachmentType.VPC : type;
            ElementId resource;
            switch (t) {
                case VPC:
                    resource = ref(n, p, "resource", true, "a VPC", ElementKind.VPC);
                    break;
                case VPN:
                    resource = ref(n, p, "resource", true, "a VPN connection", ElementKind.VPN_CONNECTION);
                    break;
                case DIRECT_CONNECT_GATEWAY:
                    resource = ref(n, p, "resource", true, "a Direct Connect gateway", ElementKind.DX_GATEWAY);
                    break;
                default:
                    resource = f.id(n, p, "resource", true);
                    if (resource != null) {
                        expect(resource, JsonPaths.child(p, "resource"), "a transit gateway or attachment", false,
                                EnumSet.of(ElementKind.TRANSIT_GATEWAY, ElementKind.TGW_ATTACHMENT));
                    }
            }
            List<ElementId> propagations = f.has(n, "propagations")
                    ? refs(n, p, "propagations", "a transit gateway route table", ElementKind.TGW_ROUTE_TABLE) : null;
            return new TgwAttachment(e.id, name, e.parent, t, resource,
                    refs(n, p, "subnets", "a subnet", ElementKind.SUBNET),
                    ref(n, p, "association", false, "a transit gateway route table", ElementKind.TGW_ROUTE_TABLE),
                    propagations, f.bool(n, p, "applianceMode", false), f.optionalBool(n, p, "securityGroupReferencing"),
                    f.text(n, p, "state", false));
        }

        private List<DirectConnectGatewayAssociation> dxAssociations(JsonNode n, String p) {
            List<DirectConnectGatewayAssociation> list = new ArrayList<>();
            List<JsonNode> items = f.array(n, p, "associations");
            for (int i = 0; i < items.size(); i++) {
                String ap = JsonPaths.child(JsonPaths.child(p, "associations"), i);
                JsonNode a = items.get(i);
                ElementId gateway = ref(a, ap, "gateway", true, "a virtual private gateway or transit gateway",
                        ElementKind.VPN_GATEWAY, ElementKind.TRANSIT_GATEWAY);
                if (gateway != null) {
                    list.add(new DirectConnectGatewayAssociation(gateway, f.optionalList(a, ap, "allowedPrefixes", Cidr::parse),
                            f.text(a, ap, "state", false)));
                }
            }
            return list;
        }

        private List<OnPremisesRoute> onPremRoutes(JsonNode n, String p) {
            List<OnPremisesRoute> list = new ArrayList<>();
            List<JsonNode> items = f.array(n, p, "routes");
            for (int i = 0; i < items.size(); i++) {
                String rp = JsonPaths.child(JsonPaths.child(p, "routes"), i);
                JsonNode r = items.get(i);
                String dest = f.text(r, rp, "destination", true);
                ElementId via = ref(r, rp, "via", true, "a VPN connection or virtual interface",
                        ElementKind.VPN_CONNECTION, ElementKind.VIRTUAL_INTERFACE);
                if (dest == null || via == null) {
                    continue;
                }
                try {
                    if (Cidr.isValid(dest) || looksLikeAddress(dest)) {
                        list.add(new OnPremisesRoute(Cidr.parse(dest), null, via));
                    } else {
                        ElementId pl = ElementId.of(dest);
                        expect(pl, JsonPaths.child(rp, "destination"), "a CIDR block or a prefix list", true, ElementKind.PREFIX_LIST);
                        list.add(new OnPremisesRoute(null, pl, via));
                    }
                } catch (IllegalArgumentException ex) {
                    f.problem(JsonPaths.child(rp, "destination"), ex.getMessage());
                }
            }
            return list;
        }

        // ---- flows ---------------------------------------------------------------------------------

        private List<Flow> readFlows(JsonNode root) {
            List<Flow> flows = new ArrayList<>();
            Set<ElementId> ids = new java.util.HashSet<>();
            List<JsonNode> items = f.array(root, "", "flows");
            for (int i = 0; i < items.size(); i++) {
                String p = JsonPaths.child("/flows", i);
                JsonNode n = items.get(i);
                ElementId id = f.id(n, p, "id", true);
                String from = f.text(n, p, "from", true);
                String to = f.text(n, p, "to", true);
                Protocol protocol = f.parsed(n, p, "protocol", false, Protocol::parse);
                Long port = f.integer(n, p, "port", 0, 65535, false);
                Long sourcePort = f.integer(n, p, "sourcePort", 0, 65535, false);
                FlowIntent intent = f.enumValue(n, p, "intent", FlowIntent.class, "flow intent");
                if (id == null || from == null || to == null) {
                    continue;
                }
                if (!ids.add(id)) {
                    f.problem(JsonPaths.child(p, "id"), "duplicate flow id '" + id + "'");
                    continue;
                }
                try {
                    flows.add(new Flow(id, f.text(n, p, "name", false), from, to, protocol,
                            port == null ? null : port.intValue(),
                            sourcePort == null ? Flow.DEFAULT_SOURCE_PORT : sourcePort.intValue(), intent));
                } catch (IllegalArgumentException ex) {
                    f.problem(p, ex.getMessage());
                }
            }
            return flows;
        }

        // ---- layout --------------------------------------------------------------------------------

        private DiagramLayout readLayout(JsonNode root, Topology topology) {
            DiagramLayout layout = new DiagramLayout();
            JsonNode l = f.field(root, "layout");
            if (l != null && l.isObject()) {
                l.fields().forEachRemaining(entry -> {
                    String lp = JsonPaths.child("/layout", entry.getKey());
                    ElementId id = f.parseNode(com.fasterxml.jackson.databind.node.TextNode.valueOf(entry.getKey()), lp, ElementId::of);
                    if (id == null) {
                        return;
                    }
                    if (!topology.contains(id)) {
                        f.problem(lp, "the layout names '" + id + "', which is not an element of the design");
                        return;
                    }
                    JsonNode b = entry.getValue();
                    Long x = f.integer(b, lp, "x", -10_000_000, 10_000_000, true);
                    Long y = f.integer(b, lp, "y", -10_000_000, 10_000_000, true);
                    Long w = f.integer(b, lp, "w", 0, 10_000_000, true);
                    Long h = f.integer(b, lp, "h", 0, 10_000_000, true);
                    if (x != null && y != null && w != null && h != null) {
                        layout.setBounds(id, new Bounds(x, y, w, h));
                    }
                });
            }
            List<JsonNode> collapsed = f.array(root, "", "collapsed");
            for (int i = 0; i < collapsed.size(); i++) {
                String cp = JsonPaths.child("/collapsed", i);
                ElementId id = f.parseNode(collapsed.get(i), cp, ElementId::of);
                if (id != null) {
                    if (topology.contains(id)) {
                        layout.setCollapsed(id, true);
                    } else {
                        f.problem(cp, "'" + id + "' is not an element of the design");
                    }
                }
            }
            return layout;
        }
    }
}
