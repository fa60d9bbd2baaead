package dev.linkwright.analysis;

import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.GatewayEndpoint;
import dev.linkwright.model.Instance;
import dev.linkwright.model.InternetGateway;
import dev.linkwright.model.NatGateway;
import dev.linkwright.model.NetworkInterface;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.model.VpnGateway;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Inside a VPC (R-EV-1 steps 1-3, 5, 6): security groups of the sending interface, the subnet's
 * network ACL on the way out, the route table, and on arrival the destination subnet's ACL and the
 * receiving interface's security groups. Route targets other than local hand over to
 * {@link Gateways}, {@link TransitGateways} and {@link Hybrid}.
 */
final class VpcRouting {

    private final Walk w;

    VpcRouting(Walk w) {
        this.w = w;
    }

    Arrival sendFromIface(Iface src, Flow f, boolean openHop) {
        if (openHop) {
            w.open(src.hopId, src.hopKind);
        }
        Packet p = f.packet();
        Iface local = w.index.ifaceAt(src.vpc(), p.destination());
        egressGroups(src, local, f);
        if (local != null && local != src && local.subnet == src.subnet) {
            w.note(StepAction.SAME_SUBNET, src.subnet.id(), "Destination " + local.describe() + " is in the same subnet "
                    + src.subnet + ": delivered directly; network ACLs are not evaluated inside a subnet (R-NACL-4).", p);
            return deliver(local, f);
        }
        nacl(src.subnet, false, f);
        return route(src.subnet, f);
    }

    private void egressGroups(Iface src, Iface peer, Flow f) {
        List<SecurityGroup> groups = w.groupsOf(src);
        if (groups.isEmpty()) {
            return;
        }
        Packet p = f.packet();
        if (w.returning()) {
            w.note(StepAction.SECURITY_GROUP_STATEFUL, groups.get(0).id(), "Reply leaves " + src.hopId
                    + ": security groups are stateful, so the reply is allowed (R-SG-2).", p);
            return;
        }
        SecurityGroupCheck.Result r = w.run.groups.egress(groups, peer != null ? peer : expectedPeer(p), f);
        if (r.allowed()) {
            w.pass(StepAction.SECURITY_GROUP_EGRESS, r.group().id(), r.group().id() + " allows outbound "
                    + SecurityGroupCheck.describe(r.rule(), false) + ".", p);
            return;
        }
        ElementId blamed = r.group() != null ? r.group().id() : src.hopId;
        w.fail(StepAction.SECURITY_GROUP_EGRESS, blamed, p, new Walk.Block(blamed, r.code(), null, "R-SG-1", Disposition.DENIED_OUT,
                "Security group " + blamed + " on " + src.hopId + " has no outbound rule that allows " + traffic(p)
                        + " to " + p.destination() + "."));
    }

    /** For an outbound rule naming a group: the interface the packet is headed for, if known. */
    private Iface expectedPeer(Packet p) {
        List<Iface> owners = w.index.ifacesWithPrivateIp(p.destination());
        return owners.size() == 1 ? owners.get(0) : null;
    }

    /** The subnet's network ACL, outbound when leaving, inbound when entering (R-NACL-1, R-NACL-3). */
    void nacl(SubnetFacts s, boolean inbound, Flow f) {
        Packet p = f.packet();
        NetworkAclCheck.Result r = NetworkAclCheck.evaluate(s.acl, inbound, p);
        StepAction action = inbound ? StepAction.NACL_IN : StepAction.NACL_OUT;
        w.note(StepAction.SUBNET_BOUNDARY, s.id(), (inbound ? "Enters subnet " : "Leaves subnet ") + s
                + (s.cidr() == null ? "" : " (" + s.cidr() + ")") + ".", p);
        ElementId aclId = s.acl != null ? s.acl.id() : s.id();
        if (r.allowed()) {
            w.pass(action, aclId, s.acl == null ? r.text() : "Network ACL " + r.text() + " allows it.", p);
            return;
        }
        boolean reply = w.returning();
        String message = "Network ACL " + s.acl.id() + " of subnet " + s + " denies " + (reply ? "the reply " : "") + p
                + (inbound ? " on the way in" : " on the way out") + " ("
                + (r.rule() == null ? "only the final * rule matches" : "rule " + r.rule().number() + " matches first")
                + (reply ? "; network ACLs are stateless, so replies to the client's ephemeral port need their own rule" : "")
                + ").";
        w.fail(action, aclId, p, new Walk.Block(s.acl.id(), "SUBNET_ACL_RESTRICTION", null, reply ? "R-NACL-3" : "R-NACL-1",
                inbound ? Disposition.DENIED_IN : Disposition.DENIED_OUT, message));
    }

