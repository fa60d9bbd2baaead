package dev.linkwright.analysis;

import dev.linkwright.model.AwsService;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.EndpointState;
import dev.linkwright.model.GatewayEndpoint;
import dev.linkwright.model.InternetGateway;
import dev.linkwright.model.InternetHost;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.NatGateway;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.PeeringState;
import dev.linkwright.model.PortRange;
import dev.linkwright.model.PrefixList;
import dev.linkwright.model.Protocol;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Internet gateways (R-IGW-1, R-IGW-2), NAT gateways (R-NAT-1..3), VPC peering (R-PCX-1..8) and
 * gateway endpoints (R-GEP-1..4), including the edge-to-edge rules that stop traffic from using
 * another VPC's gateways (R-PCX-6, R-GEP-3).
 */
final class Gateways {

    private static final Cidr[] RFC1918 = {Cidr.parse("10.0.0.0/8"), Cidr.parse("172.16.0.0/12"), Cidr.parse("192.168.0.0/16")};
    private static final Cidr RFC6598 = Cidr.parse("100.64.0.0/10");

    private final Walk w;

    Gateways(Walk w) {
        this.w = w;
    }

    static boolean isRfc1918(Ipv4Address a) {
        for (Cidr c : RFC1918) {
            if (c.contains(a)) {
                return true;
            }
        }
        return false;
    }

    // ---- internet gateway --------------------------------------------------------------------------

    /** Out through the internet gateway: 1:1 translation to the interface's public address (R-IGW-1). */
    Arrival internetEgress(InternetGateway igw, SubnetFacts from, VpcRouteTable table, RouteEntry r, Flow f) {
        if (!States.usable(igw.state()) || from.vpc.internetGateway != igw) {
            return w.routing.blackhole(table, r, f, "internet gateway " + igw.id() + " is not attached to " + from.vpc);
        }
        w.open(igw.id(), ElementKind.INTERNET_GATEWAY);
        Packet p = f.packet();
        Iface src = w.index.ifaceAt(from.vpc, p.source());
        Ipv4Address pub = src == null ? null : src.publicIp;
        if (pub == null) {
            boolean edge = f.entry() == Flow.Entry.PEERING || f.entry() == Flow.Entry.VPN_GATEWAY;
            w.fail(StepAction.INTERNET_GATEWAY, igw.id(), p, new Walk.Block(igw.id(), "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS",
                    edge ? "X_EDGE_TO_EDGE" : null, edge ? "R-PCX-6" : "R-IGW-2", Disposition.NEIGHBOR_UNREACHABLE,
                    "Internet gateway " + igw.id() + " only translates addresses of interfaces in " + from.vpc
                            + " that have a public IPv4 address; " + p.source() + (src == null ? " is not one of them"
                            : " (" + src.hopId + ") has none") + "."));
            return null;
        }
        if (isRfc1918(p.destination()) || RFC6598.contains(p.destination())) {
            String code = isRfc1918(p.destination()) ? "IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS"
                    : "IGW_DESTINATION_ADDRESS_NOT_IN_RFC6598_EGRESS";
            w.fail(StepAction.INTERNET_GATEWAY, igw.id(), p, new Walk.Block(igw.id(), code, null, "R-IGW-2",
                    Disposition.NEIGHBOR_UNREACHABLE, "Internet gateway " + igw.id() + " does not send packets to the private address "
                    + p.destination() + " to the internet."));
            return null;
        }
        Packet q = p.withSource(pub, p.sourcePorts());
        w.pass(StepAction.INTERNET_GATEWAY, igw.id(), "Translates the source " + p.source() + " to its public address " + pub
                + " and sends the packet to the internet (R-IGW-1).", q);
        return beyondInternet(f.with(q));
    }

