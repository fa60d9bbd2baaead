package dev.linkwright.analysis;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.EndpointService;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.Listener;
import dev.linkwright.model.ListenerProtocol;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.PortRange;
import dev.linkwright.model.Protocol;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.Target;
import dev.linkwright.model.TargetGroup;
import dev.linkwright.model.TargetHealth;
import java.util.ArrayList;
import java.util.List;

/**
 * Network Load Balancers (R-NLB-1..5), reached directly or through PrivateLink: security groups
 * (since Aug 2023, with the PrivateLink enforcement switch), listener by protocol and port, target
 * group, targets in enabled AZs and (cross-zone off) in the node's own AZ, then a new leg from the
 * node to the chosen target. Through PrivateLink the target sees the node's address (R-NLB-4);
 * directly it depends on client IP preservation (R-NLB-3).
 */
final class LoadBalancing {

    private final Walk w;

    LoadBalancing(Walk w) {
        this.w = w;
    }

    /** A target the load balancer may pick, with its address, port and AZ id ("all" outside the VPC). */
    private record Candidate(Target target, Iface iface, Ipv4Address ip, int port, String azId, ElementId id) {
        boolean healthy() {
            return target.health() == TargetHealth.HEALTHY;
        }
    }

    /** From endpoint interface {@code eni} through service {@code svc} to a load balancer node. */
    Decision privateLinkHandoff(InterfaceEndpoint ep, Iface eni, EndpointService svc, Flow f, boolean crossRegion) {
        Packet p = f.packet();
        w.open(svc.id(), ElementKind.ENDPOINT_SERVICE);
        if (!States.usable(svc.state())) {
            w.fail(StepAction.STATE_CHECK, svc.id(), p, new Walk.Block(svc.id(), "BAD_STATE", null, "R-PL-6",
                    Disposition.NEIGHBOR_UNREACHABLE, "Endpoint service " + svc.id() + " is " + svc.state() + "."));
        }
        if (svc.loadBalancers().isEmpty()) {
            w.fail(StepAction.PRIVATELINK_HANDOFF, svc.id(), p, new Walk.Block(svc.id(), "E_ENDPOINT_SERVICE_NO_LOAD_BALANCER", null,
                    "R-PL-1", Disposition.NEIGHBOR_UNREACHABLE, "Endpoint service " + svc.id() + " has no load balancer behind it."));
            return Decision.stop();
        }
        Iface node = nodeFor(svc, eni, crossRegion);
        if (node == null) {
            w.fail(StepAction.PRIVATELINK_HANDOFF, svc.id(), p, new Walk.Block(ep.id(), "VPCE_SERVICE_NOT_INSTALLED_IN_AZ", null, "R-PL-3",
                    Disposition.NEIGHBOR_UNREACHABLE, "No load balancer of " + svc.id() + " has a node in " + eni.azId()
                    + ", the AZ of endpoint interface " + eni.hopId + "."));
            return Decision.stop();
        }
        w.pass(StepAction.PRIVATELINK_HANDOFF, svc.id(), "PrivateLink hands the connection to " + node.hopId + "'s node " + node.primaryIp()
                + " in " + node.azId() + (crossRegion ? " (cross-Region)" : " (same AZ id as the endpoint interface)") + ".", p);
        List<Segment.ReplyHop> back = List.of(
                new Segment.ReplyHop(svc.id(), ElementKind.ENDPOINT_SERVICE, StepAction.PRIVATELINK_HANDOFF,
                        "PrivateLink carries the reply back to the consumer's endpoint."),
                new Segment.ReplyHop(ep.id(), ElementKind.INTERFACE_ENDPOINT, StepAction.PRIVATELINK_HANDOFF,
                        "Endpoint " + ep.id() + " returns the reply from its interface " + eni.primaryIp() + " (R-PL-7)."));
        return forward(node, f, true, back);
    }

    private Iface nodeFor(EndpointService svc, Iface eni, boolean crossRegion) {
        Iface any = null;
        for (ElementId lbId : svc.loadBalancers()) {
            for (Iface node : w.index.nodesByLoadBalancer.getOrDefault(lbId, List.of())) {
                if (node.azId() != null && node.azId().equals(eni.azId()) || eni.azId() == null) {
                    return node;
                }
                if (any == null) {
                    any = node;
                }
            }
        }
        return crossRegion ? any : null;
    }