    /** Route lookup in the table of {@code from} (R-RT-1..7) and hand-over to the route's target. */
    Arrival route(SubnetFacts from, Flow f) {
        Packet p = f.packet();
        if (!w.spend(p)) {
            return null;
        }
        VpcFacts vpc = from.vpc;
        w.open(vpc.id(), ElementKind.VPC);
        VpcRouteTable table = from.routeTable;
        RouteChoice c = table.lookup(p.destination());
        w.lastDecision = table.id;
        w.lastDecisionByTgw = false;
        w.lastOverridden = c.overriddenByLocal();
        String tableText = table.implicit ? "the VPC's main route table (not modelled: local routes only)" : "route table " + table.id;
        if (c.route() == null) {
            w.fail(StepAction.ROUTE_LOOKUP, table.id, p, new Walk.Block(table.implicit ? vpc.id() : table.id, "NO_ROUTE_TO_DESTINATION",
                    null, "R-RT-2", Disposition.NO_ROUTE, "Subnet " + from + " uses " + tableText + ", which has no route to "
                    + p.destination() + "."));
            return null;
        }
        w.pass(StepAction.ROUTE_LOOKUP, table.id, routeText(tableText, c, p), p);
        if (c.route().prefixList() != null) {
            w.note(StepAction.ROUTE_LOOKUP, c.route().prefixList(), "Prefix list " + c.route().prefixList() + " contains "
                    + p.destination() + " (block " + c.route().cidr() + ").", p);
        }
        informational(c);
        return target(from, table, c, f);
    }

    private static String routeText(String tableText, RouteChoice c, Packet p) {
        StringBuilder b = new StringBuilder(tableText).append(": ").append(p.destination()).append(" matches ")
                .append(c.route().describe());
        if (c.route().kind() == RouteEntry.Kind.LOCAL) {
            b.append(", the VPC's local route");
        } else {
            b.append(", the longest matching prefix");
        }
        if (c.overriddenByLocal() != null) {
            b.append("; the more specific ").append(c.overriddenByLocal().describe())
                    .append(" loses: the local route wins over propagated routes (R-RT-4)");
        }
        if (!c.lowerPriority().isEmpty()) {
            b.append("; it beats ").append(c.lowerPriority().get(0).describe()).append(" for the same prefix (R-RT-5)");
        }
        return b.append('.').toString();
    }

    private void informational(RouteChoice c) {
        if (!c.moreGeneral().isEmpty()) {
            w.run.detailCodes.add("MORE_SPECIFIC_ROUTE");
        }
        if (!c.lowerPriority().isEmpty()) {
            w.run.detailCodes.add("HIGHER_PRIORITY_ROUTE");
        }
    }

    private Arrival target(SubnetFacts from, VpcRouteTable table, RouteChoice c, Flow f) {
        RouteEntry r = c.route();
        if (r.kind() == RouteEntry.Kind.LOCAL) {
            return deliverLocal(from.vpc, f, from, table, c.overriddenByLocal());
        }
        Element target = r.element();
        if (target instanceof InternetGateway igw) {
            return w.gateways.internetEgress(igw, from, table, r, f);
        }
        if (target instanceof NatGateway nat) {
            return toNat(nat, from, table, r, f);
        }
        if (target instanceof PeeringConnection pcx) {
            return w.gateways.peering(pcx, from, table, r, f);
        }
        if (target instanceof TransitGateway tgw) {
            return w.transit.fromVpc(tgw, from, table, r, f);
        }
        if (target instanceof VpnGateway vgw) {
            return w.hybrid.vgwEgress(vgw, from, table, r, f);
        }
        if (target instanceof GatewayEndpoint gwe) {
            return w.gateways.gatewayEndpoint(gwe, from, table, r, f);
        }
        if (target instanceof Instance || target instanceof NetworkInterface) {
            return toInterface(target, from, table, r, f);
        }
        return blackhole(table, r, f, r.target() + " does not exist in the design");
    }

