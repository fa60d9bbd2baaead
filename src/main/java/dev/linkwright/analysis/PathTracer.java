package dev.linkwright.analysis;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.InterfaceEndpoint;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks one query: the forward path leg by leg (a leg ends where a component takes the packet and
 * starts a new one: NAT gateway, load balancer, PrivateLink), then, when the request arrives, the
 * reply back through the same legs in reverse (R-EV-2): routing and network ACLs again, security
 * groups stateful, rewriting components undoing their rewrite.
 */
final class PathTracer {

    private static final int MAX_LEGS = 12;

    private final AnalysisRun run;

    PathTracer(AnalysisRun run) {
        this.run = run;
    }

    Trace trace(QueryResolver.Resolved r) {
        r.advisories().forEach(a -> run.advise(a.code(), a.elementId(), a.message()));
        Walk forward = new Walk(run, Direction.FORWARD);
        List<Segment> segments = new ArrayList<>();
        Disposition delivered = forward(forward, r, segments);
        List<Hop> back = List.of();
        if (delivered != null && run.blockers.isEmpty()) {
            Walk reply = new Walk(run, Direction.RETURN);
            back(reply, segments);
            back = reply.rec.hops();
        }
        if (run.blockers.isEmpty() && delivered == null) {
            ElementId at = forward.rec.current() != null ? forward.rec.current() : run.index.internetId;
            run.blockers.add(new BlockedAt(at, at, Direction.FORWARD, "NO_PATH", null, "No path leads from the source to "
                    + r.destinationText() + ".", "R-EV-1", Disposition.NO_ROUTE, List.of()));
        }
        if (!run.blockers.isEmpty()) {
            unidirectional(r);
        }
        return assemble(forward.rec.hops(), back, delivered);
    }

    private Trace assemble(List<Hop> forward, List<Hop> back, Disposition delivered) {
        boolean reachable = run.blockers.isEmpty();
        BlockedAt first = reachable ? null : run.blockers.get(0);
        List<BlockedAt> others = reachable ? List.of() : run.blockers.subList(1, run.blockers.size());
        Disposition d = reachable ? delivered : first.disposition();
        return new Trace(run.query, reachable ? Verdict.REACHABLE : Verdict.BLOCKED, d, forward, back, first, others,
                new ArrayList<>(run.advisories.values()), new ArrayList<>(run.detailCodes));
    }

    // ---- forward ------------------------------------------------------------------------------------

    private Disposition forward(Walk w, QueryResolver.Resolved r, List<Segment> segments) {
        Packet p0 = r.flow().packet();
        if (r.dnsFailure() != null) {
            openSource(w, r.source());
            w.fail(StepAction.DNS_RESOLUTION, r.dnsFailure().element(), p0, r.dnsFailure());
            return null;
        }
        if (r.source() instanceof Position.AtIface ai && ai.iface().role == Iface.Role.ENDPOINT) {
            return endpointCannotInitiate(w, ai.iface(), r);
        }
        if (r.source() instanceof Position.AtIface ai && notRunning(ai.iface())) {
            openSource(w, r.source());
            stopped(w, ai.iface(), p0);
            return null;
        }
        if (r.resolverOf() != null) {
            return resolver(w, r, segments);
        }
        if (r.dnsStep() != null) {
            openSource(w, r.source());
            w.note(StepAction.DNS_RESOLUTION, null, r.dnsStep(), p0);
        }
        Position pos = r.source();
        Flow f = r.flow();
        Expectation expect = r.expect();
        boolean openHop = true;
        dev.linkwright.model.Ipv4Address replyTo = null;
        for (int leg = 0; leg < MAX_LEGS; leg++) {
            w.expect = expect;
            Arrival a = w.travel(pos, f, openHop);
            if (a == null) {
                return null;
            }
            segments.add(new Segment.Leg(pos, f, a.position(), a.flow(), replyTo));
            Decision d = decide(w, a, expect);
            if (d.relay() != null) {
                segments.add(d.relay());
            }
            if (d.delivered()) {
                return d.disposition();
            }
            if (!d.isHandoff()) {
                return null;
            }
            pos = d.origin();
            f = d.flow();
            expect = d.expect() != null ? d.expect() : expect;
            openHop = !d.continueHop();
            replyTo = d.replyTo();
        }
        return null;
    }

