package dev.linkwright.validation.rules;

import dev.linkwright.model.AttachmentType;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.EndpointState;
import dev.linkwright.model.GatewayEndpoint;
import dev.linkwright.model.Instance;
import dev.linkwright.model.InternetGateway;
import dev.linkwright.model.NatGateway;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.PeeringState;
import dev.linkwright.model.Route;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.model.Vpc;
import dev.linkwright.model.VpnGateway;
import dev.linkwright.validation.ElementRule;
import dev.linkwright.validation.QuickFix;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * R-RT-7: a route whose target is missing or not in a working state (a peering connection that is
 * not active, a deleted NAT gateway, a detached gateway, a stopped instance, a transit gateway the
 * VPC is not attached to) is a blackhole: it still wins longest-prefix match and drops the traffic.
 */
public final class BlackholeRoute extends ElementRule<RouteTable> {

    private static final Set<String> GONE = Set.of("deleted", "deleting", "failed", "detached", "detaching");
    private static final Set<String> STOPPED = Set.of("stopped", "stopping", "terminated", "shutting-down");

    public BlackholeRoute() {
        super("W_ROUTE_BLACKHOLE", "R-RT-7", RouteTable.class,
                "A route's target is missing or not working (peering not active, NAT gateway deleted, gateway detached, instance stopped, transit gateway not attached to the VPC): the route is a blackhole that drops matching traffic.",
                "Point the route at a working target, bring the target up (accept the peering, attach the gateway), or remove the route.");
    }

    @Override
    protected void check(RouteTable table, Check c) {
        ElementId vpc = Network.vpcIdOf(c.view(), table.id());
        for (Route r : table.routes()) {
            if (r.target() == null) {
                continue;
            }
            Optional<Element> target = c.view().find(r.target());
            if (target.isEmpty()) {
                List<Route> kept = new ArrayList<>(table.routes());
                kept.remove(r);
                c.report("Route table '" + table.id() + "' routes " + r.destinationText() + " to '" + r.target()
                                + "', which is not in the design: AWS shows such a route as a blackhole and drops the traffic.",
                        "Add '" + r.target() + "' to the design, point the route at an existing target, or remove it.",
                        QuickFix.replace("Remove the route to " + r.destinationText() + " from '" + table.id() + "'",
                                new RouteTable(table.id(), table.name(), table.parent(), table.main(), kept, table.propagatingGateways())),
                        table.id(), r.target());
                continue;
            }
            String why = whyNotWorking(target.get(), vpc, c);
            if (why != null) {
                c.report("Route table '" + table.id() + "' routes " + r.destinationText() + " to '" + r.target() + "', but " + why
                                + ": the route is a blackhole and drops matching traffic.",
                        fixFor(target.get()), table.id(), r.target());
            }
        }
    }

    private static String whyNotWorking(Element t, ElementId vpc, Check c) {
        if (t instanceof PeeringConnection pcx && pcx.state() != PeeringState.ACTIVE) {
            return "peering connection '" + pcx.id() + "' is " + pcx.state().wire() + ", not active";
        }
        if (t instanceof NatGateway nat && GONE.contains(lower(nat.state()))) {
            return "NAT gateway '" + nat.id() + "' is " + nat.state();
        }
        if (t instanceof InternetGateway igw && GONE.contains(lower(igw.state()))) {
            return "internet gateway '" + igw.id() + "' is " + igw.state();
        }
        if (t instanceof VpnGateway vgw) {
            if (c.view().find(vgw.parent(), Vpc.class).isEmpty()) {
                return "virtual private gateway '" + vgw.id() + "' is not attached to a VPC";
            }
            if (GONE.contains(lower(vgw.state()))) {
                return "virtual private gateway '" + vgw.id() + "' is " + vgw.state();
            }
        }
        if (t instanceof Instance i && STOPPED.contains(lower(i.state()))) {
            return "instance '" + i.id() + "' is " + i.state();
        }
        if (t instanceof GatewayEndpoint g && (g.state() == EndpointState.DELETED || g.state() == EndpointState.DELETING)) {
            return "gateway endpoint '" + g.id() + "' is " + g.state().wire();
        }
        if (t instanceof TransitGateway tgw) {
            if (GONE.contains(lower(tgw.state()))) {
                return "transit gateway '" + tgw.id() + "' is " + tgw.state();
            }
            if (vpc != null && !attached(c, tgw.id(), vpc)) {
                return "VPC '" + vpc + "' has no attachment to transit gateway '" + tgw.id() + "'";
            }
        }
        return null;
    }

    /** True when {@code vpc} has a working VPC attachment on {@code tgw}. */
    static boolean attached(Check c, ElementId tgw, ElementId vpc) {
        for (TgwAttachment a : Network.referrersOf(c.view(), vpc, TgwAttachment.class)) {
            if (a.type() == AttachmentType.VPC && vpc.equals(a.resource()) && tgw.equals(a.parent()) && !GONE.contains(lower(a.state()))) {
                return true;
            }
        }
        return false;
    }

    private static String fixFor(Element t) {
        if (t instanceof PeeringConnection) {
            return "Have the accepter accept the peering connection (state active), or remove the route.";
        }
        if (t instanceof TransitGateway) {
            return "Attach the VPC to the transit gateway (one subnet per AZ), or remove the route.";
        }
        if (t instanceof VpnGateway) {
            return "Attach the virtual private gateway to this VPC, or remove the route.";
        }
        return "Point the route at a working target, or remove it.";
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