    /** A route whose target does not work drops what it matches (R-RT-7). */
    Arrival blackhole(VpcRouteTable table, RouteEntry r, Flow f, String why) {
        w.fail(StepAction.ROUTE_LOOKUP, table.id, f.packet(), new Walk.Block(table.id, "BAD_STATE_ROUTE", null, "R-RT-7",
                Disposition.NULL_ROUTED, "Route " + r.describe() + " in " + table.id + " is a blackhole: " + why
                        + ", so the packet is dropped."));
        return null;
    }

    private Arrival toNat(NatGateway nat, SubnetFacts from, VpcRouteTable table, RouteEntry r, Flow f) {
        Iface i = w.index.iface(nat.id());
        if (i != null && i.owns(f.packet().source())) {
            // the NAT gateway's own subnet sends its traffic back to it: there is no way out (R-NAT-1)
            w.fail(StepAction.ROUTE_LOOKUP, table.id, f.packet(), new Walk.Block(table.id, "NO_ROUTE_TO_DESTINATION", null, "R-NAT-1",
                    Disposition.NO_ROUTE, "NAT gateway " + nat.id() + " sits in subnet " + from + ", whose route table " + table.id
                    + " sends " + f.packet().destination() + " back to the NAT gateway instead of to an internet gateway."));
            return null;
        }
        if (!States.usable(nat.state()) || i == null || i.vpc() != from.vpc) {
            return blackhole(table, r, f, "NAT gateway " + nat.id() + " is " + (i == null || i.vpc() != from.vpc
                    ? "not in this VPC" : nat.state()));
        }
        if (i.subnet != from) {
            nacl(i.subnet, true, f);
        }
        return deliver(i, f);
    }

    private Arrival toInterface(Element target, SubnetFacts from, VpcRouteTable table, RouteEntry r, Flow f) {
        Iface i = w.index.iface(target.id());
        if (i == null || i.vpc() != from.vpc) {
            return blackhole(table, r, f, target.id() + " is not an interface of this VPC");
        }
        if (target instanceof Instance inst && !States.usable(inst.state())) {
            return blackhole(table, r, f, "instance " + inst.id() + " is " + inst.state());
        }
        if (i.subnet != from) {
            nacl(i.subnet, true, f);
        }
        return deliver(i, f);
    }

    /**
     * Delivery by the local route to whichever interface of {@code vpc} owns the destination;
     * {@code from} is null when the packet comes from a gateway or peering, i.e. from outside.
     */
    Arrival deliverLocal(VpcFacts vpc, Flow f, SubnetFacts from, VpcRouteTable decided, RouteEntry overridden) {
        Packet p = f.packet();
        Iface owner = w.index.ifaceAt(vpc, p.destination());
        if (owner == null && w.expect.position() instanceof Position.AtIface e && e.iface().vpc() != vpc && w.lastDecision != null) {
            PathTracer.wrongDestination(w, vpc.id(), w.expect, f);
            return null;
        }
        if (owner == null) {
            ElementId blamed = decided != null && !decided.implicit ? decided.id : vpc.id();
            String why = overridden != null ? " The propagated route " + overridden.describe()
                    + " would have sent it on, but the local route takes precedence (R-RT-4)." : "";
            w.fail(StepAction.LOCAL_DELIVERY, blamed, p, new Walk.Block(blamed, "NO_POSSIBLE_DESTINATION",
                    overridden != null ? "X_LOCAL_ROUTE_PRECEDENCE" : null, overridden != null ? "R-RT-4" : "R-RT-1",
                    Disposition.NEIGHBOR_UNREACHABLE, "No interface in " + vpc + " has the address " + p.destination()
                    + ", which lies in the VPC's own range, so the local route leads nowhere." + why));
            return null;
        }
        if (from == null || owner.subnet != from) {
            nacl(owner.subnet, true, f);
        }
        return deliver(owner, f);
    }

    /** The receiving interface's hop and inbound security groups (R-SG-1..4). */
    Arrival deliver(Iface i, Flow f) {
        w.open(i.hopId, i.hopKind);
        if (i.role != Iface.Role.LOAD_BALANCER_NODE) {
            ingressGroups(i, f);
        }
        return new Arrival(new Position.AtIface(i), f);
    }

