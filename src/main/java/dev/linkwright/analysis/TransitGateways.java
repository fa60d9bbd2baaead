package dev.linkwright.analysis;

import dev.linkwright.model.AttachmentType;
import dev.linkwright.model.DirectConnectGateway;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.model.VpnConnection;
import java.util.List;

/**
 * Transit gateways (R-TGW-1..9): entering through the source VPC's attachment in the source
 * subnet's AZ, lookup in the route table the entry attachment is associated with (longest prefix,
 * then static over propagated), and leaving through the target attachment: into a VPC by the
 * attachment subnet's route table, to a VPN, a Direct Connect gateway or a peer transit gateway.
 */
final class TransitGateways {

    private final Walk w;

    TransitGateways(Walk w) {
        this.w = w;
    }

    /** From a VPC route whose target is the transit gateway. */
    Arrival fromVpc(TransitGateway tgw, SubnetFacts from, VpcRouteTable table, RouteEntry r, Flow f) {
        TgwFacts t = w.index.tgws.get(tgw.id());
        if (t == null || !States.usable(tgw.state())) {
            return w.routing.blackhole(table, r, f, "transit gateway " + tgw.id() + " is " + (t == null ? "missing" : tgw.state()));
        }
        TgwAttachment att = from.vpc.tgwAttachments.get(tgw.id());
        if (att == null) {
            return w.routing.blackhole(table, r, f, from.vpc + " has no attachment to " + tgw.id() + " (R-TGW-4)");
        }
        Packet p = f.packet();
        w.open(tgw.id(), ElementKind.TRANSIT_GATEWAY);
        w.note(StepAction.TGW_ATTACHMENT_ENTRY, tgw.id(), "Route target " + tgw.id() + ": " + from.vpc + " is attached by " + att.id()
                + ".", p);
        w.open(att.id(), ElementKind.TGW_ATTACHMENT);
        if (!attachmentUsable(att, p)) {
            return null;
        }
        SubnetFacts entry = from.azId == null ? firstSubnet(att) : subnetInAz(att, from.azId);
        if (entry == null) {
            w.fail(StepAction.TGW_ATTACHMENT_ENTRY, att.id(), p, new Walk.Block(att.id(), "TGW_ROUTE_AZ_RESTRICTION", null, "R-TGW-2",
                    Disposition.NEIGHBOR_UNREACHABLE, "Attachment " + att.id() + " has no subnet in " + from.azId + ", the AZ of subnet "
                    + from + ", so the transit gateway cannot take traffic from it (add an attachment subnet in that AZ)."));
            return null;
        }
        w.pass(StepAction.TGW_ATTACHMENT_ENTRY, entry.id(), "Enters through " + att.id() + "'s interface in subnet " + entry + " ("
                + entry.azId + ", the source subnet's AZ, R-TGW-2).", p);
        if (entry != from) {
            w.routing.nacl(entry, true, f);
        }
        return lookup(t, att, from.azId, f);
    }

    /** From a VPN or Direct Connect gateway attachment (traffic from on-premises). */
    Arrival fromAttachment(TgwFacts t, TgwAttachment att, Flow f) {
        w.open(t.id(), ElementKind.TRANSIT_GATEWAY);
        w.open(att.id(), ElementKind.TGW_ATTACHMENT);
        if (!States.usable(t.tgw.state()) || !attachmentUsable(att, f.packet())) {
            return null;
        }
        return lookup(t, att, null, f);
    }

    private boolean attachmentUsable(TgwAttachment att, Packet p) {
        if (States.usable(att.state())) {
            return true;
        }
        w.fail(StepAction.STATE_CHECK, att.id(), p, new Walk.Block(att.id(), "BAD_STATE_ATTACHMENT", null, "R-TGW-3",
                Disposition.NEIGHBOR_UNREACHABLE, "Attachment " + att.id() + " is " + att.state() + ", so it carries no traffic."));
        return false;
    }

    private SubnetFacts firstSubnet(TgwAttachment att) {
        for (ElementId id : att.subnets()) {
            if (w.index.subnets.containsKey(id)) {
                return w.index.subnets.get(id);
            }
        }
        return null;
    }

    private SubnetFacts subnetInAz(TgwAttachment att, String azId) {
        for (ElementId id : att.subnets()) {
            SubnetFacts s = w.index.subnets.get(id);
            if (s != null && s.azId != null && s.azId.equals(azId)) {
                return s;
            }
        }
        return null;
    }

