package dev.linkwright.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.model.Account;
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
import dev.linkwright.model.Region;
import dev.linkwright.model.Route;
import dev.linkwright.model.RouteOrigin;
import dev.linkwright.model.RouteTable;
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
import dev.linkwright.model.WireEnum;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a design in the file format {@link DesignReader} reads: nested by containment, defaults
 * left out, one line per element where it fits. The same design always gives the same bytes.
 *
 * <pre>{@code
 * new DesignWriter().write(design, Path.of("my-design.json"));
 * }</pre>
 */
public final class DesignWriter {

    private static final JsonNodeFactory NF = JsonNodeFactory.instance;

    /** The design as file text. */
    public String toJson(Design design) {
        return CompactJsonPrinter.print(toTree(design));
    }

    /** Writes the design to {@code file} atomically (see {@link AtomicFiles}). */
    public void write(Design design, Path file) throws IOException {
        AtomicFiles.write(file, toJson(design).getBytes(StandardCharsets.UTF_8));
    }

    /** Saves over an existing design file atomically, keeping its previous version as {@code .bak}. */
    public void save(Design design, Path file) throws IOException {
        AtomicFiles.writeKeepingBackup(file, toJson(design).getBytes(StandardCharsets.UTF_8));
    }

    public ObjectNode toTree(Design design) {
        Topology t = design.topology();
        ObjectNode root = NF.objectNode();
        root.put("format", DesignReader.FORMAT_NAME);
        root.put("formatVersion", DesignReader.FORMAT_VERSION);
        if (!design.title().isEmpty()) {
            root.put("title", design.title());
        }
        if (!design.description().isEmpty()) {
            root.put("description", design.description());
        }
        List<Element> tops = new java.util.ArrayList<>(t.children(null));
        tops.sort(java.util.Comparator.comparing(Element::kind));
        for (Element top : tops) {
            if (top instanceof Internet internet) {
                root.set("internet", element(t, internet));
            } else {
                root.withArray(top.kind().listKey()).add(element(t, top));
            }
        }
        writeFlows(design, root);
        writeLayout(design.layout(), t, root);
        return root;
    }

    private void writeFlows(Design design, ObjectNode root) {
        if (design.flows().isEmpty()) {
            return;
        }
        ArrayNode flows = root.putArray("flows");
        for (Flow flow : design.flows()) {
            ObjectNode o = flows.addObject();
            o.put("id", flow.id().value());
            text(o, "name", flow.name());
            o.put("from", flow.from());
            o.put("to", flow.to());
            o.put("protocol", flow.protocol().label());
            if (flow.port() != null) {
                o.put("port", flow.port());
            }
            if (flow.sourcePort() != Flow.DEFAULT_SOURCE_PORT) {
                o.put("sourcePort", flow.sourcePort());
            }
            wire(o, "intent", flow.intent(), FlowIntent.NONE);
        }
    }

    private void writeLayout(DiagramLayout layout, Topology t, ObjectNode root) {
        if (layout.allBounds().isEmpty() && layout.collapsedIds().isEmpty()) {
            return;
        }
        ObjectNode l = NF.objectNode();
        layout.allBounds().entrySet().stream()
                .filter(e -> t.contains(e.getKey()))
                .sorted((a, b) -> Long.compare(t.order(a.getKey()), t.order(b.getKey())))
                .forEach(e -> {
                    Bounds b = e.getValue();
                    ObjectNode o = l.putObject(e.getKey().value());
                    o.put("x", Math.round(b.x()));
                    o.put("y", Math.round(b.y()));
                    o.put("w", Math.round(b.width()));
                    o.put("h", Math.round(b.height()));
                });
        if (l.size() > 0) {
            root.set("layout", l);
        }
        ArrayNode collapsed = NF.arrayNode();
        layout.collapsedIds().stream().filter(t::contains)
                .sorted((a, b) -> Long.compare(t.order(a), t.order(b))).forEach(id -> collapsed.add(id.value()));
        if (collapsed.size() > 0) {
            root.set("collapsed", collapsed);
        }
    }

    private ObjectNode element(Topology t, Element e) {
        ObjectNode o = NF.objectNode();
        writeId(e, o);
        if (!e.name().isEmpty()) {
            o.put("name", e.name());
        }
        fields(e, o);
        // lists in a fixed order of kinds, so the same design always gives the same text
        List<Element> children = new java.util.ArrayList<>(t.children(e.id()));
        children.sort(java.util.Comparator.comparing(Element::kind));
        for (Element child : children) {
            o.withArray(child.kind().listKey()).add(element(t, child));
        }
        return o;
    }