    /**
     * DNS to the VPC's Route 53 Resolver (VPC+2): security groups cannot block it (R-SG-5) and
     * network ACLs do not filter it, so only the protocol and port matter.
     */
    private Disposition resolver(Walk w, QueryResolver.Resolved r, List<Segment> segments) {
        Packet p = r.flow().packet();
        VpcFacts vpc = r.resolverOf();
        openSource(w, r.source());
        w.note(StepAction.SECURITY_GROUP_EGRESS, null, "Security groups cannot block DNS to the Route 53 Resolver, and network ACLs do"
                + " not filter it (R-SG-5).", p);
        w.open(vpc.id(), ElementKind.VPC);
        if (p.destinationPort() != 53 || !p.protocol().hasPorts()) {
            w.fail(StepAction.DELIVERED, vpc.id(), p, new Walk.Block(vpc.id(), "NO_POSSIBLE_DESTINATION", null, "R-SG-5",
                    Disposition.NEIGHBOR_UNREACHABLE, p.destination() + " is " + vpc + "'s Route 53 Resolver, which only answers DNS"
                    + " (port 53)."));
            return null;
        }
        w.pass(StepAction.DELIVERED, vpc.id(), "The Route 53 Resolver of " + vpc + " at " + p.destination() + " answers (" + p + ").", p);
        if (r.source() instanceof Position.AtIface ai) {
            segments.add(new Segment.Relay(List.of(new Segment.ReplyHop(ai.iface().hopId, ai.iface().hopKind, StepAction.DELIVERED,
                    "The reply reaches the client."))));
        }
        segments.add(new Segment.Relay(List.of(new Segment.ReplyHop(vpc.id(), ElementKind.VPC, StepAction.DELIVERED,
                "The resolver's answer goes straight back to the client."))));
        return Disposition.ACCEPTED;
    }

    private static void openSource(Walk w, Position source) {
        if (source instanceof Position.AtIface ai) {
            w.open(ai.iface().hopId, ai.iface().hopKind);
        } else if (source instanceof Position.AtOnPrem o) {
            w.open(o.host() != null ? o.host() : o.network().network.id(), o.host() != null ? ElementKind.ON_PREMISES_HOST
                    : ElementKind.ON_PREMISES_NETWORK);
        } else if (source instanceof Position.AtInternet i) {
            w.open(i.host() != null ? i.host() : w.index.internetId, i.host() != null ? ElementKind.INTERNET_HOST : ElementKind.INTERNET);
        }
    }

    /** What the arrival means: delivered, a component takes over, or a wrong or refusing receiver. */
    private Decision decide(Walk w, Arrival a, Expectation expect) {
        Packet p = a.flow().packet();
        if (a.position() instanceof Position.AtIface ai) {
            Iface i = ai.iface();
            if (!i.owns(p.destination())) {
                return i.role == Iface.Role.NAT_GATEWAY ? w.gateways.natHandoff(i, a.flow()) : refuses(w, i, p);
            }
            if (!expect.matches(a.position())) {
                return wrongDestination(w, i.hopId, expect, a.flow());
            }
            switch (i.role) {
                case ENDPOINT:
                    return w.privateLinks.throughEndpoint(i, a.flow());
                case LOAD_BALANCER_NODE:
                    return w.privateLinks.loadBalancing().direct(i, a.flow());
                case NAT_GATEWAY:
                    return w.gateways.natRefuses(i, a.flow());
                default:
                    return notRunning(i) ? stopped(w, i, p) : delivered(w, i.hopId, p, Disposition.ACCEPTED);
            }
        }
        if (a.position() instanceof Position.AtOnPrem o) {
            ElementId id = o.host() != null ? o.host() : o.network().network.id();
            return expect.matches(a.position()) ? delivered(w, id, p, Disposition.ACCEPTED) : wrongDestination(w, id, expect, a.flow());
        }
        if (a.position() instanceof Position.AtInternet n) {
            if (expect.position() != null && !(expect.position() instanceof Position.AtInternet)) {
                return wrongDestination(w, n.host() != null ? n.host() : w.index.internetId, expect, a.flow());
            }
            return n.host() != null ? delivered(w, n.host(), p, Disposition.ACCEPTED)
                    : exits(w, p);
        }
        Position.AtService s = (Position.AtService) a.position();
        return delivered(w, s.id(), p, Disposition.ACCEPTED);
    }