    /** Lookup in the entry attachment's associated route table (R-TGW-3, R-TGW-5). */
    private Arrival lookup(TgwFacts t, TgwAttachment att, String azId, Flow f) {
        Packet p = f.packet();
        if (!w.spend(p)) {
            return null;
        }
        ElementId tableId = t.associationOf(att);
        TgwRouteTableFacts table = tableId == null ? null : w.index.tgwTables.get(tableId);
        if (table == null) {
            w.fail(StepAction.TGW_ASSOCIATION, att.id(), p, new Walk.Block(att.id(), "TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION", null,
                    "R-TGW-3", Disposition.NO_ROUTE, "Attachment " + att.id() + " is not associated with any route table of "
                    + t.id() + ", so packets arriving on it cannot be routed."));
            return null;
        }
        w.lastDecision = table.id;
        w.lastDecisionByTgw = true;
        w.lastTgwDecision = table.id;
        TgwRouteTableFacts.TgwChoice c = table.lookup(p.destination());
        if (c.route() == null) {
            w.fail(StepAction.TGW_ROUTE_LOOKUP, table.id, p, new Walk.Block(table.id, "NO_ROUTE_TO_DESTINATION", null, "R-TGW-5",
                    Disposition.NO_ROUTE, "Transit gateway route table " + table.id + " (associated with " + att.id()
                    + ") has no route to " + p.destination() + "."));
            return null;
        }
        TgwAttachment target = c.route().isBlackhole() ? null : w.index.attachments.get(c.route().attachment());
        if (target == null || !States.usable(target.state())) {
            w.fail(StepAction.TGW_ROUTE_LOOKUP, table.id, p, new Walk.Block(table.id, "TGW_RTB_BAD_STATE_ROUTE", null, "R-TGW-5",
                    Disposition.NULL_ROUTED, "Route " + c.route().describe() + " in " + table.id + " is a blackhole"
                    + (target == null ? "" : " (" + target.id() + " is " + target.state() + ")") + ", so the packet is dropped."));
            return null;
        }
        w.pass(StepAction.TGW_ROUTE_LOOKUP, table.id, "Route table " + table.id + " (associated with " + att.id() + "): "
                + p.destination() + " matches " + c.route().describe() + lostText(c) + ".", p);
        if (!c.moreGeneral().isEmpty()) {
            w.run.detailCodes.add("TGW_RTB_MORE_SPECIFIC_ROUTE");
        }
        if (!c.lowerPriority().isEmpty()) {
            w.run.detailCodes.add("TGW_RTB_HIGHER_PRIORITY_ROUTE");
        }
        return exit(t, target, azId, f);
    }

    private static String lostText(TgwRouteTableFacts.TgwChoice c) {
        if (c.lowerPriority().isEmpty()) {
            return "";
        }
        return "; it beats " + c.lowerPriority().get(0).describe() + " for the same prefix (R-TGW-5)";
    }

    private Arrival exit(TgwFacts t, TgwAttachment target, String azId, Flow f) {
        w.open(target.id(), ElementKind.TGW_ATTACHMENT);
        switch (target.type()) {
            case VPC:
                return exitToVpc(target, azId, f);
            case VPN: {
                VpnConnection vpn = w.index.view.find(target.resource(), VpnConnection.class).orElse(null);
                return vpn == null ? unsupported(target, f) : w.hybrid.toOnPremViaVpn(vpn, f);
            }
            case DIRECT_CONNECT_GATEWAY: {
                DirectConnectGateway dx = w.index.view.find(target.resource(), DirectConnectGateway.class).orElse(null);
                return dx == null ? unsupported(target, f) : w.hybrid.dxGatewayToOnPrem(dx, f);
            }
            case PEERING:
                return exitToPeer(t, target, f);
            default:
                return unsupported(target, f);
        }
    }

    /** Into a VPC through the attachment's interface in the entry AZ when it has one (R-TGW-8). */
    private Arrival exitToVpc(TgwAttachment target, String azId, Flow f) {
        VpcFacts vpc = w.index.vpcs.get(target.resource());
        SubnetFacts s = subnetInAz(target, azId);
        if (s == null && vpc != null) {
            for (ElementId id : target.subnets()) {
                if (w.index.subnets.containsKey(id)) {
                    s = w.index.subnets.get(id);
                    break;
                }
            }
            if (s != null && azId != null) {
                w.run.detailCodes.add("AVAILABILITY_ZONE_CROSSED");
            }
        }
        Packet p = f.packet();
        if (vpc == null || s == null) {
            w.fail(StepAction.TGW_ATTACHMENT_EXIT, target.id(), p, new Walk.Block(target.id(), "NO_ROUTE_TO_DESTINATION", null, "R-TGW-2",
                    Disposition.NO_ROUTE, "Attachment " + target.id() + " has no subnet to deliver into."));
            return null;
        }
        w.pass(StepAction.TGW_ATTACHMENT_EXIT, s.id(), "Leaves the transit gateway through " + target.id() + "'s interface in subnet "
                + s + " (" + s.azId + ") and is routed by that subnet's route table.", p);
        Iface eni = new Iface(target.id(), ElementKind.TGW_ATTACHMENT, target, Iface.Role.TGW_ATTACHMENT, s, List.of(), null,
                List.of(), true, null);
        return w.routing.sendFromIface(eni, f.entered(Flow.Entry.TRANSIT_GATEWAY, target.id(), false), false);
    }

    /** To a peer transit gateway: its side of the peering attachment decides (static routes only, R-TGW-7). */
    private Arrival exitToPeer(TgwFacts t, TgwAttachment target, Flow f) {
        for (TgwFacts other : w.index.tgws.values()) {
            if (other == t) {
                continue;
            }
            for (TgwAttachment a : other.attachments) {
                boolean pair = a.type() == AttachmentType.PEERING && (a.resource().equals(t.id()) || a.resource().equals(target.id())
                        || target.resource().equals(a.id()));
                if (pair && (target.resource().equals(other.id()) || target.resource().equals(a.id()) || a.resource().equals(target.id()))) {
                    w.note(StepAction.TGW_ATTACHMENT_EXIT, target.id(), "Crosses the transit gateway peering to " + other.id() + ".",
                            f.packet());
                    return fromAttachment(other, a, f);
                }
            }
        }
        return unsupported(target, f);
    }

    private Arrival unsupported(TgwAttachment target, Flow f) {
        w.fail(StepAction.TGW_ATTACHMENT_EXIT, target.id(), f.packet(), new Walk.Block(target.id(), "UNSUPPORTED_COMPONENT", null,
                "R-TGW-1", Disposition.NEIGHBOR_UNREACHABLE, "Attachment " + target.id() + " (" + target.type().wire()
                + ") leads to nothing the design models."));
        return null;
    }
}
