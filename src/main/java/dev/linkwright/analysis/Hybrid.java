package dev.linkwright.analysis;

import dev.linkwright.model.AttachmentType;
import dev.linkwright.model.CustomerGateway;
import dev.linkwright.model.DirectConnectConnection;
import dev.linkwright.model.DirectConnectGateway;
import dev.linkwright.model.DirectConnectGatewayAssociation;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.GatewayEndpoint;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.OnPremisesHost;
import dev.linkwright.model.PrefixList;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.VirtualInterface;
import dev.linkwright.model.VirtualInterfaceType;
import dev.linkwright.model.VpnConnection;
import dev.linkwright.model.VpnGateway;
import java.util.List;

/**
 * Virtual private gateways, Site-to-Site VPN, Direct Connect and on-premises routers (R-VPN-1..6,
 * R-DX-1..7, R-HYB-1..2). A VGW forwards to on-premises only prefixes it has learned, takes in only
 * packets for interfaces of its VPC (so on-premises cannot transit the VPC) and sends out only
 * packets from them; a Direct Connect gateway does not route between its associations (R-DX-3).
 */
final class Hybrid {

    private final Walk w;

    Hybrid(Walk w) {
        this.w = w;
    }

    // ---- from a VPC towards on-premises ----------------------------------------------------------------

    Arrival vgwEgress(VpnGateway vgw, SubnetFacts from, VpcRouteTable table, RouteEntry r, Flow f) {
        VgwFacts v = w.index.vgws.get(vgw.id());
        if (v == null || !States.usable(vgw.state()) || v.vpc != from.vpc) {
            return w.routing.blackhole(table, r, f, "virtual private gateway " + vgw.id() + " is not attached to " + from.vpc);
        }
        w.open(vgw.id(), ElementKind.VPN_GATEWAY);
        Packet p = f.packet();
        if (w.index.ifaceAt(v.vpc, p.source()) == null) {
            w.fail(StepAction.VPN_GATEWAY, vgw.id(), p, new Walk.Block(vgw.id(), "VGW_PRIVATE_IP_ASSOCIATION_FOR_EGRESS", "X_EDGE_TO_EDGE",
                    "R-VPN-2", Disposition.NEIGHBOR_UNREACHABLE, "Virtual private gateway " + vgw.id() + " only sends traffic from"
                    + " interfaces of " + v.vpc + "; " + p.source() + " came from outside the VPC (no edge-to-edge routing)."));
            return null;
        }
        List<KnownRoute> candidates = v.candidates(p.destination());
        if (candidates.isEmpty()) {
            return unknownPrefix(v, p);
        }
        KnownRoute best = candidates.get(0);
        for (KnownRoute k : candidates) {
            if (connectionUsable(k.via())) {
                best = k;
                break;
            }
        }
        w.pass(StepAction.VPN_GATEWAY, vgw.id(), "Virtual private gateway " + vgw.id() + " knows " + best.cidr() + " via " + best.via()
                + " (" + best.origin().label + ").", p);
        if (best.dxGateway() != null) {
            return throughDxGatewayFromVgw(v, best, f);
        }
        Element via = w.index.view.find(best.via()).orElse(null);
        if (via instanceof VpnConnection vpn) {
            return toOnPremViaVpn(vpn, f);
        }
        return via instanceof VirtualInterface vif ? toOnPremViaVif(vif, f) : null;
    }

    /** No learned prefix covers the destination: X_VGW_UNKNOWN_PREFIX, or no transit through a DX gateway. */
    private Arrival unknownPrefix(VgwFacts v, Packet p) {
        for (DirectConnectGateway dx : v.dxGateways) {
            VgwFacts other = vgwBehind(dx, p.destination());
            if (other != null && other != v) {
                w.open(dx.id(), ElementKind.DX_GATEWAY);
                w.fail(StepAction.DX_GATEWAY, dx.id(), p, new Walk.Block(dx.id(), "X_DXGW_NO_TRANSIT", null, "R-DX-3",
                        Disposition.NEIGHBOR_UNREACHABLE, "Direct Connect gateway " + dx.id() + " does not route between the VPCs"
                        + " associated with it (" + v.vpc + " to " + other.vpc + ")."));
                return null;
            }
        }
        w.fail(StepAction.VPN_GATEWAY, v.vgw.id(), p, new Walk.Block(v.vgw.id(), "X_VGW_UNKNOWN_PREFIX", null, "R-VPN-1",
                Disposition.NO_ROUTE, "Virtual private gateway " + v.vgw.id() + " has learned no route to " + p.destination()
                + " from its VPN connections or Direct Connect, and it routes nothing else."));
        return null;
    }