    private static boolean notRunning(Iface i) {
        return i.owner instanceof dev.linkwright.model.Instance inst && !States.usable(inst.state());
    }

    private static Decision stopped(Walk w, Iface i, Packet p) {
        String state = ((dev.linkwright.model.Instance) i.owner).state();
        w.fail(StepAction.STATE_CHECK, i.hopId, p, new Walk.Block(i.hopId, "BAD_STATE", null, "R-EV-1", Disposition.NEIGHBOR_UNREACHABLE,
                "Instance " + i.hopId + " is " + state + ", so nothing answers on its interface."));
        return Decision.stop();
    }

    private static Decision delivered(Walk w, ElementId at, Packet p, Disposition d) {
        w.pass(StepAction.DELIVERED, at, "Delivered to " + at + " (" + p + ").", p);
        return Decision.deliver(d);
    }

    private static Decision exits(Walk w, Packet p) {
        w.pass(StepAction.EXITS_NETWORK, w.index.internetId, "Leaves for the internet towards " + p.destination() + ".", p);
        return Decision.deliver(Disposition.EXITS_NETWORK);
    }

    private static Decision refuses(Walk w, Iface i, Packet p) {
        w.fail(StepAction.DELIVERED, i.hopId, p, new Walk.Block(i.hopId, "NO_POSSIBLE_DESTINATION", null, "R-RT-3",
                Disposition.NEIGHBOR_UNREACHABLE, i.hopId + " receives a packet for " + p.destination() + " but does not forward traffic."));
        return Decision.stop();
    }

    /** The packet reached someone else with the address (overlapping or identical CIDRs, R-TGW-6). */
    static Decision wrongDestination(Walk w, ElementId reached, Expectation expect, Flow f) {
        Packet p = f.packet();
        if (f.entry() == Flow.Entry.TRANSIT_GATEWAY && w.lastTgwDecision != null) {
            w.lastDecision = w.lastTgwDecision;
            w.lastDecisionByTgw = true;
        }
        ElementId blamed = w.lastDecision != null ? w.lastDecision : reached;
        String wanted = describe(expect.position());
        if (!w.lastDecisionByTgw && w.lastOverridden != null) {
            w.fail(StepAction.DELIVERED, reached, p, new Walk.Block(blamed, "NO_POSSIBLE_DESTINATION", "X_LOCAL_ROUTE_PRECEDENCE",
                    "R-RT-4", Disposition.NEIGHBOR_UNREACHABLE, "The packet for " + p.destination() + " stays in the VPC: the local"
                    + " route wins over the more specific propagated route " + w.lastOverridden.describe() + " (R-RT-4), so it"
                    + " reaches " + reached + " instead of " + wanted + "."));
            return Decision.stop();
        }
        String code = w.lastDecisionByTgw ? "TGW_RTB_NO_ROUTE_TO_TGW_ATTACHMENT" : "NO_ROUTE_TO_DESTINATION";
        w.fail(StepAction.DELIVERED, reached, p, new Walk.Block(blamed, code, null, w.lastDecisionByTgw ? "R-TGW-6" : "R-RT-2",
                Disposition.NO_ROUTE, "The packet for " + p.destination() + " is routed by " + blamed + " to " + reached + ", not to "
                + wanted + ": another network uses the same addresses and the routes lead there."));
        return Decision.stop();
    }

    private static String describe(Position p) {
        if (p instanceof Position.AtIface i) {
            return i.iface().hopId.value();
        }
        if (p instanceof Position.AtOnPrem o) {
            return o.network().network.id().value();
        }
        return "the destination";
    }