    /** A client addressed the node directly (not through PrivateLink). */
    Decision direct(Iface node, Flow f) {
        return forward(node, f, false, List.of());
    }

    private Decision forward(Iface node, Flow f, boolean privateLink, List<Segment.ReplyHop> back) {
        LoadBalancer lb = (LoadBalancer) node.owner;
        Packet p = f.packet();
        w.open(lb.id(), ElementKind.LOAD_BALANCER);
        if (!States.usable(lb.state())) {
            w.fail(StepAction.STATE_CHECK, lb.id(), p, new Walk.Block(lb.id(), "BAD_STATE", null, "R-NLB-1",
                    Disposition.NEIGHBOR_UNREACHABLE, "Load balancer " + lb.id() + " is " + lb.state() + "."));
            return Decision.stop();
        }
        inboundGroups(lb, node, f, privateLink);
        Listener listener = listener(lb, p);
        if (listener == null) {
            return Decision.stop();
        }
        TargetGroup tg = listener.targetGroup() == null ? null
                : w.index.view.find(listener.targetGroup(), TargetGroup.class).orElse(null);
        if (tg == null || tg.targets().isEmpty()) {
            w.fail(StepAction.LISTENER, lb.id(), p, new Walk.Block(lb.id(), "ELBV2_LISTENER_HAS_NO_TG", null, "R-NLB-2",
                    Disposition.NEIGHBOR_UNREACHABLE, "Listener " + listener.protocol().wire() + ":" + listener.port() + " of " + lb.id()
                    + (tg == null ? " forwards to no target group." : " forwards to target group " + tg.id() + ", which has no targets.")));
            return Decision.stop();
        }
        w.pass(StepAction.LISTENER, lb.id(), "Listener " + listener.protocol().wire() + ":" + listener.port() + " accepts it and forwards"
                + " to target group " + tg.id() + ".", p);
        w.open(tg.id(), ElementKind.TARGET_GROUP);
        Candidate c = chooseTarget(lb, node, tg, p);
        if (c == null) {
            return Decision.stop();
        }
        return newLeg(lb, node, tg, c, f, privateLink, back);
    }

    /** NLB security groups (R-NLB-5): evaluated with the client's address; optional for PrivateLink traffic. */
    private void inboundGroups(LoadBalancer lb, Iface node, Flow f, boolean privateLink) {
        List<SecurityGroup> groups = w.groupsOf(node);
        Packet p = f.packet();
        if (groups.isEmpty()) {
            if (!w.run.legacy() && !lb.securityGroups().isEmpty()) {
                return;
            }
            w.note(StepAction.SECURITY_GROUP_INGRESS, lb.id(), "Load balancer " + lb.id() + " has no security groups"
                    + (w.run.legacy() ? " (none existed for NLBs in 2020)" : "") + ", so it admits all client traffic (R-NLB-5).", p);
            return;
        }
        if (privateLink && !lb.enforceSecurityGroupsOnPrivateLink()) {
            w.note(StepAction.SECURITY_GROUP_INGRESS, groups.get(0).id(), "Inbound rules of " + lb.id() + "'s security groups are not"
                    + " evaluated for PrivateLink traffic (enforcement is off, R-NLB-5).", p);
            return;
        }
        Flow seen = privateLink ? f.rewritten(p, java.util.Set.of(), null) : f;
        SecurityGroupCheck.Result r = w.run.groups.ingress(groups, node.vpc(), seen);
        if (r.allowed()) {
            w.pass(StepAction.SECURITY_GROUP_INGRESS, r.group().id(), r.group().id() + " on " + lb.id() + " allows inbound "
                    + SecurityGroupCheck.describe(r.rule(), true) + " (the client's address " + p.source() + ").", p);
            return;
        }
        ElementId blamed = r.group().id();
        w.fail(StepAction.SECURITY_GROUP_INGRESS, blamed, p, new Walk.Block(blamed, r.code(), null, "R-NLB-5", Disposition.DENIED_IN,
                "Security group " + blamed + " on load balancer " + lb.id() + " has no inbound rule that allows " + VpcRouting.traffic(p)
                + " from the client " + p.source() + (privateLink ? " (for PrivateLink traffic the NLB's security group sees the"
                + " client's own address and the enforcement switch is on)" : "") + "."));
    }

