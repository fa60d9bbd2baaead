package dev.linkwright.analysis.flows;

import dev.linkwright.analysis.BlockedAt;
import dev.linkwright.analysis.Direction;
import dev.linkwright.analysis.Hop;
import dev.linkwright.analysis.Packet;
import dev.linkwright.analysis.Step;
import dev.linkwright.analysis.StepAction;
import dev.linkwright.analysis.StepResult;
import dev.linkwright.analysis.Trace;
import dev.linkwright.model.Account;
import dev.linkwright.model.AttachmentType;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.EndpointService;
import dev.linkwright.model.EndpointState;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.Listener;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.NetworkAcl;
import dev.linkwright.model.NetworkAclRule;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.PeeringState;
import dev.linkwright.model.Placement;
import dev.linkwright.model.PortRange;
import dev.linkwright.model.Protocol;
import dev.linkwright.model.Route;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.RuleAction;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.SecurityGroupRule;
import dev.linkwright.model.TargetGroup;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.TopologyView;
import dev.linkwright.model.Vpc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fix suggestions for a blocked trace, derived from its blocking step: the security-group rule to
 * add, the network ACL rule (ephemeral ports for replies), the missing route and its target,
 * accepting a pending endpoint connection, allowing the consumer's principal, cross-zone load
 * balancing, an interface endpoint instead of a gateway endpoint, ... Mechanical fixes carry the
 * changed elements; the others are advice. The trace is only read: nothing here re-evaluates rules.
 *
 * <pre>{@code
 * for (FixSuggestion s : FixAdvisor.suggest(trace, design.topology())) {
 *     System.out.println(s.title() + (s.applicable() ? " [apply]" : ""));
 * }
 * }</pre>
 */
public final class FixAdvisor {

    private FixAdvisor() {
    }

    /** What would make {@code trace} pass, most direct first; empty for a reachable trace. */
    public static List<FixSuggestion> suggest(Trace trace, TopologyView view) {
        BlockedAt b = trace.blockedAt();
        if (b == null) {
            return List.of();
        }
        Step step = failingStep(trace, b);
        Packet p = step != null && step.packet() != null ? step.packet() : null;
        List<FixSuggestion> out = new ArrayList<>();
        Element blocker = view.find(b.elementId()).orElse(null);
        if (blocker instanceof SecurityGroup sg && p != null && step != null) {
            out.add(securityGroupRule(sg, step.action() == StepAction.SECURITY_GROUP_EGRESS, p));
        } else if (blocker instanceof NetworkAcl acl && p != null && step != null) {
            out.add(networkAclRule(acl, step.action() == StepAction.NACL_IN, b.direction() == Direction.RETURN, p));
        } else if (b.code().equals("NO_ROUTE_TO_DESTINATION") && p != null) {
            out.addAll(route(view, blocker, b, p));
        }
        out.addAll(byCode(view, b, blocker, p, trace));
        if (out.isEmpty()) {
            out.add(FixSuggestion.advice("Change " + b.elementId() + " so that it lets this traffic through", b.message()
                    + (b.rule() == null || b.rule().isEmpty() ? "" : " (" + b.rule() + ")"), b.elementId()));
        }
        return out;
    }

    /** The step that failed at the blocking hop, in the blocking direction. */
    static Step failingStep(Trace trace, BlockedAt b) {
        List<Hop> hops = b.direction() == Direction.RETURN ? trace.returnPath() : trace.forward();
        Step fallback = null;
        for (Hop h : hops) {
            for (Step s : h.steps()) {
                if (s.result() == StepResult.FAIL) {
                    if (b.elementId().equals(s.elementId()) || b.hopId() != null && b.hopId().equals(h.id())) {
                        return s;
                    }
                    if (fallback == null) {
                        fallback = s;
                    }
                }
            }
        }
        return fallback;
    }

    // ---- filters ------------------------------------------------------------------------------------