    /** The VGW associated with {@code dx} whose VPC contains {@code a}, or null. */
    private VgwFacts vgwBehind(DirectConnectGateway dx, Ipv4Address a) {
        for (DirectConnectGatewayAssociation assoc : dx.associations()) {
            VgwFacts g = w.index.vgws.get(assoc.gateway());
            if (g != null && g.vpc != null && States.usable(assoc.state()) && g.vpc.contains(a)) {
                return g;
            }
        }
        return null;
    }

    /**
     * Out over a private VIF on a Direct Connect gateway. A packet for another VPC of the same DX
     * gateway only gets there when on-premises advertises a covering supernet on the VIF, and then
     * hair-pins at the Direct Connect location (R-DX-3 exception, rulebook §18.7).
     */
    private Arrival throughDxGatewayFromVgw(VgwFacts v, KnownRoute best, Flow f) {
        DirectConnectGateway dx = w.index.view.find(best.dxGateway(), DirectConnectGateway.class).orElse(null);
        VirtualInterface vif = w.index.view.find(best.via(), VirtualInterface.class).orElse(null);
        if (dx == null || vif == null) {
            return null;
        }
        Packet p = f.packet();
        w.open(dx.id(), ElementKind.DX_GATEWAY);
        VgwFacts other = vgwBehind(dx, p.destination());
        if (other != null && other != v) {
            w.note(StepAction.DX_GATEWAY, dx.id(), "On-premises advertises " + best.cidr() + " on " + vif.id() + ", covering "
                    + other.vpc + ": the packet hair-pins at the Direct Connect location (R-DX-3 supernet exception).", p);
            w.open(vif.id(), ElementKind.VIRTUAL_INTERFACE);
            w.open(dx.id(), ElementKind.DX_GATEWAY);
            return vgwIngress(other.vgw, f);
        }
        w.pass(StepAction.DX_GATEWAY, dx.id(), "Direct Connect gateway " + dx.id() + " sends it to virtual interface " + vif.id() + ".", p);
        return toOnPremViaVif(vif, f);
    }

    Arrival toOnPremViaVpn(VpnConnection vpn, Flow f) {
        Packet p = f.packet();
        w.open(vpn.id(), ElementKind.VPN_CONNECTION);
        if (!vpnUsable(vpn, p)) {
            return null;
        }
        CustomerGateway cgw = w.index.view.find(vpn.customerGateway(), CustomerGateway.class).orElse(null);
        if (cgw != null) {
            w.open(cgw.id(), ElementKind.CUSTOMER_GATEWAY);
            w.note(StepAction.CUSTOMER_GATEWAY, cgw.id(), "Customer gateway " + cgw.id() + (cgw.ip() == null ? "" : " (" + cgw.ip() + ")")
                    + " hands the packet to the on-premises network.", p);
        }
        OnPremFacts o = w.index.onPremOf(vpn);
        if (o == null) {
            ElementId blamed = cgw != null ? cgw.id() : vpn.id();
            w.fail(StepAction.CUSTOMER_GATEWAY, blamed, p, new Walk.Block(blamed, "X_ONPREM_NO_ROUTE", null, "R-VPN-3",
                    Disposition.NO_ROUTE, "No on-premises network is modelled behind " + blamed + "."));
            return null;
        }
        return arriveOnPrem(o, f);
    }

    Arrival toOnPremViaVif(VirtualInterface vif, Flow f) {
        Packet p = f.packet();
        w.open(vif.id(), ElementKind.VIRTUAL_INTERFACE);
        if (!vifUsable(vif, p)) {
            return null;
        }
        DirectConnectConnection dx = w.index.view.find(vif.parent(), DirectConnectConnection.class).orElse(null);
        if (dx != null) {
            w.open(dx.id(), ElementKind.DX_CONNECTION);
            w.pass(StepAction.DIRECT_CONNECT, dx.id(), "Direct Connect connection " + dx.id() + " carries the " + vif.type().wire()
                    + " virtual interface " + vif.id() + ".", p);
        }
        OnPremFacts o = vif.network() == null ? null : w.index.onPrem.get(vif.network());
        if (o == null) {
            w.fail(StepAction.DIRECT_CONNECT, vif.id(), p, new Walk.Block(vif.id(), "X_ONPREM_NO_ROUTE", null, "R-DX-1",
                    Disposition.NO_ROUTE, "No on-premises network is modelled behind virtual interface " + vif.id() + "."));
            return null;
        }
        return arriveOnPrem(o, f);
    }