    /** R-NLB-2: a listener matching protocol and port. */
    private Listener listener(LoadBalancer lb, Packet p) {
        int port = p.destinationPort();
        boolean portSeen = false;
        boolean protocolSeen = false;
        for (Listener l : lb.listeners()) {
            boolean proto = carries(l.protocol(), p.protocol());
            if (proto && l.port() == port) {
                return l;
            }
            portSeen |= l.port() == port;
            protocolSeen |= proto;
        }
        String code = !portSeen && protocolSeen ? "ELBV2_LISTENER_PORT_RESTRICTION" : "ELBV2_LISTENERS_MISMATCH";
        List<String> have = new ArrayList<>();
        lb.listeners().forEach(l -> have.add(l.protocol().wire() + ":" + l.port()));
        w.fail(StepAction.LISTENER, lb.id(), p, new Walk.Block(lb.id(), code, null, "R-NLB-2", Disposition.DENIED_IN,
                "Load balancer " + lb.id() + " has no listener for " + p.protocol().label() + (port > 0 ? " port " + port : "")
                + (have.isEmpty() ? " (it has no listeners)." : " (its listeners: " + String.join(", ", have) + ").")));
        return null;
    }

    private static boolean carries(ListenerProtocol l, Protocol p) {
        switch (l) {
            case TCP: case TLS:
                return p == Protocol.TCP;
            case UDP: case QUIC:
                return p == Protocol.UDP;
            case TCP_UDP: case TCP_QUIC:
                return p == Protocol.TCP || p == Protocol.UDP;
            default:
                return false;
        }
    }

    /** R-NLB-1: targets in enabled AZs; with cross-zone off only those in the node's AZ. */
    private Candidate chooseTarget(LoadBalancer lb, Iface node, TargetGroup tg, Packet p) {
        List<String> enabled = new ArrayList<>();
        w.index.nodesByLoadBalancer.getOrDefault(lb.id(), List.of()).forEach(n -> enabled.add(n.azId()));
        boolean crossZone = tg.crossZone() != null ? tg.crossZone() : lb.crossZone();
        List<Candidate> inEnabled = new ArrayList<>();
        List<Candidate> usable = new ArrayList<>();
        for (Target t : tg.targets()) {
            Candidate c = candidate(t, tg, node);
            if (c == null || !("all".equals(c.azId) || enabled.contains(c.azId) || enabled.contains(null))) {
                continue;
            }
            inEnabled.add(c);
            boolean sameZone = "all".equals(c.azId) || node.azId() == null || c.azId.equals(node.azId());
            if ((crossZone || sameZone) && (c.healthy() || !w.run.query.respectTargetHealth())) {
                usable.add(c);
            }
        }
        if (usable.isEmpty()) {
            return noTarget(lb, node, tg, p, inEnabled, crossZone);
        }
        List<Candidate> ordered = new ArrayList<>();
        usable.stream().filter(Candidate::healthy).forEach(ordered::add);
        usable.stream().filter(c -> !c.healthy()).forEach(ordered::add);
        Candidate c = ordered.get(w.run.choices.pick(tg.id(), ordered.size()));
        if (!c.healthy()) {
            w.run.advise("W_TARGET_UNHEALTHY", c.id, "Target " + c.id + " of " + tg.id() + " is " + c.target.health().wire()
                    + "; Reachability Analyzer ignores target health, but the load balancer would not use it (R-NLB-2).");
        }
        if (!"all".equals(c.azId) && node.azId() != null && !c.azId.equals(node.azId())) {
            w.run.detailCodes.add("AVAILABILITY_ZONE_CROSSED");
        }
        w.pass(StepAction.TARGET_SELECTION, tg.id(), "Target group " + tg.id() + " forwards to " + c.id + " (" + c.ip + ":" + c.port
                + ", " + c.azId + ")" + (crossZone ? "; cross-zone load balancing is on" : "; cross-zone load balancing is off, so only"
                + " targets in the node's AZ " + node.azId() + " are used") + ".", p);
        return c;
    }

    private Candidate candidate(Target t, TargetGroup tg, Iface node) {
        int port = t.port() != null ? t.port() : tg.port();
        if (t.instance() != null) {
            Iface i = w.index.iface(t.instance());
            return i == null || i.primaryIp() == null ? null
                    : new Candidate(t, i, i.primaryIp(), port, i.azId() != null ? i.azId() : "all", t.instance());
        }
        Iface i = w.index.ifaceAt(node.vpc(), t.ip());
        if (i != null) {
            return new Candidate(t, i, t.ip(), port, i.azId() != null ? i.azId() : "all", i.hopId);
        }
        String az = "all";
        for (SubnetFacts s : node.vpc().subnets) {
            if (s.cidr() != null && s.cidr().contains(t.ip())) {
                az = s.azId;
            }
        }
        return new Candidate(t, null, t.ip(), port, az == null ? "all" : az, ElementId.of(t.ip().toString()));
    }