    private void writeId(Element e, ObjectNode o) {
        if (e instanceof Region r) {
            if (!r.id().value().equals(r.parent() + "/" + r.code())) {
                o.put("id", r.id().value());
            }
            return;
        }
        if (e instanceof AvailabilityZone az) {
            if (!az.id().value().equals(az.parent() + "/" + az.zoneName())) {
                o.put("id", az.id().value());
            }
            return;
        }
        if (e instanceof Internet && e.id().value().equals("internet")) {
            return;
        }
        o.put("id", e.id().value());
    }

    @SuppressWarnings("checkstyle:CyclomaticComplexity")
    private void fields(Element e, ObjectNode o) {
        if (e instanceof Account a) {
            if (!a.zoneIds().isEmpty()) {
                ObjectNode z = o.putObject("zoneIds");
                new TreeMap<>(a.zoneIds()).forEach(z::put);
            }
        } else if (e instanceof Region r) {
            o.put("code", r.code());
        } else if (e instanceof Vpc v) {
            strings(o, "cidrs", v.cidrBlocks());
            if (!v.ipv6CidrBlocks().isEmpty()) {
                strings(o, "ipv6Cidrs", v.ipv6CidrBlocks());
            }
            flag(o, "dnsSupport", v.dnsSupport(), true);
            flag(o, "dnsHostnames", v.dnsHostnames(), true);
        } else if (e instanceof AvailabilityZone az) {
            o.put("zone", az.zoneName());
            text(o, "zoneId", az.zoneId());
        } else if (e instanceof Subnet s) {
            if (s.cidr() != null) {
                o.put("cidr", s.cidr().toString());
            }
            if (s.ipv6Cidr() != null) {
                o.put("ipv6Cidr", s.ipv6Cidr().toString());
            }
            id(o, "routeTable", s.routeTable());
            id(o, "networkAcl", s.networkAcl());
        } else if (e instanceof RouteTable rt) {
            flag(o, "main", rt.main(), false);
            ArrayNode routes = NF.arrayNode();
            for (Route r : rt.routes()) {
                ObjectNode ro = routes.addObject();
                ro.put("destination", r.destinationText());
                ro.put("target", r.target().value());
                if (r.origin() != RouteOrigin.STATIC) {
                    ro.put("origin", r.origin().wire());
                }
            }
            if (!routes.isEmpty()) {
                o.set("routes", routes);
            }
            ids(o, "propagatingGateways", rt.propagatingGateways());
        } else if (e instanceof NetworkAcl acl) {
            flag(o, "default", acl.defaultAcl(), false);
            aclRules(o, "ingress", acl.ingress());
            aclRules(o, "egress", acl.egress());
        } else if (e instanceof SecurityGroup sg) {
            sgRules(o, "ingress", "source", sg.ingress(), false);
            boolean defaultEgress = sg.egress().equals(List.of(SecurityGroupRule.allowAllTo(Cidr.ANY)));
            if (!defaultEgress) {
                sgRules(o, "egress", "destination", sg.egress(), true);
            }
        } else if (e instanceof PrefixList pl) {
            strings(o, "cidrs", pl.cidrs());
            flag(o, "awsManaged", pl.awsManaged(), false);
        } else if (e instanceof Instance i) {
            ip(o, "privateIp", i.privateIp());
            if (!i.secondaryIps().isEmpty()) {
                strings(o, "secondaryIps", i.secondaryIps());
            }
            ip(o, "publicIp", i.publicIp());
            ids(o, "securityGroups", i.securityGroups());
            flag(o, "sourceDestCheck", i.sourceDestCheck(), true);
            if (!i.state().equals("running")) {
                o.put("state", i.state());
            }
            id(o, "eniId", i.eniId());
        } else if (e instanceof NetworkInterface n) {
            ip(o, "privateIp", n.privateIp());
            if (!n.secondaryIps().isEmpty()) {
                strings(o, "secondaryIps", n.secondaryIps());
            }
            ip(o, "publicIp", n.publicIp());
            ids(o, "securityGroups", n.securityGroups());
            flag(o, "sourceDestCheck", n.sourceDestCheck(), true);
            id(o, "attachedInstance", n.attachedInstance());
            text(o, "description", n.description());
        } else if (e instanceof LoadBalancer lb) {
            loadBalancer(lb, o);
        } else if (e instanceof TargetGroup tg) {
            targetGroup(tg, o);
        } else if (e instanceof EndpointService s) {
            text(o, "serviceName", s.serviceName());
            ids(o, "loadBalancers", s.loadBalancers());
            if (s.acceptanceRequired() != null) {
                o.put("acceptanceRequired", s.acceptanceRequired());
            }
            if (!s.allowedPrincipals().isEmpty()) {
                strings(o, "allowedPrincipals", s.allowedPrincipals());
            }
            if (!s.supportedIpAddressTypes().equals(List.of(IpAddressType.IPV4))) {
                wires(o, "supportedIpAddressTypes", s.supportedIpAddressTypes());
            }
            if (!s.supportedRegions().isEmpty()) {
                strings(o, "supportedRegions", s.supportedRegions());
            }
            text(o, "privateDnsName", s.privateDnsName());
            flag(o, "privateDnsVerified", s.privateDnsVerified(), true);
            if (s.zoneIds() != null) {
                strings(o, "zoneIds", s.zoneIds());
            }
            if (!s.state().equals("Available")) {
                o.put("state", s.state());
            }
        } else if (e instanceof InterfaceEndpoint ie) {
            id(o, "service", ie.service());
            text(o, "serviceName", ie.serviceName());
            text(o, "serviceRegion", ie.serviceRegion());
            ArrayNode interfaces = NF.arrayNode();
            for (EndpointInterface i : ie.interfaces()) {
                ObjectNode io = interfaces.addObject();
                io.put("subnet", i.subnet().value());
                id(io, "eniId", i.eniId());
                ip(io, "ip", i.ip());
            }
            if (!interfaces.isEmpty()) {
                o.set("interfaces", interfaces);
            }
            ids(o, "securityGroups", ie.securityGroups());
            wire(o, "ipAddressType", ie.ipAddressType(), IpAddressType.IPV4);
            flag(o, "privateDns", ie.privateDns(), false);
            wire(o, "state", ie.state(), EndpointState.AVAILABLE);
            text(o, "requesterPrincipal", ie.requesterPrincipal());
            text(o, "policy", ie.policy());
        } else if (e instanceof GatewayEndpoint ge) {
            o.put("serviceName", ge.serviceName());
            id(o, "prefixList", ge.prefixList());
            ids(o, "routeTables", ge.routeTables());
            wire(o, "state", ge.state(), EndpointState.AVAILABLE);
            text(o, "policy", ge.policy());
        } else if (e instanceof InternetGateway igw) {
            state(o, igw.state(), "attached");
        } else if (e instanceof NatGateway nat) {
            wire(o, "connectivity", nat.connectivity(), NatConnectivity.PUBLIC);
            ip(o, "privateIp", nat.privateIp());
            ip(o, "elasticIp", nat.elasticIp());
            state(o, nat.state(), "available");
        } else if (e instanceof VpnGateway vgw) {
            number(o, "asn", vgw.asn());
            state(o, vgw.state(), "available");
        } else if (e instanceof PeeringConnection pcx) {
            o.put("requesterVpc", pcx.requesterVpc().value());
            o.put("accepterVpc", pcx.accepterVpc().value());
            wire(o, "state", pcx.state(), PeeringState.ACTIVE);
        } else if (e instanceof TransitGateway tgw) {
            number(o, "asn", tgw.asn());
            flag(o, "defaultAssociation", tgw.defaultAssociation(), true);
            flag(o, "defaultPropagation", tgw.defaultPropagation(), true);
            id(o, "associationDefaultRouteTable", tgw.associationDefaultRouteTable());
            id(o, "propagationDefaultRouteTable", tgw.propagationDefaultRouteTable());
            flag(o, "securityGroupReferencing", tgw.securityGroupReferencing(), false);
            state(o, tgw.state(), "available");
        } else if (e instanceof TgwRouteTable rt) {
            ArrayNode routes = NF.arrayNode();
            for (TgwRoute r : rt.routes()) {
                ObjectNode ro = routes.addObject();
                ro.put("destination", r.destination() != null ? r.destination().toString() : r.prefixList().value());
                if (r.attachment() == null) {
                    ro.put("blackhole", true);
                } else {
                    ro.put("attachment", r.attachment().value());
                }
                if (r.origin() != RouteOrigin.STATIC) {
                    ro.put("origin", r.origin().wire());
                }
            }
            if (!routes.isEmpty()) {
                o.set("routes", routes);
            }
        } else if (e instanceof TgwAttachment a) {
            o.put("type", a.type().wire());
            o.put("resource", a.resource().value());
            ids(o, "subnets", a.subnets());
            id(o, "association", a.association());
            if (a.propagations() != null) {
                ArrayNode p = o.putArray("propagations");
                a.propagations().forEach(id -> p.add(id.value()));
            }
            flag(o, "applianceMode", a.applianceMode(), false);
            if (a.securityGroupReferencing() != null) {
                o.put("securityGroupReferencing", a.securityGroupReferencing());
            }
            state(o, a.state(), "available");
        } else if (e instanceof CustomerGateway cgw) {
            ip(o, "ip", cgw.ip());
            number(o, "bgpAsn", cgw.bgpAsn());
            id(o, "network", cgw.network());
            state(o, cgw.state(), "available");
        } else if (e instanceof VpnConnection vpn) {
            o.put("gateway", vpn.gateway().value());
            o.put("customerGateway", vpn.customerGateway().value());
            wire(o, "routing", vpn.routing(), VpnRouting.BGP);
            if (!vpn.staticRoutes().isEmpty()) {
                strings(o, "staticRoutes", vpn.staticRoutes());
            }
            if (!vpn.tunnels().equals(List.of(TunnelState.UP, TunnelState.UP))) {
                wires(o, "tunnels", vpn.tunnels());
            }
            if (vpn.customerAdvertised() != null) {
                strings(o, "customerAdvertised", vpn.customerAdvertised());
            }
            state(o, vpn.state(), "available");
        } else if (e instanceof DirectConnectConnection dx) {
            text(o, "location", dx.location());
            text(o, "bandwidth", dx.bandwidth());
            state(o, dx.state(), "available");
        } else if (e instanceof VirtualInterface vif) {
            wire(o, "type", vif.type(), VirtualInterfaceType.PRIVATE);
            id(o, "gateway", vif.gateway());
            id(o, "network", vif.network());
            if (vif.customerAdvertised() != null) {
                strings(o, "customerAdvertised", vif.customerAdvertised());
            }
            if (vif.vlan() != null) {
                o.put("vlan", vif.vlan());
            }
            number(o, "asn", vif.asn());
            state(o, vif.state(), "available");
        } else if (e instanceof DirectConnectGateway dxgw) {
            number(o, "asn", dxgw.asn());
            ArrayNode assoc = NF.arrayNode();
            for (DirectConnectGatewayAssociation a : dxgw.associations()) {
                ObjectNode ao = assoc.addObject();
                ao.put("gateway", a.gateway().value());
                if (a.allowedPrefixes() != null) {
                    strings(ao, "allowedPrefixes", a.allowedPrefixes());
                }
                state(ao, a.state(), "associated");
            }
            if (!assoc.isEmpty()) {
                o.set("associations", assoc);
            }
        } else if (e instanceof AwsService svc) {
            o.put("serviceName", svc.serviceName());
            id(o, "prefixList", svc.prefixList());
        } else if (e instanceof OnPremisesNetwork net) {
            strings(o, "cidrs", net.cidrs());
            ArrayNode routes = NF.arrayNode();
            for (OnPremisesRoute r : net.staticRoutes()) {
                ObjectNode ro = routes.addObject();
                ro.put("destination", r.destinationText());
                ro.put("via", r.via().value());
            }
            if (!routes.isEmpty()) {
                o.set("routes", routes);
            }
        } else if (e instanceof OnPremisesHost h) {
            ip(o, "ip", h.ip());
        } else if (e instanceof InternetHost h) {
            ip(o, "ip", h.ip());
        }
    }