    private void ingressGroups(Iface i, Flow f) {
        List<SecurityGroup> groups = w.groupsOf(i);
        if (groups.isEmpty()) {
            return;
        }
        Packet p = f.packet();
        if (w.returning()) {
            w.note(StepAction.SECURITY_GROUP_STATEFUL, groups.get(0).id(), "Reply reaches " + i.hopId
                    + ": security groups are stateful, so it is allowed (R-SG-2).", p);
            return;
        }
        SecurityGroupCheck.Result r = w.run.groups.ingress(groups, i.vpc(), f);
        if (r.allowed()) {
            w.pass(StepAction.SECURITY_GROUP_INGRESS, r.group().id(), r.group().id() + " allows inbound "
                    + SecurityGroupCheck.describe(r.rule(), true) + ".", p);
            return;
        }
        ElementId blamed = r.group() != null ? r.group().id() : i.hopId;
        w.fail(StepAction.SECURITY_GROUP_INGRESS, blamed, p, new Walk.Block(blamed, r.code(), null, ruleOf(r.code()),
                Disposition.DENIED_IN, ingressMessage(blamed, i, p, r)));
    }

    private String ingressMessage(ElementId group, Iface i, Packet p, SecurityGroupCheck.Result r) {
        String base = "Security group " + group + " on " + i.hopId + " has no inbound rule that allows " + traffic(p) + " from "
                + p.source();
        switch (r.code()) {
            case "SG_REFERENCES_NOT_PRESERVED":
                return base + ": the rule naming a security group cannot match traffic relayed by a NAT gateway, load balancer"
                        + " or middlebox, which replaces the client (R-SG-4).";
            case "UNKNOWN_PEERED_SGS":
                return base + ": its rule names a security group across an inter-Region peering, which AWS does not allow;"
                        + " use the peer's CIDR (R-SG-3).";
            case "SG_REFERENCING_SUPPORT":
                return base + ": its rule names a security group on the other side of a transit gateway without security-group"
                        + " referencing support (R-TGW-9).";
            default:
                return base + hint(i, p) + ".";
        }
    }

    /** Explains the usual surprise: the source is a load balancer node or NAT gateway, not the client. */
    private String hint(Iface i, Packet p) {
        Iface src = w.index.ifaceAt(i.vpc(), p.source());
        if (src != null && src.role == Iface.Role.LOAD_BALANCER_NODE) {
            return " (the packet comes from load balancer " + src.hopId + "'s node " + p.source()
                    + ": through PrivateLink targets never see the consumer's address, R-NLB-4)";
        }
        if (src != null && src.role == Iface.Role.NAT_GATEWAY) {
            return " (the packet comes from NAT gateway " + src.hopId + ", which replaced the client's address)";
        }
        return "";
    }

    private static String ruleOf(String code) {
        switch (code) {
            case "SG_REFERENCES_NOT_PRESERVED":
                return "R-SG-4";
            case "UNKNOWN_PEERED_SGS":
                return "R-SG-3";
            case "SG_REFERENCING_SUPPORT":
                return "R-TGW-9";
            default:
                return "R-SG-1";
        }
    }

    /** A route target interface that is not the destination forwards only with its check off (R-RT-3). */
    Arrival forwardAsMiddlebox(Iface i, Flow f) {
        Packet p = f.packet();
        if (i.sourceDestCheck) {
            w.fail(StepAction.SOURCE_DEST_CHECK, i.hopId, p, new Walk.Block(i.hopId, "ENI_SOURCE_DEST_CHECK_RESTRICTION", null,
                    "R-RT-3", Disposition.NEIGHBOR_UNREACHABLE, i.hopId + " receives a packet for " + p.destination()
                    + " but has its source/destination check on, so it drops traffic not addressed to itself."));
            return null;
        }
        w.note(StepAction.SOURCE_DEST_CHECK, i.hopId, i.hopId + " has its source/destination check off and forwards the packet"
                + " (rules naming the client's security group no longer match, R-SG-4).", p);
        return sendFromIface(i, f.relayedBy(), true);
    }

    static String traffic(Packet p) {
        if (!p.protocol().hasPorts()) {
            return p.protocol().label() + " traffic";
        }
        return p.protocol().label() + " port " + portRange(p.destinationPorts());
    }

    static String portText(Packet p) {
        return p.destinationPorts() == null ? "-" : portRange(p.destinationPorts());
    }

    private static String portRange(dev.linkwright.model.PortRange r) {
        return r.from() == r.to() ? Integer.toString(r.from()) : r.from() + "-" + r.to();
    }

    static Set<ElementId> ids(List<SecurityGroup> groups) {
        Set<ElementId> ids = new LinkedHashSet<>();
        groups.forEach(g -> ids.add(g.id()));
        return ids;
    }
}