    private static FixSuggestion securityGroupRule(SecurityGroup sg, boolean egress, Packet p) {
        Cidr peer = Cidr.host(egress ? p.destination() : p.source());
        PortRange ports = p.protocol().hasPorts() && p.destinationPorts() != null ? p.destinationPorts() : PortRange.ALL;
        SecurityGroupRule rule = SecurityGroupRule.allowCidr(p.protocol(), ports, peer);
        List<SecurityGroupRule> ingress = new ArrayList<>(sg.ingress());
        List<SecurityGroupRule> egressRules = new ArrayList<>(sg.egress());
        (egress ? egressRules : ingress).add(rule);
        SecurityGroup changed = new SecurityGroup(sg.id(), sg.name(), sg.parent(), ingress, egressRules);
        String what = p.protocol().label() + (p.protocol().hasPorts() ? " " + ports : "") + (egress ? " to " : " from ") + peer;
        return new FixSuggestion("Add an " + (egress ? "outbound" : "inbound") + " rule to " + sg.id() + ": " + what,
                "Security groups allow only what a rule names; " + (egress ? "outbound " + what + " is" : "inbound " + what + " is")
                        + " not named yet. Replies then pass by themselves: security groups are stateful (R-SG-2).",
                sg.id(), List.of(changed));
    }

    private static FixSuggestion networkAclRule(NetworkAcl acl, boolean inbound, boolean reply, Packet p) {
        List<NetworkAclRule> rules = new ArrayList<>(inbound ? acl.ingress() : acl.egress());
        PortRange ports = p.protocol().hasPorts() && p.destinationPorts() != null ? p.destinationPorts() : PortRange.ALL;
        if (reply && p.protocol().hasPorts() && ports.from() >= PortRange.EPHEMERAL.from()) {
            ports = PortRange.EPHEMERAL;
        }
        Cidr peer = Cidr.host(inbound ? p.source() : p.destination());
        int number = freeNumberBefore(rules, firstMatch(rules, p, inbound));
        NetworkAclRule rule = NetworkAclRule.of(number, RuleAction.ALLOW, p.protocol(), ports, peer);
        rules.add(rule);
        rules.sort((a, c) -> Integer.compare(a.number(), c.number()));
        NetworkAcl changed = inbound ? new NetworkAcl(acl.id(), acl.name(), acl.parent(), acl.defaultAcl(), rules, acl.egress())
                : new NetworkAcl(acl.id(), acl.name(), acl.parent(), acl.defaultAcl(), acl.ingress(), rules);
        String what = p.protocol().label() + (p.protocol().hasPorts() ? " " + ports : "") + (inbound ? " from " : " to ") + peer;
        return new FixSuggestion("Add " + (inbound ? "inbound" : "outbound") + " rule " + number + " to " + acl.id() + ": allow " + what,
                (reply ? "Network ACLs are stateless: the reply to the client's ephemeral port needs its own rule (R-NACL-3). "
                        : "Network ACLs check rules in number order and the first match decides (R-NACL-1). ")
                        + "Rule " + number + " comes before the rule that denies it now.",
                acl.id(), List.of(changed));
    }

    /** The number of the first rule matching {@code p}, or -1 when only the final * rule does. */
    private static int firstMatch(List<NetworkAclRule> rules, Packet p, boolean inbound) {
        Ipv4Address peer = inbound ? p.source() : p.destination();
        List<NetworkAclRule> sorted = new ArrayList<>(rules);
        sorted.sort((a, c) -> Integer.compare(a.number(), c.number()));
        for (NetworkAclRule r : sorted) {
            boolean protocol = r.protocol() == Protocol.ALL || r.protocol() == p.protocol();
            boolean ports = !p.protocol().hasPorts() || p.destinationPorts() == null || r.ports().contains(p.destinationPorts().from());
            if (r.cidr() != null && r.cidr().contains(peer) && protocol && ports) {
                return r.number();
            }
        }
        return -1;
    }