    private void loadBalancer(LoadBalancer lb, ObjectNode o) {
        wire(o, "type", lb.type(), LoadBalancerType.NETWORK);
        wire(o, "scheme", lb.scheme(), LoadBalancerScheme.INTERNAL);
        wire(o, "ipAddressType", lb.ipAddressType(), IpAddressType.IPV4);
        ArrayNode nodes = NF.arrayNode();
        for (LoadBalancerNode n : lb.nodes()) {
            ObjectNode no = nodes.addObject();
            no.put("subnet", n.subnet().value());
            ip(no, "ip", n.ip());
        }
        if (!nodes.isEmpty()) {
            o.set("nodes", nodes);
        }
        ids(o, "securityGroups", lb.securityGroups());
        flag(o, "createdWithSecurityGroups", lb.createdWithSecurityGroups(), !lb.securityGroups().isEmpty());
        flag(o, "enforceSecurityGroupsOnPrivateLink", lb.enforceSecurityGroupsOnPrivateLink(), true);
        flag(o, "crossZone", lb.crossZone(), false);
        ArrayNode listeners = NF.arrayNode();
        for (Listener l : lb.listeners()) {
            ObjectNode lo = listeners.addObject();
            lo.put("protocol", l.protocol().wire());
            lo.put("port", l.port());
            id(lo, "targetGroup", l.targetGroup());
        }
        if (!listeners.isEmpty()) {
            o.set("listeners", listeners);
        }
        state(o, lb.state(), "active");
    }

