package dev.linkwright.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkwright.io.DesignFormatException;
import dev.linkwright.io.FormatProblem;
import dev.linkwright.io.LocatedJson;
import dev.linkwright.model.Account;
import dev.linkwright.model.AttachmentType;
import dev.linkwright.model.AvailabilityZone;
import dev.linkwright.model.AwsService;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.CustomerGateway;
import dev.linkwright.model.Design;
import dev.linkwright.model.DiagramLayout;
import dev.linkwright.model.DirectConnectConnection;
import dev.linkwright.model.DirectConnectGateway;
import dev.linkwright.model.DirectConnectGatewayAssociation;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Converts one resolved topology of the neutral scenario format into a Linkwright design: accounts
 * and Regions become containers, subnets are grouped into Availability Zone boxes per VPC, nested
 * ENI ids are kept, and derived data the format spells out (local routes, gateway-endpoint routes)
 * is left to the model, which implies it.
 */
final class ScenarioTopologyReader {

    private final LocatedJson json;
    private final String base;
    private final Topology t = new Topology();
    private final Map<String, ElementId> regionIds = new LinkedHashMap<>();
    private final Map<String, ElementId> zoneIds = new HashMap<>();
    private final Map<String, JsonNode> subnetsById = new HashMap<>();
    private String pointer = "";

    ScenarioTopologyReader(LocatedJson json, String base) {
        this.json = json;
        this.base = base;
    }

    Design read(JsonNode topology) throws DesignFormatException {
        try {
            convert(topology);
        } catch (IllegalArgumentException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new DesignFormatException(json == null ? new FormatProblem("<scenario>", pointer, 0, 0, e.getMessage())
                    : json.problemAt(base + pointer, e.getMessage()));
        }
        return new Design(t, new DiagramLayout(), "", "");
    }

    private void convert(JsonNode top) {
        for (JsonNode a : each(top, "accounts")) {
            Map<String, String> zones = new LinkedHashMap<>();
            a.path("az_mappings").fields().forEachRemaining(r -> r.getValue().fields()
                    .forEachRemaining(z -> zones.put(z.getKey(), z.getValue().asText())));
            t.put(new Account(id(a), a.path("alias").asText(""), zones));
        }
        for (JsonNode v : each(top, "vpcs")) {
            t.put(new Vpc(id(v), "", region(v), cidrs(v.path("cidr_blocks")), ipv6(v.path("ipv6_cidr_blocks")),
                    v.path("enable_dns_support").asBoolean(true), v.path("enable_dns_hostnames").asBoolean(true)));
        }
        for (JsonNode s : each(top, "subnets")) {
            subnetsById.put(s.path("id").asText(), s);
        }
        for (JsonNode r : each(top, "route_tables")) {
            t.put(new RouteTable(id(r), "", ref(r, "vpc"), r.path("main").asBoolean(false), routes(r.path("routes")),
                    refs(r.path("propagating_vgws"))));
        }
        for (JsonNode n : each(top, "network_acls")) {
            t.put(new NetworkAcl(id(n), "", ref(n, "vpc"), n.path("is_default").asBoolean(false),
                    aclRules(n.path("ingress")), aclRules(n.path("egress"))));
        }
        for (JsonNode s : each(top, "security_groups")) {
            t.put(new SecurityGroup(id(s), "", ref(s, "vpc"), sgRules(s.path("ingress")), sgRules(s.path("egress"))));
        }
        for (JsonNode s : each(top, "subnets")) {
            ElementId vpc = ref(s, "vpc");
            ElementId az = zone(vpc, s.path("az_name").asText(), text(s, "az_id"));
            t.put(new Subnet(id(s), "", az, cidrOrNull(s, "cidr"), ipv6OrNull(s, "ipv6_cidr"), ref(s, "route_table"),
                    ref(s, "network_acl")));
        }
        for (JsonNode p : each(top, "prefix_lists")) {
            t.put(new PrefixList(id(p), p.path("name").asText(""), regionFor(p), cidrs(p.path("cidrs")),
                    p.path("aws_managed").asBoolean(false)));
        }
        for (JsonNode s : each(top, "aws_services")) {
            t.put(new AwsService(id(s), "", regionFor(s), s.path("service_name").asText(), ref(s, "prefix_list")));
        }
        for (JsonNode i : each(top, "instances")) {
            t.put(new Instance(id(i), "", ref(i, "subnet"), ip(i, "private_ip"), List.of(), ip(i, "public_ip"),
                    refs(i.path("security_groups")), i.path("source_dest_check").asBoolean(true), null, ref(i, "eni_id")));
        }
        for (JsonNode n : each(top, "network_interfaces")) {
            t.put(new NetworkInterface(id(n), "", ref(n, "subnet"), ip(n, "private_ip"), List.of(), ip(n, "public_ip"),
                    refs(n.path("security_groups")), n.path("source_dest_check").asBoolean(true), null,
                    n.path("description").asText("")));
        }
        for (JsonNode g : each(top, "internet_gateways")) {
            ElementId vpc = ref(g, "attached_vpc");
            t.put(new InternetGateway(id(g), "", vpc != null ? vpc : region(g), text(g, "state")));
        }
        for (JsonNode n : each(top, "nat_gateways")) {
            t.put(new NatGateway(id(n), "", ref(n, "subnet"), NatConnectivity.parse(n.path("connectivity_type").asText("public")),
                    ip(n, "private_ip"), ip(n, "public_ip"), text(n, "state")));
        }
        for (JsonNode g : each(top, "virtual_private_gateways")) {
            ElementId vpc = ref(g, "attached_vpc");
            t.put(new VpnGateway(id(g), "", vpc != null ? vpc : region(g), null, text(g, "state")));
        }
        convertPrivateLink(top);
        convertTransit(top);
        convertHybrid(top);
    }