    /** On the internet: a public address of the design (hair-pin), a modelled host, an AWS service, or beyond. */
    private Arrival beyondInternet(Flow f) {
        Ipv4Address dst = f.packet().destination();
        if (w.index.ifaceWithPublicIp(dst) != null) {
            return internetIngress(f);
        }
        InternetHost host = w.index.internetHosts.get(dst.bits());
        if (host != null) {
            w.open(host.id(), ElementKind.INTERNET_HOST);
            return new Arrival(new Position.AtInternet(host.id(), dst), f);
        }
        PrefixList pl = w.index.awsPrefixListOf(dst);
        if (pl != null) {
            AwsService svc = w.index.servicesByPrefixList.get(pl.id());
            ElementId id = svc != null ? svc.id() : pl.id();
            w.open(id, svc != null ? ElementKind.AWS_SERVICE : ElementKind.PREFIX_LIST);
            return new Arrival(new Position.AtService(svc, id, null, null), f);
        }
        w.open(w.index.internetId, ElementKind.INTERNET);
        return new Arrival(new Position.AtInternet(null, dst), f);
    }

    Arrival fromInternet(Flow f) {
        return internetIngress(f);
    }

    /** In through an internet gateway: only to a public address of an interface of its VPC (R-IGW-2). */
    Arrival internetIngress(Flow f) {
        Packet p = f.packet();
        Iface owner = w.index.ifaceWithPublicIp(p.destination());
        if (owner == null) {
            return notPublic(f);
        }
        VpcFacts vpc = owner.vpc();
        InternetGateway igw = vpc.internetGateway;
        if (igw == null || !States.usable(igw.state())) {
            w.fail(StepAction.INTERNET_GATEWAY, vpc.id(), p, new Walk.Block(vpc.id(), "NO_ROUTE_TO_DESTINATION", null, "R-IGW-1",
                    Disposition.NO_ROUTE, vpc + " has no attached internet gateway, so its public address " + p.destination()
                    + " cannot be reached from the internet."));
            return null;
        }
        w.open(igw.id(), ElementKind.INTERNET_GATEWAY);
        if (isRfc1918(p.source()) || RFC6598.contains(p.source())) {
            w.fail(StepAction.INTERNET_GATEWAY, igw.id(), p, new Walk.Block(igw.id(), isRfc1918(p.source())
                    ? "IGW_SOURCE_ADDRESS_NOT_IN_RFC1918_INGRESS" : "IGW_SOURCE_ADDRESS_NOT_IN_RFC6598_INGRESS", null, "R-IGW-2",
                    Disposition.NEIGHBOR_UNREACHABLE, "Internet gateway " + igw.id() + " drops packets from the private address "
                    + p.source() + " arriving from the internet."));
            return null;
        }
        Packet q = p.withDestination(owner.primaryIp(), p.destinationPorts());
        w.pass(StepAction.INTERNET_GATEWAY, igw.id(), "Translates the destination " + p.destination() + " to " + owner.hopId
                + "'s private address " + owner.primaryIp() + " (R-IGW-1).", q);
        w.open(vpc.id(), ElementKind.VPC);
        return w.routing.deliverLocal(vpc, f.with(q).entered(Flow.Entry.INTERNET_GATEWAY, igw.id(), false), null, null, null);
    }