    private static int freeNumberBefore(List<NetworkAclRule> rules, int before) {
        Set<Integer> used = new HashSet<>();
        int max = 0;
        for (NetworkAclRule r : rules) {
            used.add(r.number());
            max = Math.max(max, r.number());
        }
        if (before < 0) {
            int n = Math.min(NetworkAclRule.MAX_NUMBER, (max / 10 + 1) * 10);
            while (used.contains(n) && n > 1) {
                n--;
            }
            return n;
        }
        for (int n = before - 1; n >= 1; n--) {
            if (!used.contains(n)) {
                return n;
            }
        }
        return Math.max(1, before - 1);
    }

    // ---- routes ------------------------------------------------------------------------------------

    private static List<FixSuggestion> route(TopologyView view, Element blocker, BlockedAt b, Packet p) {
        Ipv4Address d = p.destination();
        if (!(blocker instanceof RouteTable table)) {
            return List.of(FixSuggestion.advice("Give the subnet a route table with a route to " + d,
                    "The subnet uses the VPC's main route table, which only has the local routes; associate a route table with a"
                            + " route for " + d + "'s network to a peering, transit gateway or gateway that reaches it (R-RT-2).",
                    b.elementId()));
        }
        Vpc own = view.find(table.parent(), Vpc.class).orElse(null);
        Vpc far = vpcContaining(view, d, own);
        if (own != null && far != null) {
            Cidr block = far.cidrBlocks().stream().filter(c -> c.contains(d)).findFirst().orElse(Cidr.host(d));
            Optional<PeeringConnection> pcx = view.all(PeeringConnection.class).stream()
                    .filter(x -> x.state() == PeeringState.ACTIVE && sameEnds(x, own.id(), far.id())).findFirst();
            if (pcx.isPresent()) {
                return List.of(addRoute(table, block, pcx.get().id(), "VPC peering " + pcx.get().id() + " connects " + own.id()
                        + " and " + far.id() + ", but " + table.id() + " has no route for " + block + " through it (R-PCX-4)."));
            }
            Optional<ElementId> tgw = sharedTransitGateway(view, own.id(), far.id());
            if (tgw.isPresent()) {
                return List.of(addRoute(table, block, tgw.get(), "Both VPCs are attached to transit gateway " + tgw.get() + ", but "
                        + table.id() + " does not send " + block + " to it (R-TGW-4)."));
            }
            return List.of(FixSuggestion.advice("Connect " + own.id() + " and " + far.id() + ", then route " + block + " there",
                    "Nothing connects the two VPCs: create a VPC peering (and a route to it on both sides) or attach both to a transit"
                            + " gateway. Peering is not transitive, so a third VPC in between does not help (R-PCX-5).", table.id()));
        }
        return List.of(FixSuggestion.advice("Add a route for " + d + " to " + table.id(),
                "No route of " + table.id() + " matches " + d + "; add one to the gateway, peering or transit gateway that leads there"
                        + " (R-RT-2).", table.id()));
    }

    private static FixSuggestion addRoute(RouteTable t, Cidr block, ElementId target, String why) {
        List<Route> routes = new ArrayList<>(t.routes());
        routes.add(Route.to(block, target));
        RouteTable changed = new RouteTable(t.id(), t.name(), t.parent(), t.main(), routes, t.propagatingGateways());
        return new FixSuggestion("Add route " + block + " → " + target + " to " + t.id(), why, t.id(), List.of(changed));
    }

    private static Vpc vpcContaining(TopologyView view, Ipv4Address a, Vpc except) {
        for (Vpc v : view.all(Vpc.class)) {
            if (v != except && (except == null || !v.id().equals(except.id())) && v.cidrBlocks().stream().anyMatch(c -> c.contains(a))) {
                return v;
            }
        }
        return null;
    }

    private static boolean sameEnds(PeeringConnection p, ElementId a, ElementId b) {
        return p.requesterVpc().equals(a) && p.accepterVpc().equals(b) || p.requesterVpc().equals(b) && p.accepterVpc().equals(a);
    }

