package dev.linkwright.validation;

import dev.linkwright.model.Account;
import dev.linkwright.model.AttachmentType;
import dev.linkwright.model.AvailabilityZone;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.DirectConnectGateway;
import dev.linkwright.model.DirectConnectGatewayAssociation;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.EndpointInterface;
import dev.linkwright.model.EndpointService;
import dev.linkwright.model.EndpointState;
import dev.linkwright.model.GatewayEndpoint;
import dev.linkwright.model.Instance;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.IpAddressType;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.Listener;
import dev.linkwright.model.ListenerProtocol;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerNode;
import dev.linkwright.model.NatGateway;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.PeeringState;
import dev.linkwright.model.Region;
import dev.linkwright.model.Route;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.SecurityGroupRule;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.Target;
import dev.linkwright.model.TargetGroup;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.TgwRoute;
import dev.linkwright.model.TgwRouteTable;
import dev.linkwright.model.Topology;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.model.Vpc;
import dev.linkwright.model.VpnGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Random edits of a topology for equivalence tests: replace an element with a changed copy (new
 * blocks, addresses, references, states, parents), remove a leaf, put a removed element back, or add
 * a new element. Edits go through {@link Topology#put}/{@link Topology#remove}, so listeners hear
 * the same changes the editor would send.
 */
final class RandomEdits {

    private final Topology t;
    private final Random random;
    private final List<Element> removed = new ArrayList<>();
    private int counter;

    RandomEdits(Topology topology, long seed) {
        this.t = topology;
        this.random = new Random(seed);
    }

    /** Applies one random edit, or a small group of them as one change. */
    void apply() {
        if (random.nextInt(6) == 0) {
            t.beginUpdate();
            try {
                for (int i = 0; i < 2 + random.nextInt(3); i++) {
                    one();
                }
            } finally {
                t.endUpdate();
            }
        } else {
            one();
        }
    }

    private void one() {
        try {
            switch (random.nextInt(10)) {
                case 0 -> removeLeaf();
                case 1 -> restore();
                case 2 -> add();
                default -> mutate();
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            // an edit the model refuses (wrong parent kind, id taken): the topology is unchanged
        }
    }

    private <T extends Element> T pick(Class<T> type) {
        List<T> all = t.all(type);
        return all.isEmpty() ? null : all.get(random.nextInt(all.size()));
    }

    private ElementId pickId(Class<? extends Element> type) {
        Element e = pick(type);
        return e == null ? ElementId.of("missing-" + random.nextInt(3)) : e.id();
    }

    private Cidr block(int prefix) {
        int bits = (10 << 24) | (random.nextInt(4) << 16) | (random.nextInt(16) << 8) | (random.nextInt(4) == 0 ? random.nextInt(256) : 0);
        return new Cidr(new Ipv4Address(bits), prefix);
    }

    private Ipv4Address address() {
        return new Ipv4Address((10 << 24) | (random.nextInt(4) << 16) | (random.nextInt(16) << 8) | random.nextInt(256));
    }

    private void removeLeaf() {
        List<Element> leaves = t.elements().stream().filter(e -> t.children(e.id()).isEmpty()).toList();
        if (!leaves.isEmpty()) {
            Element e = leaves.get(random.nextInt(leaves.size()));
            t.remove(e.id());
            removed.add(e);
        }
    }

    private void restore() {
        if (!removed.isEmpty()) {
            Element e = removed.remove(random.nextInt(removed.size()));
            if (e.parent() == null || t.contains(e.parent())) {
                t.put(e);
            }
        }
    }

    private void add() {
        String id = "new-" + (++counter);
        switch (random.nextInt(6)) {
            case 0 -> {
                AvailabilityZone az = pick(AvailabilityZone.class);
                if (az != null) {
                    t.put(new Subnet(ElementId.of(id), "", az.id(), block(24), null, random.nextBoolean() ? pickId(RouteTable.class) : null, null));
                }
            }
            case 1 -> {
                Subnet s = pick(Subnet.class);
                if (s != null) {
                    t.put(new Instance(ElementId.of(id), "", s.id(), address(), List.of(), random.nextBoolean() ? address() : null,
                            List.of(pickId(SecurityGroup.class)), true, "running", null));
                }
            }
            case 2 -> {
                Region r = pick(Region.class);
                if (r != null) {
                    t.put(new PeeringConnection(ElementId.of(id), "", r.id(), pickId(Vpc.class), pickId(Vpc.class), PeeringState.ACTIVE));
                }
            }
            case 3 -> {
                Vpc v = pick(Vpc.class);
                if (v != null) {
                    t.put(new InterfaceEndpoint(ElementId.of(id), "", v.id(), pickId(EndpointService.class), null, null,
                            List.of(new EndpointInterface(pickId(Subnet.class), null, address())), List.of(), IpAddressType.IPV4, false,
                            EndpointState.AVAILABLE, null, null));
                }
            }
            case 4 -> {
                Region r = pick(Region.class);
                if (r != null) {
                    t.put(new EndpointService(ElementId.of(id), "", r.id(), null, List.of(pickId(LoadBalancer.class)), random.nextBoolean() ? null : true,
                            List.of("arn:aws:iam::111111111111:root"), List.of(IpAddressType.IPV4), List.of(), null, true, null, null));
                }
            }
            default -> {
                Vpc v = pick(Vpc.class);
                if (v != null) {
                    t.put(new RouteTable(ElementId.of(id), "", v.id(), random.nextBoolean(), List.of(Route.to(block(16), pickId(Element.class))), List.of()));
                }
            }
        }
    }

    private void mutate() {
        Element e = pick(Element.class);
        if (e == null) {
            return;
        }
        Element changed = change(e);
        if (changed != null) {
            t.put(changed);
        }
    }

    private Element change(Element e) {
        if (e instanceof Account a) {
            Map<String, String> zones = new TreeMap<>();
            a.zoneIds().keySet().forEach(k -> zones.put(k, "use1-az" + (1 + random.nextInt(4))));
            return new Account(a.id(), a.name(), zones);
        }
        if (e instanceof Vpc v) {
            List<Cidr> blocks = new ArrayList<>(v.cidrBlocks());
            if (random.nextBoolean() || blocks.size() > 2) {
                blocks.set(blocks.size() - 1, block(16));
            } else {
                blocks.add(block(16 + random.nextInt(3)));
            }
            return new Vpc(v.id(), v.name(), v.parent(), blocks, v.ipv6CidrBlocks(), random.nextBoolean(), v.dnsHostnames());
        }
        if (e instanceof AvailabilityZone az) {
            return new AvailabilityZone(az.id(), az.name(), az.parent(), "us-east-1" + "abc".charAt(random.nextInt(3)), az.zoneId());
        }
        if (e instanceof Subnet s) {
            return switch (random.nextInt(3)) {
                case 0 -> new Subnet(s.id(), s.name(), s.parent(), block(random.nextBoolean() ? 24 : 29), s.ipv6Cidr(), s.routeTable(), s.networkAcl());
                case 1 -> new Subnet(s.id(), s.name(), s.parent(), s.cidr() == null ? block(24) : s.cidr(), s.ipv6Cidr(), pickId(RouteTable.class), s.networkAcl());
                default -> new Subnet(s.id(), s.name(), pickId(AvailabilityZone.class), s.cidr() == null ? block(24) : s.cidr(), s.ipv6Cidr(), s.routeTable(),
                        s.networkAcl());
            };
        }
        if (e instanceof RouteTable rt) {
            List<Route> routes = new ArrayList<>(rt.routes());
            if (!routes.isEmpty() && random.nextBoolean()) {
                routes.remove(random.nextInt(routes.size()));
            } else {
                routes.add(Route.to(random.nextBoolean() ? block(16 + random.nextInt(9)) : Cidr.ANY, pickId(Element.class)));
            }
            return new RouteTable(rt.id(), rt.name(), rt.parent(), random.nextInt(4) == 0 ? !rt.main() : rt.main(), routes, rt.propagatingGateways());
        }
        if (e instanceof SecurityGroup sg) {
            List<SecurityGroupRule> ingress = new ArrayList<>(sg.ingress());
            ingress.add(SecurityGroupRule.allowGroup(dev.linkwright.model.Protocol.TCP, dev.linkwright.model.PortRange.single(443), pickId(SecurityGroup.class)));
            return new SecurityGroup(sg.id(), sg.name(), sg.parent(), random.nextBoolean() ? ingress : List.of(), sg.egress());
        }
        if (e instanceof Instance i) {
            return random.nextBoolean()
                    ? new Instance(i.id(), i.name(), i.parent(), address(), i.secondaryIps(), i.publicIp(), i.securityGroups(), true, i.state(), i.eniId())
                    : new Instance(i.id(), i.name(), pickId(Subnet.class), i.privateIp(), i.secondaryIps(), random.nextBoolean() ? address() : null,
                            List.of(pickId(SecurityGroup.class)), true, random.nextBoolean() ? "running" : "stopped", i.eniId());
        }
        if (e instanceof NatGateway n) {
            return new NatGateway(n.id(), n.name(), pickId(Subnet.class), n.connectivity(), address(), random.nextBoolean() ? n.elasticIp() : null, n.state());
        }
        if (e instanceof LoadBalancer lb) {
            List<LoadBalancerNode> nodes = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(3); k++) {
                nodes.add(new LoadBalancerNode(pickId(Subnet.class), address()));
            }
            return new LoadBalancer(lb.id(), lb.name(), lb.parent(), lb.type(), lb.scheme(), lb.ipAddressType(), nodes, lb.securityGroups(),
                    lb.createdWithSecurityGroups(), true, random.nextBoolean(),
                    List.of(new Listener(random.nextBoolean() ? ListenerProtocol.TCP : ListenerProtocol.UDP, 443, pickId(TargetGroup.class))), lb.state());
        }
        if (e instanceof TargetGroup tg) {
            List<Target> targets = new ArrayList<>();
            for (int k = 0; k < random.nextInt(3); k++) {
                targets.add(Target.instance(pickId(Instance.class)));
            }
            return new TargetGroup(tg.id(), tg.name(), tg.parent(), tg.targetType(), tg.protocol(), tg.port(), random.nextBoolean() ? null : true, null, targets);
        }
        if (e instanceof EndpointService s) {
            List<String> zones = random.nextBoolean() ? null : List.of("use1-az" + (1 + random.nextInt(4)));
            return new EndpointService(s.id(), s.name(), s.parent(), s.serviceName(), random.nextBoolean() ? List.of(pickId(LoadBalancer.class)) : s.loadBalancers(),
                    random.nextBoolean() ? null : true, random.nextBoolean() ? List.of() : List.of("*"), s.supportedIpAddressTypes(),
                    random.nextBoolean() ? List.of() : List.of("us-east-1", "eu-west-1"), s.privateDnsName(), s.privateDnsVerified(), zones, s.state());
        }
        if (e instanceof InterfaceEndpoint ep) {
            List<EndpointInterface> interfaces = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(2); k++) {
                interfaces.add(new EndpointInterface(pickId(Subnet.class), null, address()));
            }
            return new InterfaceEndpoint(ep.id(), ep.name(), ep.parent(), random.nextBoolean() ? pickId(EndpointService.class) : ep.service(), ep.serviceName(),
                    ep.serviceRegion(), interfaces, ep.securityGroups(), ep.ipAddressType(), random.nextBoolean(),
                    random.nextBoolean() ? EndpointState.AVAILABLE : EndpointState.PENDING_ACCEPTANCE, ep.requesterPrincipal(), ep.policy());
        }
        if (e instanceof PeeringConnection p) {
            return new PeeringConnection(p.id(), p.name(), p.parent(), p.requesterVpc(), pickId(Vpc.class),
                    random.nextBoolean() ? PeeringState.ACTIVE : PeeringState.PENDING_ACCEPTANCE);
        }
        if (e instanceof TgwAttachment a && a.type() == AttachmentType.VPC) {
            return new TgwAttachment(a.id(), a.name(), a.parent(), a.type(), random.nextBoolean() ? pickId(Vpc.class) : a.resource(),
                    List.of(pickId(Subnet.class), pickId(Subnet.class)), a.association(), a.propagations(), a.applianceMode(), a.securityGroupReferencing(),
                    random.nextBoolean() ? "available" : "deleted");
        }
        if (e instanceof TgwRouteTable rt) {
            return new TgwRouteTable(rt.id(), rt.name(), rt.parent(), List.of(TgwRoute.to(block(16), pickId(TgwAttachment.class))));
        }
        if (e instanceof TransitGateway tgw) {
            return new TransitGateway(tgw.id(), tgw.name(), tgw.parent(), tgw.asn(), random.nextBoolean(), tgw.defaultPropagation(),
                    tgw.associationDefaultRouteTable(), tgw.propagationDefaultRouteTable(), random.nextBoolean(), tgw.state());
        }
        if (e instanceof VpnGateway vgw) {
            return new VpnGateway(vgw.id(), vgw.name(), random.nextBoolean() ? pickId(Vpc.class) : vgw.parent(), vgw.asn(), vgw.state());
        }
        if (e instanceof DirectConnectGateway dx) {
            return new DirectConnectGateway(dx.id(), dx.name(), dx.parent(), dx.asn(),
                    List.of(new DirectConnectGatewayAssociation(random.nextBoolean() ? pickId(VpnGateway.class) : pickId(TransitGateway.class), null, null)));
        }
        if (e instanceof GatewayEndpoint g) {
            return new GatewayEndpoint(g.id(), g.name(), g.parent(), g.serviceName(), g.prefixList(), List.of(pickId(RouteTable.class)), g.state(), g.policy());
        }
        return null;
    }
}