    private void targetGroup(TargetGroup tg, ObjectNode o) {
        wire(o, "targetType", tg.targetType(), TargetType.INSTANCE);
        wire(o, "protocol", tg.protocol(), ListenerProtocol.TCP);
        o.put("port", tg.port());
        if (tg.crossZone() != null) {
            o.put("crossZone", tg.crossZone());
        }
        if (tg.preserveClientIp() != null) {
            o.put("preserveClientIp", tg.preserveClientIp());
        }
        ArrayNode targets = NF.arrayNode();
        for (Target t : tg.targets()) {
            ObjectNode to = targets.addObject();
            id(to, "instance", t.instance());
            ip(to, "ip", t.ip());
            if (t.port() != null) {
                to.put("port", t.port());
            }
            wire(to, "health", t.health(), TargetHealth.HEALTHY);
        }
        if (!targets.isEmpty()) {
            o.set("targets", targets);
        }
    }

    private void aclRules(ObjectNode o, String key, List<NetworkAclRule> rules) {
        ArrayNode arr = o.putArray(key);
        for (NetworkAclRule r : rules) {
            ObjectNode ro = arr.addObject();
            ro.put("rule", r.number());
            ro.put("action", r.action().wire());
            ro.put("protocol", r.protocol().label());
            ports(ro, r.protocol().hasPorts(), r.ports());
            ro.put("cidr", r.cidrText());
        }
    }