    private static Optional<ElementId> sharedTransitGateway(TopologyView view, ElementId a, ElementId b) {
        Set<ElementId> ofA = new HashSet<>();
        Set<ElementId> ofB = new HashSet<>();
        for (TgwAttachment att : view.all(TgwAttachment.class)) {
            if (att.type() == AttachmentType.VPC && a.equals(att.resource())) {
                ofA.add(att.parent());
            }
            if (att.type() == AttachmentType.VPC && b.equals(att.resource())) {
                ofB.add(att.parent());
            }
        }
        ofA.retainAll(ofB);
        return ofA.stream().findFirst();
    }

    // ---- by reason code -----------------------------------------------------------------------------

    private static List<FixSuggestion> byCode(TopologyView view, BlockedAt b, Element blocker, Packet p, Trace trace) {
        List<FixSuggestion> out = new ArrayList<>();
        String code = b.code();
        ElementId at = b.elementId();
        if (blocker instanceof InterfaceEndpoint ep && code.equals("BAD_STATE")
                && (ep.state() == EndpointState.PENDING_ACCEPTANCE || ep.state() == EndpointState.REQUESTED
                || ep.state() == EndpointState.PENDING)) {
            out.add(new FixSuggestion("Accept the endpoint connection " + ep.id(), "The service owner must accept the connection"
                    + " request before traffic flows (R-PL-6); accepting makes the endpoint Available.", ep.id(),
                    List.of(withState(ep, EndpointState.AVAILABLE))));
        } else if (blocker instanceof InterfaceEndpoint ep && code.equals("E_VPCE_PRINCIPAL_NOT_ALLOWED") && ep.service() != null) {
            view.find(ep.service(), EndpointService.class).ifPresent(svc -> {
                String principal = principalOf(view, ep);
                List<String> principals = new ArrayList<>(svc.allowedPrincipals());
                principals.add(principal);
                EndpointService changed = new EndpointService(svc.id(), svc.name(), svc.parent(), svc.serviceName(),
                        svc.loadBalancers(), svc.acceptanceRequired(), principals, svc.supportedIpAddressTypes(),
                        svc.supportedRegions(), svc.privateDnsName(), svc.privateDnsVerified(), svc.zoneIds(), svc.state());
                out.add(new FixSuggestion("Allow principal " + principal + " on " + svc.id(), "Only allowed principals may connect"
                        + " to an endpoint service (R-PL-4).", svc.id(), List.of(changed)));
            });
        } else if (code.equals("ELB_NOT_CROSSZONE") || code.equals("ELBV2_NO_TARGETS_IN_AZ") || code.equals("ELB_INSTALLED_AZ_RESTRICTION")) {
            loadBalancerOf(view, at).ifPresent(lb -> {
                out.add(crossZone(view, lb));
                out.add(FixSuggestion.advice("Register a target of " + lb.id() + " in the AZ of the node that received the connection",
                        "With cross-zone load balancing off, a node only sends to targets in its own AZ (R-NLB-1).", lb.id()));
            });
        } else if (code.equals("X_GATEWAY_ENDPOINT_NOT_EXTENDABLE")) {
            out.add(FixSuggestion.advice("Use an interface endpoint instead of gateway endpoint " + at,
                    "A gateway endpoint only serves traffic that starts in its own VPC; from on-premises, a peer VPC or a transit"
                            + " gateway, reach the service through an interface endpoint (PrivateLink), whose addresses are routable"
                            + " from there (R-GEP-3).", at));
        } else if (code.equals("X_EDGE_TO_EDGE") || code.equals("PCX_REQUIRES_ADDRESS_IN_VPC_CIDR") || code.equals("X_DXGW_NO_TRANSIT")) {
            out.add(FixSuggestion.advice("Connect the two ends directly, or through a transit gateway",
                    "VPC peering and Direct Connect gateways are not transitive: traffic may only end in the VPC on the other side"
                            + " (R-PCX-5). Peer the source's and the destination's VPCs directly, or attach both to a transit gateway.",
                    at));
        } else if (code.equals("ELBV2_LISTENER_PORT_RESTRICTION") || code.equals("ELBV2_LISTENERS_MISMATCH")) {
            out.add(FixSuggestion.advice("Add a listener for " + (p == null ? "this port" : p.protocol().label() + "/" + p.destinationPort())
                    + " to " + at, "A load balancer only accepts connections on its listeners' protocols and ports (R-NLB-2).", at));
        } else if (code.equals("VPCE_SERVICE_NOT_INSTALLED_IN_AZ")) {
            out.add(FixSuggestion.advice("Put the endpoint in an AZ the service offers, or enable the service's load balancer in this AZ",
                    "An interface endpoint only works in the AZs (compared by AZ id, not name) where the service's load balancer has a"
                            + " node (R-PL-3).", at));
        } else if (code.startsWith("TGW_")) {
            out.add(FixSuggestion.advice("Add a route in the transit gateway route table to the destination's attachment",
                    "The attachment's associated transit gateway route table decides where the packet goes; add a static route or"
                            + " propagate the destination attachment into it (R-TGW-3).", at));
        } else if (code.startsWith("BAD_STATE") || code.equals("TGW_BAD_STATE_VPN")) {
            boolean whatIf = b.message().contains("what-if");
            out.add(FixSuggestion.advice((whatIf ? "Restore " : "Bring back ") + at, b.message()
                    + (whatIf ? " Restore it in the what-if panel to see the design as it is." : " A component that is not in a working"
                    + " state carries no traffic; bring it up, or add a redundant path that does not depend on it."), at));
        }
        return out;
    }