    /** From the internet to an address that is not a public address of the design. */
    private Arrival notPublic(Flow f) {
        Packet p = f.packet();
        List<Iface> owners = w.index.ifacesWithPrivateIp(p.destination());
        if (!owners.isEmpty()) {
            Iface i = owners.get(0);
            InternetGateway igw = i.vpc().internetGateway;
            ElementId blamed = igw != null ? igw.id() : i.vpc().id();
            w.open(blamed, igw != null ? ElementKind.INTERNET_GATEWAY : ElementKind.VPC);
            w.fail(StepAction.INTERNET_GATEWAY, blamed, p, new Walk.Block(blamed, "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS", null,
                    "R-IGW-2", Disposition.NEIGHBOR_UNREACHABLE, p.destination() + " is the private address of " + i.hopId
                    + (i.publicIp == null ? ", which has no public IPv4 address" : "") + ": the internet can only reach an interface"
                    + " through the public address its internet gateway maps to it."));
            return null;
        }
        InternetHost host = w.index.internetHosts.get(p.destination().bits());
        if (host != null) {
            w.open(host.id(), ElementKind.INTERNET_HOST);
            return new Arrival(new Position.AtInternet(host.id(), p.destination()), f);
        }
        OnPremFacts o = w.index.onPremContaining(p.destination());
        ElementId blamed = o != null ? o.network.id() : w.index.internetId;
        w.fail(StepAction.EXITS_NETWORK, blamed, p, new Walk.Block(blamed, "NO_PATH", null, "R-IGW-1", Disposition.NO_ROUTE,
                "Nothing on the internet leads to " + p.destination() + (o != null ? ", a private on-premises address" : "") + "."));
        return null;
    }

    /** The reply of an AWS service: back through the gateway endpoint, or over the internet. */
    Arrival fromService(Position.AtService s, Flow f) {
        w.open(s.id(), s.service() != null ? ElementKind.AWS_SERVICE : ElementKind.PREFIX_LIST);
        if (s.gateway() == null) {
            return internetIngress(f);
        }
        w.open(s.gateway().id(), ElementKind.GATEWAY_ENDPOINT);
        w.note(StepAction.GATEWAY_ENDPOINT, s.gateway().id(), "The service's reply enters " + s.vpc() + " through gateway endpoint "
                + s.gateway().id() + ".", f.packet());
        w.open(s.vpc().id(), ElementKind.VPC);
        return w.routing.deliverLocal(s.vpc(), f.entered(Flow.Entry.GATEWAY_ENDPOINT, s.gateway().id(), false), null, null, null);
    }

    // ---- NAT gateway -------------------------------------------------------------------------------

    /**
     * A NAT gateway receiving routed traffic: only from its own VPC or through a transit gateway
     * (R-NAT-2); it rewrites the source to its own address and an ephemeral port (R-EV-4) and
     * starts a new leg by its own subnet's route table (R-NAT-1).
     */
    Decision natHandoff(Iface nat, Flow f) {
        NatGateway g = (NatGateway) nat.owner;
        Packet p = f.packet();
        w.open(nat.hopId, ElementKind.NAT_GATEWAY);
        boolean fromVpc = f.entry() == Flow.Entry.ORIGIN && w.index.ifaceAt(nat.vpc(), p.source()) != null;
        if (!fromVpc && f.entry() != Flow.Entry.TRANSIT_GATEWAY) {
            boolean edge = f.entry() == Flow.Entry.PEERING || f.entry() == Flow.Entry.VPN_GATEWAY;
            w.fail(StepAction.NAT_TRANSLATION, nat.hopId, p, new Walk.Block(nat.hopId, "NGW_REQUIRES_SOURCE_IN_VPC",
                    edge ? "X_EDGE_TO_EDGE" : null, edge ? "R-PCX-6" : "R-NAT-2", Disposition.NEIGHBOR_UNREACHABLE,
                    "NAT gateway " + nat.hopId + " only serves interfaces of " + nat.vpc() + " (and traffic from a transit gateway"
                            + " attachment); " + p.source() + " comes from elsewhere."));
            return Decision.stop();
        }
        Packet q = p.withSource(nat.primaryIp(), PortRange.EPHEMERAL);
        w.run.detailCodes.add("NGW_SOURCE_ADDRESS_REASSIGN");
        w.run.detailCodes.add("REMAP_EPHEMERAL_PORT");
        w.note(StepAction.NAT_TRANSLATION, nat.hopId, (g.connectivity() == dev.linkwright.model.NatConnectivity.PRIVATE ? "Private " : "")
                + "NAT gateway " + nat.hopId + " replaces the source " + p.source() + " with its own address " + nat.primaryIp()
                + " and a port from 1024-65535, then routes by its subnet " + nat.subnet + "'s route table (R-NAT-1).", q);
        Segment.Relay relay = new Segment.Relay(List.of(new Segment.ReplyHop(nat.hopId, ElementKind.NAT_GATEWAY,
                StepAction.NAT_TRANSLATION, "Translates the reply back to the client " + p.source() + ".")));
        Flow g2 = f.rewritten(q, Set.of(), nat.vpc().id());
        return Decision.handoff(relay, new Position.AtIface(nat), g2, null, true);
    }