    private void convertPrivateLink(JsonNode top) {
        for (JsonNode tg : each(top, "target_groups")) {
            List<Target> targets = new ArrayList<>();
            for (JsonNode target : tg.path("targets")) {
                String ref = target.path("target").asText();
                Integer port = target.hasNonNull("port") ? target.get("port").asInt() : null;
                TargetHealth health = target.hasNonNull("health") ? TargetHealth.parse(target.get("health").asText()) : null;
                targets.add(Ipv4Address.isValid(ref) ? new Target(null, Ipv4Address.parse(ref), port, health)
                        : new Target(ElementId.of(ref), null, port, health));
            }
            t.put(new TargetGroup(id(tg), "", ref(tg, "vpc"), TargetType.parse(tg.path("target_type").asText("instance")),
                    ListenerProtocol.parse(tg.path("protocol").asText("tcp")), tg.path("port").asInt(1),
                    tg.hasNonNull("cross_zone_enabled") ? tg.get("cross_zone_enabled").asBoolean() : null,
                    tg.hasNonNull("preserve_client_ip") ? tg.get("preserve_client_ip").asBoolean() : null, targets));
        }
        for (JsonNode lb : each(top, "load_balancers")) {
            List<LoadBalancerNode> nodes = new ArrayList<>();
            for (JsonNode m : lb.path("subnet_mappings")) {
                nodes.add(new LoadBalancerNode(ref(m, "subnet"), ip(m, "node_ip")));
            }
            List<Listener> listeners = new ArrayList<>();
            for (JsonNode l : lb.path("listeners")) {
                listeners.add(new Listener(ListenerProtocol.parse(l.path("protocol").asText("tcp")), l.path("port").asInt(),
                        ref(l, "default_target_group")));
            }
            List<ElementId> sgs = refs(lb.path("security_groups"));
            boolean created = lb.hasNonNull("created_with_security_groups") ? lb.get("created_with_security_groups").asBoolean() : !sgs.isEmpty();
            String enforce = lb.path("enforce_security_group_inbound_rules_on_private_link_traffic").asText("on");
            t.put(new LoadBalancer(id(lb), "", ref(lb, "vpc"), LoadBalancerType.parse(lb.path("type").asText("network")),
                    LoadBalancerScheme.parse(lb.path("scheme").asText("internal")),
                    IpAddressType.parse(lb.path("ip_address_type").asText("ipv4")), nodes, sgs, created,
                    !"off".equalsIgnoreCase(enforce), lb.path("cross_zone_enabled").asBoolean(false), listeners, null));
        }
        for (JsonNode s : each(top, "endpoint_services")) {
            List<ElementId> lbs = refs(s.path("network_load_balancers"));
            lbs.addAll(refs(s.path("gateway_load_balancers")));
            t.put(new EndpointService(id(s), "", region(s), text(s, "service_name"), lbs,
                    s.hasNonNull("acceptance_required") ? s.get("acceptance_required").asBoolean() : null,
                    strings(s.path("allowed_principals"), x -> x), strings(s.path("supported_ip_address_types"), IpAddressType::parse),
                    strings(s.path("supported_regions"), x -> x), text(s, "private_dns_name"), true,
                    s.has("availability_zone_ids") ? strings(s.path("availability_zone_ids"), x -> x) : null, null));
        }
        for (JsonNode e : each(top, "interface_endpoints")) {
            List<EndpointInterface> interfaces = new ArrayList<>();
            for (JsonNode s : e.path("subnets")) {
                interfaces.add(new EndpointInterface(ref(s, "subnet"), ref(s, "eni_id"), ip(s, "ip")));
            }
            boolean awsService = "aws_service".equals(e.path("service_type").asText());
            ElementId service = awsService ? null : ref(e, "endpoint_service");
            String serviceRegion = text(e, "service_region");
            String ownRegion = text(e, "region");
            EndpointState state = e.hasNonNull("state") ? EndpointState.parse(e.get("state").asText())
                    : (e.path("requested").asBoolean(false) ? EndpointState.REQUESTED : null);
            t.put(new InterfaceEndpoint(id(e), "", ref(e, "vpc"), service, text(e, "service_name"),
                    serviceRegion != null && serviceRegion.equals(ownRegion) ? null : serviceRegion, interfaces,
                    refs(e.path("security_groups")), IpAddressType.parse(e.path("ip_address_type").asText("ipv4")),
                    e.path("private_dns_enabled").asBoolean(false), state, null,
                    e.hasNonNull("policy") ? e.get("policy").toString() : null));
        }
        for (JsonNode g : each(top, "gateway_endpoints")) {
            t.put(new GatewayEndpoint(id(g), "", ref(g, "vpc"), g.path("service_name").asText(), ref(g, "prefix_list"),
                    refs(g.path("route_tables")), null, g.hasNonNull("policy") ? g.get("policy").toString() : null));
        }
    }