    /** From a transit gateway's Direct Connect gateway attachment out over a transit VIF. */
    Arrival dxGatewayToOnPrem(DirectConnectGateway dx, Flow f) {
        Packet p = f.packet();
        w.open(dx.id(), ElementKind.DX_GATEWAY);
        VirtualInterface chosen = null;
        for (VirtualInterface vif : w.index.vifsByGateway.getOrDefault(dx.id(), List.of())) {
            if (vif.type() != VirtualInterfaceType.TRANSIT) {
                continue;
            }
            boolean covers = w.index.advertisedBy(vif).stream().anyMatch(c -> c.contains(p.destination()));
            if (covers && (chosen == null || connectionUsable(vif.id()) && !connectionUsable(chosen.id()))) {
                chosen = vif;
            }
        }
        if (chosen == null) {
            w.fail(StepAction.DX_GATEWAY, dx.id(), p, new Walk.Block(dx.id(), "X_ONPREM_NO_ROUTE", null, "R-DX-1",
                    Disposition.NO_ROUTE, "No transit virtual interface of " + dx.id() + " leads to " + p.destination()
                    + " (on-premises does not advertise it)."));
            return null;
        }
        w.pass(StepAction.DX_GATEWAY, dx.id(), "Direct Connect gateway " + dx.id() + " sends it to transit virtual interface "
                + chosen.id() + ".", p);
        return toOnPremViaVif(chosen, f);
    }

    private Arrival arriveOnPrem(OnPremFacts o, Flow f) {
        Ipv4Address dst = f.packet().destination();
        OnPremisesHost host = o.hostAt(dst);
        if (host != null) {
            w.open(host.id(), ElementKind.ON_PREMISES_HOST);
        } else {
            w.open(o.network.id(), ElementKind.ON_PREMISES_NETWORK);
        }
        return new Arrival(new Position.AtOnPrem(o, host == null ? null : host.id()), f);
    }

    // ---- from on-premises towards AWS -------------------------------------------------------------------

    /** The on-premises router's lookup: static routes and prefixes learned over BGP (R-DX-5). */
    Arrival fromOnPrem(Position.AtOnPrem at, Flow f) {
        OnPremFacts o = at.network();
        Packet p = f.packet();
        List<OnPremRoute> candidates = o.candidates(p.destination());
        if (candidates.isEmpty()) {
            w.fail(StepAction.ON_PREMISES_ROUTE, o.network.id(), p, new Walk.Block(o.network.id(), "X_ONPREM_NO_ROUTE", null, "R-DX-5",
                    Disposition.NO_ROUTE, "The on-premises router of " + o.network.id() + " has no route to " + p.destination()
                    + ": AWS does not advertise it over BGP and no static route sends it to a VPN or virtual interface."));
            return null;
        }
        OnPremRoute best = candidates.get(0);
        for (OnPremRoute r : candidates) {
            if (connectionUsable(r.via())) {
                best = r;
                break;
            }
        }
        w.pass(StepAction.ON_PREMISES_ROUTE, o.network.id(), "On-premises router: " + p.destination() + " matches " + best.describe()
                + ".", p);
        Element via = w.index.view.find(best.via()).orElse(null);
        if (via instanceof VpnConnection vpn) {
            return fromOnPremViaVpn(vpn, f);
        }
        return via instanceof VirtualInterface vif ? fromOnPremViaVif(vif, f) : null;
    }

    private Arrival fromOnPremViaVpn(VpnConnection vpn, Flow f) {
        Packet p = f.packet();
        CustomerGateway cgw = w.index.view.find(vpn.customerGateway(), CustomerGateway.class).orElse(null);
        if (cgw != null) {
            w.open(cgw.id(), ElementKind.CUSTOMER_GATEWAY);
            w.note(StepAction.CUSTOMER_GATEWAY, cgw.id(), "Customer gateway " + cgw.id() + " sends the packet into VPN " + vpn.id() + ".", p);
        }
        w.open(vpn.id(), ElementKind.VPN_CONNECTION);
        if (!vpnUsable(vpn, p)) {
            return null;
        }
        Element gateway = w.index.view.find(vpn.gateway()).orElse(null);
        if (gateway instanceof VpnGateway vgw) {
            return vgwIngress(vgw, f);
        }
        TgwFacts t = w.index.tgws.get(vpn.gateway());
        TgwAttachment att = t == null ? null : t.attachmentFor(AttachmentType.VPN, vpn.id());
        return att == null ? null : w.transit.fromAttachment(t, att, f);
    }