    private static InterfaceEndpoint withState(InterfaceEndpoint ep, EndpointState state) {
        return new InterfaceEndpoint(ep.id(), ep.name(), ep.parent(), ep.service(), ep.serviceName(), ep.serviceRegion(), ep.interfaces(),
                ep.securityGroups(), ep.ipAddressType(), ep.privateDns(), state, ep.requesterPrincipal(), ep.policy());
    }

    private static String principalOf(TopologyView view, InterfaceEndpoint ep) {
        if (ep.requesterPrincipal() != null && !ep.requesterPrincipal().isBlank()) {
            return ep.requesterPrincipal();
        }
        return "arn:aws:iam::" + Placement.accountOf(view, ep.id()).map(Account::id).map(ElementId::value).orElse("ACCOUNT") + ":root";
    }

    private static Optional<LoadBalancer> loadBalancerOf(TopologyView view, ElementId at) {
        Optional<LoadBalancer> lb = view.find(at, LoadBalancer.class);
        if (lb.isPresent()) {
            return lb;
        }
        for (LoadBalancer each : view.all(LoadBalancer.class)) {
            for (Listener l : each.listeners()) {
                if (at.equals(l.targetGroup())) {
                    return Optional.of(each);
                }
            }
        }
        return Optional.empty();
    }

    private static FixSuggestion crossZone(TopologyView view, LoadBalancer lb) {
        List<Element> changed = new ArrayList<>();
        changed.add(new LoadBalancer(lb.id(), lb.name(), lb.parent(), lb.type(), lb.scheme(), lb.ipAddressType(), lb.nodes(),
                lb.securityGroups(), lb.createdWithSecurityGroups(), lb.enforceSecurityGroupsOnPrivateLink(), true, lb.listeners(),
                lb.state()));
        for (Listener l : lb.listeners()) {
            view.find(l.targetGroup(), TargetGroup.class).filter(tg -> Boolean.FALSE.equals(tg.crossZone())).ifPresent(tg ->
                    changed.add(new TargetGroup(tg.id(), tg.name(), tg.parent(), tg.targetType(), tg.protocol(), tg.port(), null,
                            tg.preserveClientIp(), tg.targets())));
        }
        return new FixSuggestion("Turn on cross-zone load balancing for " + lb.id(),
                "Then every node may send to targets in every enabled AZ (R-NLB-1).", lb.id(), changed);
    }
}
