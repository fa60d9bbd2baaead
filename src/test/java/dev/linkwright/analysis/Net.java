package dev.linkwright.analysis;

import dev.linkwright.io.scenario.ScenarioEntry;
import dev.linkwright.io.scenario.ScenarioFile;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.NetworkAcl;
import dev.linkwright.model.NetworkAclRule;
import dev.linkwright.model.PortRange;
import dev.linkwright.model.Protocol;
import dev.linkwright.model.Route;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.RuleAction;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.SecurityGroupRule;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.Topology;
import dev.linkwright.testing.SharedFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A small fluent fixture for reachability tests: start from a public scenario's topology (the
 * rulebook's baselines B1-B5 as the scenarios resolve them) or from nothing, change elements, ask.
 *
 * <pre>{@code
 * Trace t = Net.scenario("S33").removeRoute("rtb-b", "10.0.0.0/16").reach("i-a1", "i-b1", 5432);
 * }</pre>
 */
final class Net {

    private static final Map<String, List<Element>> CACHE = new HashMap<>();

    private final LinkedHashMap<ElementId, Element> elements = new LinkedHashMap<>();
    private RulesProfile profile = RulesProfile.CURRENT;

    static Net empty() {
        return new Net();
    }

    /** The topology of public scenario {@code id} (S01 = B1, S33 = B2, S39 = B4, S51 = B5, ...). */
    static Net scenario(String id) {
        Net n = new Net();
        for (Element e : baseline(id)) {
            n.elements.put(e.id(), e);
        }
        return n;
    }