    /** Connections started towards a NAT gateway are never accepted (R-NAT-3). */
    Decision natRefuses(Iface nat, Flow f) {
        w.fail(StepAction.NAT_TRANSLATION, nat.hopId, f.packet(), new Walk.Block(nat.hopId, "NGW_REQUIRES_SOURCE_IN_VPC", null,
                "R-NAT-3", Disposition.DENIED_IN, "NAT gateway " + nat.hopId + " never accepts connections started from outside;"
                + " it only carries replies to connections its VPC's instances opened."));
        return Decision.stop();
    }

    // ---- peering -----------------------------------------------------------------------------------

    /** Over a peering connection: active, and only to the peer VPC's own addresses (R-PCX-1, R-PCX-5). */
    Arrival peering(PeeringConnection pcx, SubnetFacts from, VpcRouteTable table, RouteEntry r, Flow f) {
        ElementId peerId = pcx.peerOf(from.vpc.id());
        VpcFacts peer = peerId == null ? null : w.index.vpcs.get(peerId);
        if (pcx.state() != PeeringState.ACTIVE) {
            return w.routing.blackhole(table, r, f, "peering connection " + pcx.id() + " is " + pcx.state().wire()
                    + " and only an active peering carries traffic (R-PCX-1)");
        }
        if (peer == null) {
            return w.routing.blackhole(table, r, f, "peering connection " + pcx.id() + " does not connect " + from.vpc);
        }
        w.open(pcx.id(), ElementKind.PEERING_CONNECTION);
        Packet p = f.packet();
        if (!peer.contains(p.destination())) {
            String detail = edgeDetail(peer, p.destination());
            w.fail(StepAction.PEERING, pcx.id(), p, new Walk.Block(pcx.id(), "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR", detail,
                    detail == null ? "R-PCX-5" : "X_GATEWAY_ENDPOINT_NOT_EXTENDABLE".equals(detail) ? "R-GEP-3" : "R-PCX-6",
                    Disposition.NEIGHBOR_UNREACHABLE, peeringMessage(pcx, peer, p, detail)));
            return null;
        }
        w.pass(StepAction.PEERING, pcx.id(), "Destination " + p.destination() + " is in " + peer + "'s range ("
                + peer.cidrText() + "), so the peering carries it.", p);
        boolean interRegion = !Objects.equals(from.vpc.region, peer.region);
        w.open(peer.id(), ElementKind.VPC);
        return w.routing.deliverLocal(peer, f.entered(Flow.Entry.PEERING, pcx.id(), interRegion), null, null, null);
    }

    private static String peeringMessage(PeeringConnection pcx, VpcFacts peer, Packet p, String detail) {
        String base = "Peering connection " + pcx.id() + " only carries packets addressed to " + peer + " (" + peer.cidrText()
                + "); " + p.destination() + " is not in it";
        if (detail == null) {
            return base + ": peering is not transitive (R-PCX-5).";
        }
        if (detail.equals("X_GATEWAY_ENDPOINT_NOT_EXTENDABLE")) {
            return base + ": a peer cannot use " + peer + "'s gateway endpoint (R-GEP-3).";
        }
        return base + ": a peer cannot use " + peer + "'s internet gateway, NAT gateway, VPN or Direct Connect (R-PCX-6).";
    }