    private Arrival fromOnPremViaVif(VirtualInterface vif, Flow f) {
        Packet p = f.packet();
        DirectConnectConnection dx = w.index.view.find(vif.parent(), DirectConnectConnection.class).orElse(null);
        if (dx != null) {
            w.open(dx.id(), ElementKind.DX_CONNECTION);
            w.pass(StepAction.DIRECT_CONNECT, dx.id(), "Direct Connect connection " + dx.id() + " carries the " + vif.type().wire()
                    + " virtual interface " + vif.id() + ".", p);
        }
        w.open(vif.id(), ElementKind.VIRTUAL_INTERFACE);
        if (!vifUsable(vif, p)) {
            return null;
        }
        Element gateway = vif.gateway() == null ? null : w.index.view.find(vif.gateway()).orElse(null);
        if (gateway instanceof VpnGateway vgw) {
            return vgwIngress(vgw, f);
        }
        if (gateway instanceof DirectConnectGateway dxgw) {
            return dxGatewayIngress(dxgw, vif, f);
        }
        w.fail(StepAction.DIRECT_CONNECT, vif.id(), p, new Walk.Block(vif.id(), "X_ONPREM_NO_ROUTE", null, "R-DX-1",
                Disposition.NO_ROUTE, "Virtual interface " + vif.id() + " is not attached to a virtual private gateway or Direct Connect"
                + " gateway (a public VIF never reaches VPC addresses)."));
        return null;
    }

    /** Into a DX gateway from a VIF: to the associated VPC owning the address, or the TGW (transit VIF). */
    private Arrival dxGatewayIngress(DirectConnectGateway dx, VirtualInterface vif, Flow f) {
        Packet p = f.packet();
        w.open(dx.id(), ElementKind.DX_GATEWAY);
        if (vif.type() == VirtualInterfaceType.TRANSIT) {
            for (DirectConnectGatewayAssociation assoc : dx.associations()) {
                TgwFacts t = w.index.tgws.get(assoc.gateway());
                TgwAttachment att = t == null ? null : t.attachmentFor(AttachmentType.DIRECT_CONNECT_GATEWAY, dx.id());
                if (att != null && States.usable(assoc.state())) {
                    w.pass(StepAction.DX_GATEWAY, dx.id(), "Direct Connect gateway " + dx.id() + " passes the transit VIF's traffic"
                            + " to transit gateway " + t.id() + ".", p);
                    return w.transit.fromAttachment(t, att, f);
                }
            }
        } else {
            VgwFacts g = vgwBehind(dx, p.destination());
            if (g != null) {
                w.pass(StepAction.DX_GATEWAY, dx.id(), "Direct Connect gateway " + dx.id() + " sends it to " + g.vgw.id()
                        + ", whose VPC " + g.vpc + " contains " + p.destination() + ".", p);
                return vgwIngress(g.vgw, f);
            }
        }
        w.fail(StepAction.DX_GATEWAY, dx.id(), p, new Walk.Block(dx.id(), "X_DXGW_NO_TRANSIT", null, "R-DX-3",
                Disposition.NEIGHBOR_UNREACHABLE, "Direct Connect gateway " + dx.id() + " only forwards to the VPCs or transit gateways"
                + " associated with it, not between its virtual interfaces; " + p.destination() + " is behind none of them."));
        return null;
    }