    private Candidate noTarget(LoadBalancer lb, Iface node, TargetGroup tg, Packet p, List<Candidate> inEnabled, boolean crossZone) {
        String code;
        String message;
        List<String> secondary = List.of();
        if (inEnabled.isEmpty()) {
            code = "ELB_INSTALLED_AZ_RESTRICTION";
            message = "Target group " + tg.id() + " has no targets in an AZ where " + lb.id() + " has a node; a load balancer only"
                    + " sends to targets in its enabled AZs.";
        } else if (!crossZone && inEnabled.stream().noneMatch(c -> c.azId.equals(node.azId()) || "all".equals(c.azId))) {
            code = "ELBV2_NO_TARGETS_IN_AZ";
            secondary = List.of("ELB_NOT_CROSSZONE");
            message = "The node of " + lb.id() + " in " + node.azId() + " has no target in its AZ and cross-zone load balancing is off"
                    + " (the NLB default), so traffic reaching that node is dropped.";
        } else {
            code = "ELBV2_NO_TARGETS_IN_AZ";
            message = "Target group " + tg.id() + " has no healthy target the node in " + node.azId() + " may use.";
        }
        w.fail(StepAction.TARGET_SELECTION, tg.id(), p, new Walk.Block(lb.id(), code, null, "R-NLB-1", Disposition.NEIGHBOR_UNREACHABLE,
                message, secondary));
        return null;
    }

    /** The node opens a new connection to the target (R-NLB-3, R-NLB-4). */
    private Decision newLeg(LoadBalancer lb, Iface node, TargetGroup tg, Candidate c, Flow f, boolean privateLink,
                            List<Segment.ReplyHop> back) {
        Packet p = f.packet();
        Protocol proto = tg.protocol() == ListenerProtocol.UDP ? Protocol.UDP
                : tg.protocol() == ListenerProtocol.TCP || tg.protocol() == ListenerProtocol.TLS ? Protocol.TCP : p.protocol();
        boolean preserve = !privateLink && tg.effectivePreserveClientIp();
        Packet q = preserve ? p.withDestination(c.ip, PortRange.single(c.port))
                : p.withSource(node.primaryIp(), PortRange.EPHEMERAL).withDestination(c.ip, PortRange.single(c.port));
        q = q.withProtocol(proto);
        if (!privateLink) {
            w.run.detailCodes.add(preserve ? "ASSUMPTION_PRESERVE_CLIENT_IP_IS_ENABLED" : "ASSUMPTION_PRESERVE_CLIENT_IP_IS_DISABLED");
        }
        String why = privateLink ? "through PrivateLink the target sees the node's address " + node.primaryIp() + ", never the consumer's"
                + " (R-NLB-4)" : preserve ? "client IP preservation is on, so the target sees the client's address (R-NLB-3)"
                : "client IP preservation is off, so the target sees the node's address (R-NLB-3)";
        w.note(StepAction.NEW_LEG, lb.id(), "The node " + node.primaryIp() + " opens a new connection to " + c.id + ": " + why + ".", q);
        Flow g = f.rewritten(q, VpcRouting.ids(w.groupsOf(node)), node.vpc().id());
        List<Segment.ReplyHop> reply = new ArrayList<>();
        reply.add(new Segment.ReplyHop(lb.id(), ElementKind.LOAD_BALANCER, StepAction.NEW_LEG,
                "Load balancer " + lb.id() + " relays the reply to its client."));
        reply.addAll(back);
        Expectation expect = expectationFor(c);
        Decision d = Decision.handoff(new Segment.Relay(reply), new Position.AtIface(node), g, expect, true);
        // with the client's address preserved the target still answers through the load balancer
        return preserve ? d.replyingTo(node.primaryIp()) : d;
    }

    private Expectation expectationFor(Candidate c) {
        if (c.iface != null) {
            return new Expectation(new Position.AtIface(c.iface), c.ip);
        }
        OnPremFacts o = w.index.onPremContaining(c.ip);
        return new Expectation(o == null ? null : new Position.AtOnPrem(o, null), c.ip);
    }
}