    /** R-PL-7: an endpoint only answers; it never starts a connection. */
    private Disposition endpointCannotInitiate(Walk w, Iface eni, QueryResolver.Resolved r) {
        InterfaceEndpoint ep = (InterfaceEndpoint) eni.owner;
        Packet p = r.flow().packet();
        boolean sameVpc = r.expect().position() instanceof Position.AtIface d && d.iface().vpc() == eni.vpc();
        w.open(eni.hopId, eni.hopKind);
        w.fail(StepAction.PRIVATELINK_HANDOFF, ep.id(), p, new Walk.Block(ep.id(), sameVpc ? "VPCE_INTRA_VPC_TRAFFIC" : "NO_PATH",
                sameVpc ? null : "X_PRIVATELINK_UNIDIRECTIONAL", "R-PL-7", Disposition.NEIGHBOR_UNREACHABLE, "Endpoint " + ep.id()
                + " cannot start connections: PrivateLink is initiated by consumers only, an endpoint only returns responses."));
        return null;
    }

    /**
     * R-PL-7: a provider-side source finds no route to a consumer it only knows through PrivateLink;
     * name that instead of the bare routing failure.
     */
    private void unidirectional(QueryResolver.Resolved r) {
        BlockedAt first = run.blockers.get(0);
        boolean routing = first.code().equals("NO_ROUTE_TO_DESTINATION") || first.code().equals("NO_POSSIBLE_DESTINATION");
        if (!routing || !(r.source() instanceof Position.AtIface s) || !(r.expect().position() instanceof Position.AtIface d)
                || otherwiseConnected(s.iface().vpc(), d.iface().vpc())) {
            return;
        }
        for (InterfaceEndpoint ep : d.iface().vpc().interfaceEndpoints) {
            if (ep.service() == null) {
                continue;
            }
            var svc = run.index.view.find(ep.service(), dev.linkwright.model.EndpointService.class).orElse(null);
            if (svc != null && svc.loadBalancers().stream().anyMatch(lb -> run.index.nodesByLoadBalancer.getOrDefault(lb, List.of())
                    .stream().anyMatch(n -> n.vpc() == s.iface().vpc()))) {
                run.blockers.add(0, new BlockedAt(ep.id(), first.hopId(), Direction.FORWARD, "DISCONNECTED_VPCS",
                        "X_PRIVATELINK_UNIDIRECTIONAL", "The provider side cannot start connections to the consumer: " + d.iface().vpc()
                        + " is connected to " + s.iface().vpc() + " only through PrivateLink endpoint " + ep.id()
                        + ", which carries connections from consumer to provider only.", "R-PL-7", Disposition.NO_ROUTE, List.of()));
                return;
            }
        }
    }

    /** True when two VPCs share a peering or a transit gateway: then a routing blocker is the real reason. */
    private static boolean otherwiseConnected(VpcFacts a, VpcFacts b) {
        for (dev.linkwright.model.PeeringConnection p : a.peerings) {
            if (b.id().equals(p.peerOf(a.id()))) {
                return true;
            }
        }
        for (ElementId tgw : a.tgwAttachments.keySet()) {
            if (b.tgwAttachments.containsKey(tgw)) {
                return true;
            }
        }
        return false;
    }

    // ---- return -------------------------------------------------------------------------------------

    private void back(Walk w, List<Segment> segments) {
        for (int i = segments.size() - 1; i >= 0; i--) {
            Segment s = segments.get(i);
            if (s instanceof Segment.Relay relay) {
                Packet next = i > 0 && segments.get(i - 1) instanceof Segment.Leg l ? l.arrived().packet().reversed() : null;
                for (Segment.ReplyHop h : relay.hops()) {
                    w.open(h.id(), h.kind());
                    w.note(h.action(), h.id(), h.note(), next);
                }
                continue;
            }
            Segment.Leg leg = (Segment.Leg) s;
            Packet reply = leg.arrived().packet().reversed();
            if (leg.replyTo() != null) {
                reply = reply.withDestination(leg.replyTo(), reply.destinationPorts());
            }
            Flow f = Flow.start(reply, java.util.Set.of(), null);
            w.expect = new Expectation(leg.start(), reply.destination());
            Arrival a = w.travel(leg.end(), f, true);
            if (a == null) {
                return;
            }
            if (!new Expectation(leg.start(), reply.destination()).matches(a.position())) {
                wrongDestination(w, w.rec.current(), new Expectation(leg.start(), reply.destination()), a.flow());
                return;
            }
            if (i == 0) {
                w.pass(StepAction.DELIVERED, w.rec.current(), "The reply reaches the client (" + reply + ").", reply);
            }
        }
    }
}
