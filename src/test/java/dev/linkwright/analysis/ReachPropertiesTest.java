package dev.linkwright.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.Element;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.Instance;
import dev.linkwright.model.InternetHost;
import dev.linkwright.model.NetworkAcl;
import dev.linkwright.model.NetworkAclRule;
import dev.linkwright.model.OnPremisesHost;
import dev.linkwright.model.PortRange;
import dev.linkwright.model.Protocol;
import dev.linkwright.model.Route;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.RuleAction;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.SecurityGroupRule;
import dev.linkwright.model.Topology;
import dev.linkwright.model.Vpc;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Properties every answer must have, checked on seeded random queries over the public scenario
 * topologies: restricting the network (a deny rule, a route removed, an allow rule removed) never
 * turns a blocked flow reachable, and the answer does not depend on the order of elements in the
 * file.
 *
 * <p>A route is only removed when no less specific route of the same table covers it: removing a
 * more specific route (a blackhole, say) can legitimately open a path through the covering one.
 */
class ReachPropertiesTest {

    private static final List<String> BASES = List.of("S01", "S02", "S04", "S13", "S19", "S21", "S22", "S33", "S35", "S39", "S45", "S51");
    private static final int[] PORTS = {22, 53, 443, 5432, 8443};
    private static final int[] SOURCE_PORTS = {40000, 49152, 1024, 33000};

    @Test
    void addingADenyRuleNeverUnblocksAFlow() {
        checkRestriction(11, (n, r) -> addDeny(n, r));
    }

    @Test
    void removingARouteNeverUnblocksAFlow() {
        checkRestriction(23, (n, r) -> removeUncoveredRoute(n, r));
    }

    @Test
    void removingASecurityGroupRuleNeverUnblocksAFlow() {
        checkRestriction(37, (n, r) -> removeGroupRule(n, r));
    }

    @Test
    void answerDoesNotDependOnElementOrder() {
        Random random = new Random(5);
        for (String base : BASES) {
            Net n = Net.scenario(base);
            ReachabilityAnalyzer ordered = n.analyzer();
            List<Element> shuffled = new ArrayList<>(n.elements());
            Collections.shuffle(shuffled, random);
            Topology t = new Topology();
            shuffled.forEach(t::put);
            ReachabilityAnalyzer reordered = new ReachabilityAnalyzer(t);
            for (ReachabilityQuery q : queries(n, random, 25)) {
                String a = signature(ordered, q);
                String b = signature(reordered, q);
                assertThat(b).as(base + " " + q).isEqualTo(a);
            }
        }
    }

    @Test
    void everyQueryIsAnsweredOrRejectedWithAReason() {
        Random random = new Random(99);
        for (String base : BASES) {
            Net n = Net.scenario(base);
            ReachabilityAnalyzer analyzer = n.analyzer();
            List<String> refs = new ArrayList<>(List.of("internet", "10.0.1.10", "192.168.10.10", "8.8.8.8", "10.0.0.2",
                    "api.example.com", "s3.us-east-1.amazonaws.com"));
            n.elements().forEach(e -> refs.add(e.id().value()));
            for (int i = 0; i < 300; i++) {
                String from = refs.get(random.nextInt(refs.size()));
                String to = refs.get(random.nextInt(refs.size()));
                Protocol p = List.of(Protocol.TCP, Protocol.UDP, Protocol.ICMP, Protocol.ALL).get(random.nextInt(4));
                try {
                    ReachabilityQuery q = new ReachabilityQuery(from, to, p, p.hasPorts() ? PORTS[random.nextInt(PORTS.length)] : null,
                            SOURCE_PORTS[random.nextInt(SOURCE_PORTS.length)], null, dev.linkwright.model.RulesProfile.CURRENT, false);
                    Trace t = analyzer.analyze(q);
                    assertThat(t.forward()).as(base + " " + q).isNotEmpty();
                    if (!t.isReachable()) {
                        assertThat(t.blockedAt().message()).isNotBlank();
                    }
                } catch (QueryException e) {
                    assertThat(e.getMessage()).isNotBlank();
                }
            }
        }
    }

    // ---- restriction harness --------------------------------------------------------------------------

    private interface Restriction {
        String apply(Net n, Random r);
    }

    private static void checkRestriction(long seed, Restriction restriction) {
        Random random = new Random(seed);
        int blockedSeen = 0;
        for (int round = 0; round < 6; round++) {
            for (String base : BASES) {
                Net n = Net.scenario(base);
                ReachabilityAnalyzer before = n.analyzer();
                List<ReachabilityQuery> blocked = new ArrayList<>();
                for (ReachabilityQuery q : queries(n, random, 12)) {
                    Trace t = analyze(before, q);
                    if (t != null && !t.isReachable()) {
                        blocked.add(q);
                    }
                }
                String change = restriction.apply(n, random);
                ReachabilityAnalyzer after = n.analyzer();
                for (ReachabilityQuery q : blocked) {
                    Trace t = analyze(after, q);
                    blockedSeen++;
                    assertThat(t == null || !t.isReachable()).as(base + " after " + change + ": " + q + " -> "
                            + (t == null ? "" : ScenarioExpectations.summary(t))).isTrue();
                }
            }
        }
        assertThat(blockedSeen).isGreaterThan(50);
    }

    private static Trace analyze(ReachabilityAnalyzer a, ReachabilityQuery q) {
        try {
            return a.analyze(q);
        } catch (QueryException e) {
            return null;
        }
    }