    /**
     * Why an address outside {@code vpc} cannot be reached through it: its gateway endpoint
     * ({@code X_GATEWAY_ENDPOINT_NOT_EXTENDABLE}), its edge gateways ({@code X_EDGE_TO_EDGE}), or
     * null when the VPC would only pass it to another peering (plain non-transitivity).
     */
    String edgeDetail(VpcFacts vpc, Ipv4Address dst) {
        for (GatewayEndpoint g : vpc.gatewayEndpoints) {
            PrefixList pl = g.prefixList() == null ? null : w.index.prefixLists.get(g.prefixList());
            if (pl != null && pl.contains(dst)) {
                return "X_GATEWAY_ENDPOINT_NOT_EXTENDABLE";
            }
        }
        for (VpcRouteTable t : vpc.routeTables) {
            RouteChoice c = t.lookup(dst);
            if (c.route() == null || c.route().targetKind() == null) {
                continue;
            }
            ElementKind k = c.route().targetKind();
            if (k == ElementKind.INTERNET_GATEWAY || k == ElementKind.NAT_GATEWAY || k == ElementKind.VPN_GATEWAY) {
                return "X_EDGE_TO_EDGE";
            }
        }
        return null;
    }

    // ---- gateway endpoint --------------------------------------------------------------------------

    /** To S3 or DynamoDB through a gateway endpoint: from the VPC only, TCP or ICMP (R-GEP-2, R-GEP-3). */
    Arrival gatewayEndpoint(GatewayEndpoint gwe, SubnetFacts from, VpcRouteTable table, RouteEntry r, Flow f) {
        if (gwe.state() != EndpointState.AVAILABLE) {
            return w.routing.blackhole(table, r, f, "gateway endpoint " + gwe.id() + " is " + gwe.state().wire());
        }
        w.open(gwe.id(), ElementKind.GATEWAY_ENDPOINT);
        Packet p = f.packet();
        if (w.index.ifaceAt(from.vpc, p.source()) == null) {
            ElementId blamed = f.entry() == Flow.Entry.TRANSIT_GATEWAY && f.via() != null ? f.via() : gwe.id();
            w.fail(StepAction.GATEWAY_ENDPOINT, gwe.id(), p, new Walk.Block(blamed, "CANNOT_ROUTE", "X_GATEWAY_ENDPOINT_NOT_EXTENDABLE",
                    "R-GEP-3", Disposition.NEIGHBOR_UNREACHABLE, "Gateway endpoint " + gwe.id() + " only serves resources inside "
                    + from.vpc + "; traffic from " + p.source() + " arrived from outside the VPC (use an interface endpoint)."));
            return null;
        }
        if (p.protocol() != Protocol.TCP && p.protocol() != Protocol.ICMP) {
            w.fail(StepAction.GATEWAY_ENDPOINT, gwe.id(), p, new Walk.Block(gwe.id(), "VPCE_GATEWAY_PROTOCOL_RESTRICTION", null,
                    "R-GEP-2", Disposition.DENIED_IN, "Gateway endpoint " + gwe.id() + " only carries TCP and ICMP echo, not "
                    + p.protocol().label() + "."));
            return null;
        }
        w.pass(StepAction.GATEWAY_ENDPOINT, gwe.id(), "Gateway endpoint " + gwe.id() + " (" + gwe.serviceName()
                + ") carries the packet to the service.", p);
        if (gwe.policy() != null && PrivateLinks.restrictivePolicy(gwe.policy())) {
            w.run.advise("X_ENDPOINT_POLICY_ADVISORY", gwe.id(), "Gateway endpoint " + gwe.id() + " has an endpoint policy; the"
                    + " service evaluates it per request, so some actions may be denied although the network path works (R-EV-5).");
        }
        AwsService svc = w.index.servicesByPrefixList.get(gwe.prefixList());
        ElementId id = svc != null ? svc.id() : gwe.prefixList();
        w.open(id, svc != null ? ElementKind.AWS_SERVICE : ElementKind.PREFIX_LIST);
        return new Arrival(new Position.AtService(svc, id, gwe, from.vpc), f);
    }
}