    private void sgRules(ObjectNode o, String key, String peerKey, List<SecurityGroupRule> rules, boolean alwaysWrite) {
        if (rules.isEmpty() && !alwaysWrite) {
            return;
        }
        ArrayNode arr = o.putArray(key);
        for (SecurityGroupRule r : rules) {
            ObjectNode ro = arr.addObject();
            ro.put("protocol", r.protocol().label());
            ports(ro, r.protocol().hasPorts(), r.ports());
            ro.put(peerKey, r.peerText());
            text(ro, "description", r.description());
        }
    }

    private static void ports(ObjectNode o, boolean hasPorts, PortRange ports) {
        if (!hasPorts) {
            return;
        }
        if (ports.from() == ports.to()) {
            o.put("ports", ports.from());
        } else {
            o.put("ports", ports.toString());
        }
    }

    private static void strings(ObjectNode o, String key, Collection<?> values) {
        ArrayNode arr = o.putArray(key);
        values.forEach(v -> arr.add(v.toString()));
    }

    private static void wires(ObjectNode o, String key, Collection<? extends WireEnum> values) {
        ArrayNode arr = o.putArray(key);
        values.forEach(v -> arr.add(v.wire()));
    }

    private static void ids(ObjectNode o, String key, List<ElementId> ids) {
        if (!ids.isEmpty()) {
            ArrayNode arr = o.putArray(key);
            ids.forEach(id -> arr.add(id.value()));
        }
    }

    private static void id(ObjectNode o, String key, ElementId id) {
        if (id != null) {
            o.put(key, id.value());
        }
    }

    private static void ip(ObjectNode o, String key, Object ip) {
        if (ip != null) {
            o.put(key, ip.toString());
        }
    }

    private static void text(ObjectNode o, String key, String value) {
        if (value != null && !value.isEmpty()) {
            o.put(key, value);
        }
    }

    private static void number(ObjectNode o, String key, Long value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    private static void flag(ObjectNode o, String key, boolean value, boolean defaultValue) {
        if (value != defaultValue) {
            o.put(key, value);
        }
    }

    private static void state(ObjectNode o, String value, String defaultValue) {
        if (value != null && !value.equals(defaultValue)) {
            o.put("state", value);
        }
    }

    private static <E extends WireEnum> void wire(ObjectNode o, String key, E value, E defaultValue) {
        if (value != null && value != defaultValue) {
            o.put(key, value.wire());
        }
    }

}
