package dev.linkwright.analysis;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.SecurityGroup;
import java.util.List;

/**
 * One direction of a trace being walked: the hops recorded so far and the components that move the
 * packet (VPC routing, gateways, transit gateways, hybrid connections, PrivateLink). A check that
 * fails records a blocker; filters (security groups, ACLs, endpoint state) let the walk go on to
 * find further blockers, while a packet with nowhere to go stops it (the component returns null).
 */
final class Walk {

    final AnalysisRun run;
    final NetworkIndex index;
    final Direction direction;
    final TraceRecorder rec = new TraceRecorder();
    final VpcRouting routing;
    final Gateways gateways;
    final TransitGateways transit;
    final Hybrid hybrid;
    final PrivateLinks privateLinks;
    /** The last route table that decided where the packet goes (to blame a wrong delivery). */
    ElementId lastDecision;
    boolean lastDecisionByTgw;
    /** The last transit gateway route table that decided (blamed when the packet entered a VPC through it). */
    ElementId lastTgwDecision;
    /** The propagated route the last VPC route lookup overrode with the local route (R-RT-4), or null. */
    RouteEntry lastOverridden;
    /** Where the current leg is meant to arrive. */
    Expectation expect = new Expectation(null, null);
    private int budget = 300;

    Walk(AnalysisRun run, Direction direction) {
        this.run = run;
        this.index = run.index;
        this.direction = direction;
        this.routing = new VpcRouting(this);
        this.gateways = new Gateways(this);
        this.transit = new TransitGateways(this);
        this.hybrid = new Hybrid(this);
        this.privateLinks = new PrivateLinks(this);
    }

    boolean returning() {
        return direction == Direction.RETURN;
    }

    // ---- recording -------------------------------------------------------------------------------

    void open(ElementId id, ElementKind kind) {
        rec.open(id, kind);
    }

    void pass(StepAction action, ElementId element, String detail, Packet p) {
        rec.step(new Step(action, element, detail, p, StepResult.PASS));
    }

    void note(StepAction action, ElementId element, String detail, Packet p) {
        rec.step(new Step(action, element, detail, p, StepResult.NOTE));
    }

    /** Records a failed step and its blocker; callers decide whether the walk goes on. */
    void fail(StepAction action, ElementId stepElement, Packet p, Block b) {
        rec.step(new Step(action, stepElement, b.message(), p, StepResult.FAIL));
        run.blockers.add(new BlockedAt(b.element(), rec.current(), direction, b.code(), b.detail(), b.message(), b.rule(),
                b.disposition(), b.secondary()));
    }

    /** A blocker before any hop is open (bad state of the source itself and the like). */
    void failAt(ElementId hop, ElementKind kind, StepAction action, Packet p, Block b) {
        open(hop, kind);
        fail(action, hop, p, b);
    }

    /** Counts a hop against the loop guard; false (and a blocker) when the path loops. */
    boolean spend(Packet p) {
        if (--budget > 0) {
            return true;
        }
        fail(StepAction.ROUTE_LOOKUP, rec.current(), p, new Block(rec.current(), "CANNOT_ROUTE", null, "R-EV-1",
                Disposition.NO_ROUTE, "The packet goes round in a loop between route tables and never arrives."));
        return false;
    }

    /** The security groups that apply to an interface under the profile (no NLB groups in 2020). */
    List<SecurityGroup> groupsOf(Iface i) {
        if (i.role == Iface.Role.LOAD_BALANCER_NODE && run.legacy()) {
            return List.of();
        }
        return i.groups;
    }

    // ---- moving ------------------------------------------------------------------------------------

    /**
     * Sends {@code f} from {@code from} until it is delivered somewhere: through middleboxes and
     * on-premises routers that pass it on, but not through components that rewrite it.
     */
    Arrival travel(Position from, Flow f, boolean openHop) {
        Arrival a = send(from, f, openHop);
        while (a != null) {
            if (!spend(a.flow().packet())) {
                return null;
            }
            Position p = a.position();
            if (p instanceof Position.AtIface ai && !ai.iface().owns(a.flow().packet().destination()) && ai.iface().canForward()) {
                a = routing.forwardAsMiddlebox(ai.iface(), a.flow());
            } else if (p instanceof Position.AtOnPrem ao && !ao.network().contains(a.flow().packet().destination())) {
                a = hybrid.fromOnPrem(ao, a.flow());
            } else {
                return a;
            }
        }
        return null;
    }

    private Arrival send(Position from, Flow f, boolean openHop) {
        if (from instanceof Position.AtIface ai) {
            return routing.sendFromIface(ai.iface(), f, openHop);
        }
        if (from instanceof Position.AtOnPrem ao) {
            open(ao.host() != null ? ao.host() : ao.network().network.id(),
                    ao.host() != null ? ElementKind.ON_PREMISES_HOST : ElementKind.ON_PREMISES_NETWORK);
            return hybrid.fromOnPrem(ao, f);
        }
        if (from instanceof Position.AtInternet ai) {
            open(ai.host() != null ? ai.host() : index.internetId, ai.host() != null ? ElementKind.INTERNET_HOST : ElementKind.INTERNET);
            return gateways.fromInternet(f);
        }
        return gateways.fromService((Position.AtService) from, f);
    }

    /** Why a packet was dropped: element, codes, rule, disposition and a sentence for people. */
    record Block(ElementId element, String code, String detail, String rule, Disposition disposition, String message,
                 List<String> secondary) {

        Block(ElementId element, String code, String detail, String rule, Disposition disposition, String message) {
            this(element, code, detail, rule, disposition, message, List.of());
        }
    }
}