    /** Into a VPC through its VGW: only to an interface of that VPC (R-VPN-2, R-HYB-2). */
    Arrival vgwIngress(VpnGateway vgw, Flow f) {
        Packet p = f.packet();
        VgwFacts v = w.index.vgws.get(vgw.id());
        w.open(vgw.id(), ElementKind.VPN_GATEWAY);
        if (v == null || v.vpc == null || !States.usable(vgw.state())) {
            w.fail(StepAction.STATE_CHECK, vgw.id(), p, new Walk.Block(vgw.id(), "BAD_STATE", null, "R-VPN-2",
                    Disposition.NEIGHBOR_UNREACHABLE, "Virtual private gateway " + vgw.id() + " is not attached to a VPC."));
            return null;
        }
        Iface owner = w.index.ifaceAt(v.vpc, p.destination());
        if (owner == null) {
            String detail = ingressDetail(v.vpc, p.destination());
            w.fail(StepAction.VPN_GATEWAY, vgw.id(), p, new Walk.Block(vgw.id(), "VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS", detail,
                    detail == null ? "R-VPN-2" : detail.equals("X_GATEWAY_ENDPOINT_NOT_EXTENDABLE") ? "R-GEP-3" : "R-PCX-6",
                    Disposition.NEIGHBOR_UNREACHABLE, ingressMessage(vgw, v.vpc, p, detail)));
            return null;
        }
        w.pass(StepAction.VPN_GATEWAY, vgw.id(), "Destination " + p.destination() + " is an interface of " + v.vpc + " ("
                + owner.hopId + "), so " + vgw.id() + " lets it in (R-VPN-2).", p);
        w.open(v.vpc.id(), ElementKind.VPC);
        return w.routing.deliverLocal(v.vpc, f.entered(Flow.Entry.VPN_GATEWAY, vgw.id(), false), null, null, null);
    }

    private String ingressDetail(VpcFacts vpc, Ipv4Address dst) {
        for (GatewayEndpoint g : vpc.gatewayEndpoints) {
            PrefixList pl = g.prefixList() == null ? null : w.index.prefixLists.get(g.prefixList());
            if (pl != null && pl.contains(dst)) {
                return "X_GATEWAY_ENDPOINT_NOT_EXTENDABLE";
            }
        }
        return vpc.contains(dst) ? null : "X_EDGE_TO_EDGE";
    }

    private static String ingressMessage(VpnGateway vgw, VpcFacts vpc, Packet p, String detail) {
        String base = "Virtual private gateway " + vgw.id() + " only lets in packets for interfaces of " + vpc + "; "
                + p.destination() + " is not one";
        if (detail == null) {
            return base + ".";
        }
        if (detail.equals("X_GATEWAY_ENDPOINT_NOT_EXTENDABLE")) {
            return base + ": gateway endpoints cannot be used from on-premises (use an interface endpoint, R-GEP-3).";
        }
        return base + ": on-premises traffic cannot transit the VPC to a peer, the internet or another gateway (R-PCX-6).";
    }

    // ---- connection state ----------------------------------------------------------------------------

    boolean connectionUsable(ElementId id) {
        Element e = w.index.view.find(id).orElse(null);
        if (e instanceof VpnConnection vpn) {
            return States.usable(vpn.state()) && vpn.anyTunnelUp();
        }
        if (e instanceof VirtualInterface vif) {
            DirectConnectConnection dx = w.index.view.find(vif.parent(), DirectConnectConnection.class).orElse(null);
            return States.usable(vif.state()) && (dx == null || States.usable(dx.state()));
        }
        return false;
    }

    private boolean vpnUsable(VpnConnection vpn, Packet p) {
        if (States.usable(vpn.state()) && vpn.anyTunnelUp()) {
            w.pass(StepAction.VPN_TUNNEL, vpn.id(), "VPN " + vpn.id() + " has a tunnel up.", p);
            return true;
        }
        String code = w.index.tgws.containsKey(vpn.gateway()) ? "TGW_BAD_STATE_VPN" : "BAD_STATE_VPN";
        w.fail(StepAction.VPN_TUNNEL, vpn.id(), p, new Walk.Block(vpn.id(), code, null, "R-VPN-6", Disposition.NEIGHBOR_UNREACHABLE,
                "VPN " + vpn.id() + " is down (" + (States.usable(vpn.state()) ? "no tunnel is up" : vpn.state()) + "), so it carries no"
                + " traffic."));
        return false;
    }

    private boolean vifUsable(VirtualInterface vif, Packet p) {
        if (connectionUsable(vif.id())) {
            return true;
        }
        w.fail(StepAction.DIRECT_CONNECT, vif.id(), p, new Walk.Block(vif.id(), "BAD_STATE", null, "R-DX-1",
                Disposition.NEIGHBOR_UNREACHABLE, "Virtual interface " + vif.id() + " or its Direct Connect connection is not"
                + " available, so it carries no traffic."));
        return false;
    }
}