    private static synchronized List<Element> baseline(String id) {
        if (CACHE.isEmpty()) {
            try {
                for (ScenarioEntry e : ScenarioFile.read(SharedFiles.publicScenarios())) {
                    CACHE.put(e.id(), e.design().topology().elements());
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        List<Element> elements = CACHE.get(id);
        if (elements == null) {
            throw new IllegalArgumentException("no public scenario " + id);
        }
        return elements;
    }

    // ---- editing -------------------------------------------------------------------------------------

    Net put(Element e) {
        elements.put(e.id(), e);
        return this;
    }

    Net remove(String id) {
        elements.remove(ElementId.of(id));
        return this;
    }

    <T extends Element> T get(String id, Class<T> type) {
        Element e = elements.get(ElementId.of(id));
        if (!type.isInstance(e)) {
            throw new IllegalArgumentException(id + " is not a " + type.getSimpleName() + ": " + e);
        }
        return type.cast(e);
    }

    <T extends Element> Net edit(String id, Class<T> type, UnaryOperator<T> change) {
        return put(change.apply(get(id, type)));
    }

    Net profile(RulesProfile p) {
        this.profile = p;
        return this;
    }

    Net ingress(String sg, SecurityGroupRule... rules) {
        return edit(sg, SecurityGroup.class, g -> new SecurityGroup(g.id(), g.name(), g.parent(), List.of(rules), g.egress()));
    }

    Net egress(String sg, SecurityGroupRule... rules) {
        return edit(sg, SecurityGroup.class, g -> new SecurityGroup(g.id(), g.name(), g.parent(), g.ingress(), List.of(rules)));
    }

    Net addIngress(String sg, SecurityGroupRule rule) {
        return edit(sg, SecurityGroup.class, g -> {
            List<SecurityGroupRule> in = new ArrayList<>(g.ingress());
            in.add(rule);
            return new SecurityGroup(g.id(), g.name(), g.parent(), in, g.egress());
        });
    }

    Net addRoute(String table, String destination, String target) {
        return edit(table, RouteTable.class, t -> {
            List<Route> routes = new ArrayList<>(t.routes());
            routes.add(Cidr.isValid(destination) ? Route.to(Cidr.parse(destination), ElementId.of(target))
                    : Route.toPrefixList(ElementId.of(destination), ElementId.of(target)));
            return new RouteTable(t.id(), t.name(), t.parent(), t.main(), routes, t.propagatingGateways());
        });
    }

    Net removeRoute(String table, String destination) {
        return edit(table, RouteTable.class, t -> {
            List<Route> routes = new ArrayList<>();
            t.routes().stream().filter(r -> !r.destinationText().equals(destination)).forEach(routes::add);
            return new RouteTable(t.id(), t.name(), t.parent(), t.main(), routes, t.propagatingGateways());
        });
    }

    Net propagation(String table, String... vgws) {
        return edit(table, RouteTable.class, t -> {
            List<ElementId> ids = new ArrayList<>();
            for (String v : vgws) {
                ids.add(ElementId.of(v));
            }
            List<Route> routes = new ArrayList<>();
            t.routes().stream().filter(r -> r.origin() != dev.linkwright.model.RouteOrigin.PROPAGATED).forEach(routes::add);
            return new RouteTable(t.id(), t.name(), t.parent(), t.main(), routes, ids);
        });
    }

    /** A custom network ACL in {@code vpc} associated with {@code subnets}. */
    Net acl(String id, String vpc, List<NetworkAclRule> in, List<NetworkAclRule> out, String... subnets) {
        put(new NetworkAcl(ElementId.of(id), "", ElementId.of(vpc), false, in, out));
        for (String s : subnets) {
            edit(s, Subnet.class, x -> new Subnet(x.id(), x.name(), x.parent(), x.cidr(), x.ipv6Cidr(), x.routeTable(), ElementId.of(id)));
        }
        return this;
    }

    // ---- new elements ----------------------------------------------------------------------------------

    /** A Region element of {@code account} ("111111111111/eu-west-1"), added when missing. */
    String region(String account, String code) {
        String id = account + "/" + code;
        if (!elements.containsKey(ElementId.of(account))) {
            put(new dev.linkwright.model.Account(ElementId.of(account), "", Map.of("us-east-1a", "use1-az1", "us-east-1b", "use1-az2",
                    "eu-west-1a", "euw1-az1", "eu-west-1b", "euw1-az2")));
        }
        if (!elements.containsKey(ElementId.of(id))) {
            put(new dev.linkwright.model.Region(ElementId.of(id), "", ElementId.of(account), code));
        }
        return id;
    }

    Net vpc(String id, String region, String... cidrs) {
        List<Cidr> blocks = new ArrayList<>();
        for (String c : cidrs) {
            blocks.add(Cidr.parse(c));
        }
        return put(new dev.linkwright.model.Vpc(ElementId.of(id), "", ElementId.of(region), blocks, List.of(), true, true));
    }

    /** A subnet of {@code vpc} in AZ {@code azName} (AZ id {@code azId}) using route table {@code table}. */
    Net subnet(String id, String vpc, String azName, String azId, String cidr, String table) {
        String az = vpc + "/" + azName;
        if (!elements.containsKey(ElementId.of(az))) {
            put(new dev.linkwright.model.AvailabilityZone(ElementId.of(az), "", ElementId.of(vpc), azName, azId));
        }
        return put(new Subnet(ElementId.of(id), "", ElementId.of(az), Cidr.parse(cidr), null, table == null ? null : ElementId.of(table), null));
    }

    /** A route table with routes written "10.1.0.0/16 -> pcx-AB". */
    Net table(String id, String vpc, String... routes) {
        put(new RouteTable(ElementId.of(id), "", ElementId.of(vpc), false, List.of(), List.of()));
        for (String r : routes) {
            String[] parts = r.split("->");
            addRoute(id, parts[0].trim(), parts[1].trim());
        }
        return this;
    }

    Net group(String id, String vpc, List<SecurityGroupRule> in, List<SecurityGroupRule> out) {
        return put(new SecurityGroup(ElementId.of(id), "", ElementId.of(vpc), in, out));
    }

    Net instance(String id, String subnet, String ip, String... groups) {
        List<ElementId> sgs = new ArrayList<>();
        for (String g : groups) {
            sgs.add(ElementId.of(g));
        }
        return put(new dev.linkwright.model.Instance(ElementId.of(id), "", ElementId.of(subnet),
                dev.linkwright.model.Ipv4Address.parse(ip), List.of(), null, sgs, true, null, null));
    }

    Net peering(String id, String region, String requester, String accepter) {
        return put(new dev.linkwright.model.PeeringConnection(ElementId.of(id), "", ElementId.of(region), ElementId.of(requester),
                ElementId.of(accepter), dev.linkwright.model.PeeringState.ACTIVE));
    }

    // ---- rules ---------------------------------------------------------------------------------------

    static SecurityGroupRule tcp(int port, String peer) {
        return rule(Protocol.TCP, PortRange.single(port), peer);
    }

    static SecurityGroupRule udp(int port, String peer) {
        return rule(Protocol.UDP, PortRange.single(port), peer);
    }

    static SecurityGroupRule all(String peer) {
        return rule(Protocol.ALL, PortRange.ALL, peer);
    }

    static SecurityGroupRule rule(Protocol p, PortRange ports, String peer) {
        if (Cidr.isValid(peer)) {
            return new SecurityGroupRule(p, ports, Cidr.parse(peer), null, null, null, "");
        }
        boolean prefixList = peer.startsWith("pl-");
        return new SecurityGroupRule(p, ports, null, null, prefixList ? null : ElementId.of(peer), prefixList ? ElementId.of(peer) : null, "");
    }

    static NetworkAclRule allow(int number, Protocol p, String ports, String cidr) {
        return NetworkAclRule.of(number, RuleAction.ALLOW, p, p.hasPorts() ? PortRange.parse(ports) : null, Cidr.parse(cidr));
    }

    static NetworkAclRule deny(int number, Protocol p, String ports, String cidr) {
        return NetworkAclRule.of(number, RuleAction.DENY, p, p.hasPorts() ? PortRange.parse(ports) : null, Cidr.parse(cidr));
    }

    // ---- asking --------------------------------------------------------------------------------------

    Topology topology() {
        Topology t = new Topology();
        elements.values().forEach(t::put);
        return t;
    }

    ReachabilityAnalyzer analyzer() {
        return new ReachabilityAnalyzer(topology());
    }

    Trace reach(String from, String to, int port) {
        return analyzer().analyze(ReachabilityQuery.from(from).to(to).tcp(port).profile(profile).build());
    }

    Trace reach(ReachabilityQuery.Builder q) {
        return analyzer().analyze(q.profile(profile).build());
    }

    List<Element> elements() {
        return new ArrayList<>(elements.values());
    }
}