    private static String signature(ReachabilityAnalyzer a, ReachabilityQuery q) {
        Trace t = analyze(a, q);
        if (t == null) {
            return "bad query";
        }
        BlockedAt b = t.blockedAt();
        return t.verdict() + " " + (b == null ? "" : b.elementId() + " " + b.code() + " " + b.direction() + " " + b.detail()) + " "
                + t.forwardIds() + " " + t.returnIds();
    }

    // ---- random queries and changes ----------------------------------------------------------------------

    static List<ReachabilityQuery> queries(Net n, Random r, int count) {
        List<String> sources = new ArrayList<>();
        List<String> destinations = new ArrayList<>();
        for (Element e : n.elements()) {
            if (e instanceof Instance || e instanceof OnPremisesHost || e instanceof InternetHost) {
                sources.add(e.id().value());
                destinations.add(e.id().value());
            } else if (e instanceof InterfaceEndpoint) {
                destinations.add(e.id().value());
            }
        }
        List<ReachabilityQuery> list = new ArrayList<>();
        for (int i = 0; i < count && !sources.isEmpty(); i++) {
            String from = sources.get(r.nextInt(sources.size()));
            String to = destinations.get(r.nextInt(destinations.size()));
            if (from.equals(to)) {
                continue;
            }
            ReachabilityQuery.Builder b = ReachabilityQuery.from(from).to(to).sourcePort(SOURCE_PORTS[r.nextInt(SOURCE_PORTS.length)]);
            int port = PORTS[r.nextInt(PORTS.length)];
            list.add((r.nextInt(5) == 0 ? b.udp(port) : b.tcp(port)).build());
        }
        return list;
    }

    private static String addDeny(Net n, Random r) {
        List<NetworkAcl> acls = new ArrayList<>();
        for (Element e : n.elements()) {
            if (e instanceof NetworkAcl a) {
                acls.add(a);
            }
        }
        NetworkAcl acl = acls.get(r.nextInt(acls.size()));
        boolean inbound = r.nextBoolean();
        Set<Integer> used = new HashSet<>();
        (inbound ? acl.ingress() : acl.egress()).forEach(x -> used.add(x.number()));
        int number;
        do {
            number = 1 + r.nextInt(300);
        } while (used.contains(number));
        Protocol p = List.of(Protocol.TCP, Protocol.UDP, Protocol.ALL).get(r.nextInt(3));
        PortRange ports = p.hasPorts() ? PortRange.single(PORTS[r.nextInt(PORTS.length)]) : null;
        NetworkAclRule deny = NetworkAclRule.of(number, RuleAction.DENY, p, ports, randomBlock(n, r));
        List<NetworkAclRule> rules = new ArrayList<>(inbound ? acl.ingress() : acl.egress());
        rules.add(deny);
        n.put(new NetworkAcl(acl.id(), acl.name(), acl.parent(), acl.defaultAcl(), inbound ? rules : acl.ingress(),
                inbound ? acl.egress() : rules));
        return acl.id() + (inbound ? " in " : " out ") + deny;
    }

    private static Cidr randomBlock(Net n, Random r) {
        List<Cidr> blocks = new ArrayList<>(List.of(Cidr.ANY, Cidr.parse("192.168.0.0/16"), Cidr.parse("198.51.100.0/24")));
        for (Element e : n.elements()) {
            if (e instanceof Vpc v) {
                blocks.addAll(v.cidrBlocks());
            }
        }
        return blocks.get(r.nextInt(blocks.size()));
    }

    private static String removeUncoveredRoute(Net n, Random r) {
        List<RouteTable> tables = new ArrayList<>();
        for (Element e : n.elements()) {
            if (e instanceof RouteTable t && !t.routes().isEmpty()) {
                tables.add(t);
            }
        }
        if (tables.isEmpty()) {
            return "nothing";
        }
        RouteTable t = tables.get(r.nextInt(tables.size()));
        List<Route> candidates = new ArrayList<>();
        for (Route route : t.routes()) {
            if (route.destination() != null && t.routes().stream().noneMatch(o -> o != route && o.destination() != null
                    && o.destination().contains(route.destination()))) {
                candidates.add(route);
            }
        }
        if (candidates.isEmpty()) {
            return "nothing";
        }
        Route gone = candidates.get(r.nextInt(candidates.size()));
        List<Route> kept = new ArrayList<>(t.routes());
        kept.remove(gone);
        List<dev.linkwright.model.ElementId> propagation = gone.origin() == dev.linkwright.model.RouteOrigin.PROPAGATED ? List.of()
                : t.propagatingGateways();
        n.put(new RouteTable(t.id(), t.name(), t.parent(), t.main(), kept, propagation));
        return t.id() + " without " + gone.destinationText() + " -> " + gone.target();
    }

    private static String removeGroupRule(Net n, Random r) {
        List<SecurityGroup> groups = new ArrayList<>();
        for (Element e : n.elements()) {
            if (e instanceof SecurityGroup g && !(g.ingress().isEmpty() && g.egress().isEmpty())) {
                groups.add(g);
            }
        }
        SecurityGroup g = groups.get(r.nextInt(groups.size()));
        boolean inbound = !g.ingress().isEmpty() && (g.egress().isEmpty() || r.nextBoolean());
        List<SecurityGroupRule> rules = new ArrayList<>(inbound ? g.ingress() : g.egress());
        SecurityGroupRule gone = rules.remove(r.nextInt(rules.size()));
        n.put(new SecurityGroup(g.id(), g.name(), g.parent(), inbound ? rules : g.ingress(), inbound ? g.egress() : rules));
        return g.id() + " without " + gone.peerText();
    }
}