    private void convertTransit(JsonNode top) {
        for (JsonNode g : each(top, "transit_gateways")) {
            t.put(new TransitGateway(id(g), "", region(g), null, g.path("default_route_table_association").asBoolean(true),
                    g.path("default_route_table_propagation").asBoolean(true), null, null,
                    g.path("security_group_referencing_support").asBoolean(false), text(g, "state")));
        }
        for (JsonNode r : each(top, "transit_gateway_route_tables")) {
            List<TgwRoute> routes = new ArrayList<>();
            for (JsonNode route : r.path("routes")) {
                RouteOrigin origin = "propagated".equals(route.path("origin").asText()) ? RouteOrigin.PROPAGATED : RouteOrigin.STATIC;
                routes.add(new TgwRoute(Cidr.parse(route.path("destination_cidr").asText()), null, ref(route, "target_attachment"), origin));
            }
            t.put(new TgwRouteTable(id(r), "", ref(r, "transit_gateway"), routes));
        }
        // default route tables can only be named once the tables exist
        for (JsonNode g : each(top, "transit_gateways")) {
            TransitGateway tgw = (TransitGateway) t.get(id(g));
            t.put(new TransitGateway(tgw.id(), tgw.name(), tgw.parent(), tgw.asn(), tgw.defaultAssociation(), tgw.defaultPropagation(),
                    ref(g, "association_default_route_table"), ref(g, "propagation_default_route_table"),
                    tgw.securityGroupReferencing(), tgw.state()));
        }
        List<JsonNode> attachments = each(top, "transit_gateway_attachments");
        attachments.sort(Comparator.comparingInt(a -> a.path("creation_order").asInt(Integer.MAX_VALUE)));
        deferredAttachments.addAll(attachments);
    }

    private final List<JsonNode> deferredAttachments = new ArrayList<>();

    private void convertHybrid(JsonNode top) {
        for (JsonNode n : each(top, "onprem_networks")) {
            t.put(new OnPremisesNetwork(id(n), "", cidrs(n.path("cidrs")), List.of()));
        }
        for (JsonNode h : each(top, "onprem_hosts")) {
            t.put(new OnPremisesHost(id(h), "", ref(h, "network"), ip(h, "ip")));
        }
        List<JsonNode> internetHosts = each(top, "internet_hosts");
        if (!internetHosts.isEmpty()) {
            t.put(new Internet(ElementId.of("internet"), ""));
            for (JsonNode h : internetHosts) {
                t.put(new InternetHost(id(h), "", ElementId.of("internet"), ip(h, "ip")));
            }
        }
        for (JsonNode c : each(top, "customer_gateways")) {
            t.put(new CustomerGateway(id(c), "", region(c), ip(c, "ip"), c.hasNonNull("bgp_asn") ? c.get("bgp_asn").asLong() : null,
                    ref(c, "onprem_network"), null));
        }
        for (JsonNode v : each(top, "vpn_connections")) {
            ElementId gateway = v.hasNonNull("vgw") ? ref(v, "vgw") : ref(v, "transit_gateway");
            List<TunnelState> tunnels = new ArrayList<>();
            for (JsonNode tunnel : v.path("tunnels")) {
                tunnels.add(TunnelState.parse(tunnel.path("state").asText("UP")));
            }
            t.put(new VpnConnection(id(v), "", region(v), gateway, ref(v, "customer_gateway"),
                    VpnRouting.parse(v.path("routing").asText("bgp")), cidrs(v.path("static_routes")), tunnels,
                    v.has("customer_advertised_prefixes") ? cidrs(v.path("customer_advertised_prefixes")) : null, text(v, "state")));
        }
        for (JsonNode g : each(top, "dx_gateways")) {
            List<DirectConnectGatewayAssociation> assoc = new ArrayList<>();
            for (JsonNode a : g.path("associations")) {
                assoc.add(new DirectConnectGatewayAssociation(ref(a, "gateway"),
                        a.hasNonNull("allowed_prefixes") ? cidrs(a.path("allowed_prefixes")) : null, text(a, "state")));
            }
            t.put(new DirectConnectGateway(id(g), "", account(g), g.hasNonNull("asn") ? g.get("asn").asLong() : null, assoc));
        }
        for (JsonNode c : each(top, "dx_connections")) {
            t.put(new DirectConnectConnection(id(c), "", account(c), text(c, "location"), text(c, "bandwidth"), text(c, "state")));
        }
        for (JsonNode v : each(top, "dx_virtual_interfaces")) {
            ElementId gateway = v.hasNonNull("vgw") ? ref(v, "vgw") : ref(v, "dx_gateway");
            t.put(new VirtualInterface(id(v), "", ref(v, "connection"), VirtualInterfaceType.parse(v.path("type").asText("private")),
                    gateway, ref(v, "onprem_network"),
                    v.has("customer_advertised_prefixes") ? cidrs(v.path("customer_advertised_prefixes")) : null, null,
                    null, text(v, "state")));
        }
        for (JsonNode a : deferredAttachments) {
            AttachmentType type = AttachmentType.parse(a.path("resource_type").asText("vpc"));
            ElementId resource = switch (type) {
                case VPN -> ref(a, "vpn_connection");
                case DIRECT_CONNECT_GATEWAY -> ref(a, "dx_gateway");
                default -> ref(a, "vpc");
            };
            t.put(new TgwAttachment(id(a), "", ref(a, "transit_gateway"), type, resource, refs(a.path("subnets")),
                    ref(a, "association"), refs(a.path("propagations")), a.path("appliance_mode_support").asBoolean(false),
                    a.hasNonNull("security_group_referencing_support") ? a.get("security_group_referencing_support").asBoolean() : null,
                    text(a, "state")));
        }
        for (JsonNode peering : each(top, "vpc_peering_connections")) {
            ElementId requester = ref(peering, "requester_vpc");
            ElementId parent = t.get(requester).parent();
            t.put(new PeeringConnection(id(peering), "", parent, requester, ref(peering, "accepter_vpc"),
                    PeeringState.parse(peering.path("state").asText("active"))));
        }
        for (JsonNode n : each(top, "onprem_networks")) {
            List<OnPremisesRoute> routes = new ArrayList<>();
            for (JsonNode r : n.path("routes")) {
                if (!"static".equals(r.path("origin").asText())) {
                    continue; // BGP-learned routes follow from what AWS advertises
                }
                routes.add(new OnPremisesRoute(cidrOrNull(r, "destination_cidr"), ref(r, "destination_prefix_list"), ref(r, "via")));
            }
            OnPremisesNetwork net = (OnPremisesNetwork) t.get(id(n));
            t.put(new OnPremisesNetwork(net.id(), net.name(), net.cidrs(), routes));
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private List<JsonNode> each(JsonNode top, String key) {
        List<JsonNode> list = new ArrayList<>();
        JsonNode arr = top.path(key);
        for (int i = 0; i < arr.size(); i++) {
            list.add(arr.get(i));
        }
        pointer = "/" + key;
        return list;
    }

    private ElementId id(JsonNode n) {
        return ElementId.of(n.path("id").asText());
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static ElementId ref(JsonNode n, String key) {
        String v = text(n, key);
        return v == null || v.isEmpty() ? null : ElementId.of(v);
    }

    private static List<ElementId> refs(JsonNode arr) {
        List<ElementId> list = new ArrayList<>();
        arr.forEach(v -> list.add(ElementId.of(v.asText())));
        return list;
    }

    private static <T> List<T> strings(JsonNode arr, Function<String, T> parser) {
        List<T> list = new ArrayList<>();
        arr.forEach(v -> list.add(parser.apply(v.asText())));
        return list;
    }

    private static List<Cidr> cidrs(JsonNode arr) {
        return strings(arr, Cidr::parse);
    }

    private static List<Ipv6Cidr> ipv6(JsonNode arr) {
        return strings(arr, Ipv6Cidr::parse);
    }

    private static Cidr cidrOrNull(JsonNode n, String key) {
        String v = text(n, key);
        return v == null ? null : Cidr.parse(v);
    }

    private static Ipv6Cidr ipv6OrNull(JsonNode n, String key) {
        String v = text(n, key);
        return v == null ? null : Ipv6Cidr.parse(v);
    }

    private static Ipv4Address ip(JsonNode n, String key) {
        String v = text(n, key);
        return v == null ? null : Ipv4Address.parse(v);
    }

    private ElementId account(JsonNode n) {
        String account = text(n, "account");
        if (account == null) {
            account = t.all(Account.class).isEmpty() ? "111111111111" : t.all(Account.class).get(0).id().value();
        }
        ElementId id = ElementId.of(account);
        if (!t.contains(id)) {
            t.put(new Account(id, "", Map.of()));
        }
        return id;
    }

    /** The Region element of the element's account and Region, created on first use. */
    private ElementId region(JsonNode n) {
        ElementId account = account(n);
        String code = text(n, "region");
        String key = account + "/" + (code == null ? "us-east-1" : code);
        return regionIds.computeIfAbsent(key, k -> {
            ElementId id = ElementId.of(k);
            t.put(new Region(id, "", account, code == null ? "us-east-1" : code));
            return id;
        });
    }

    /** For Regional elements without an account (prefix lists, AWS services): the first account's Region. */
    private ElementId regionFor(JsonNode n) {
        if (text(n, "account") != null) {
            return region(n);
        }
        String code = text(n, "region");
        for (Map.Entry<String, ElementId> e : regionIds.entrySet()) {
            if (e.getKey().endsWith("/" + code)) {
                return e.getValue();
            }
        }
        return region(n);
    }

    private ElementId zone(ElementId vpc, String azName, String azId) {
        String key = vpc + "/" + azName;
        return zoneIds.computeIfAbsent(key, k -> {
            ElementId id = ElementId.of(k);
            t.put(new AvailabilityZone(id, "", vpc, azName, azId));
            return id;
        });
    }

    private static List<Route> routes(JsonNode arr) {
        List<Route> routes = new ArrayList<>();
        for (JsonNode r : arr) {
            String type = r.path("target_type").asText();
            if ("local".equals(type) || r.hasNonNull("managed_by")) {
                continue; // implied by the VPC's blocks and by gateway endpoints
            }
            RouteOrigin origin = "propagated".equals(r.path("origin").asText()) ? RouteOrigin.PROPAGATED : RouteOrigin.STATIC;
            ElementId target = ref(r, "target_id");
            if (r.hasNonNull("destination_prefix_list")) {
                routes.add(new Route(null, null, ref(r, "destination_prefix_list"), target, origin));
            } else {
                String dest = r.path("destination_cidr").asText();
                routes.add(dest.contains(":") ? new Route(null, Ipv6Cidr.parse(dest), null, target, origin)
                        : new Route(Cidr.parse(dest), null, null, target, origin));
            }
        }
        return routes;
    }

    private static PortRange ports(JsonNode rule) {
        if (!rule.hasNonNull("from_port") || !rule.hasNonNull("to_port")) {
            return PortRange.ALL;
        }
        int from = rule.get("from_port").asInt();
        int to = rule.get("to_port").asInt();
        return from < 0 || to < 0 ? PortRange.ALL : new PortRange(from, to);
    }

    private static List<NetworkAclRule> aclRules(JsonNode arr) {
        List<NetworkAclRule> rules = new ArrayList<>();
        for (JsonNode r : arr) {
            int number = r.path("number").asInt();
            if (number > NetworkAclRule.MAX_NUMBER || "*".equals(r.path("label").asText())) {
                continue; // the final deny-all rule is implied
            }
            String cidr = r.path("cidr").asText();
            rules.add(new NetworkAclRule(number, RuleAction.parse(r.path("action").asText()), Protocol.parse(r.path("protocol").asText()),
                    ports(r), cidr.contains(":") ? null : Cidr.parse(cidr), cidr.contains(":") ? Ipv6Cidr.parse(cidr) : null));
        }
        return rules;
    }

    private static List<SecurityGroupRule> sgRules(JsonNode arr) {
        List<SecurityGroupRule> rules = new ArrayList<>();
        for (JsonNode r : arr) {
            Protocol protocol = Protocol.parse(r.path("protocol").asText("all"));
            String cidr = text(r, "cidr");
            rules.add(new SecurityGroupRule(protocol, ports(r),
                    cidr != null && !cidr.contains(":") ? Cidr.parse(cidr) : null,
                    cidr != null && cidr.contains(":") ? Ipv6Cidr.parse(cidr) : null,
                    ref(r, "security_group"), ref(r, "prefix_list"), ""));
        }
        return rules;
    }

}
