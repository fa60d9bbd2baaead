package dev.linkwright.analysis.flows;

import dev.linkwright.model.AvailabilityZone;
import dev.linkwright.model.CustomerGateway;
import dev.linkwright.model.DirectConnectConnection;
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
import dev.linkwright.model.InternetGateway;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerNode;
import dev.linkwright.model.NatGateway;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.PeeringState;
import dev.linkwright.model.Placement;
import dev.linkwright.model.Relation;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.Target;
import dev.linkwright.model.TargetGroup;
import dev.linkwright.model.TargetHealth;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.TopologyView;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.model.TunnelState;
import dev.linkwright.model.VirtualInterface;
import dev.linkwright.model.VpnConnection;
import dev.linkwright.model.VpnGateway;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;

/**
 * A read-only view of a design in which the failed components of a {@link Failures} are down: the
 * same elements, except that each failed one is replaced by a copy in a state that carries no
 * traffic ("down (what-if)"), so the analyzer explains the failure in its usual words. Failing an
 * Availability Zone takes down its physical zone (AZ id) in every VPC of the Region: the instances
 * and NAT gateways in it, and the load balancer nodes, endpoint network interfaces and transit
 * gateway attachment interfaces in its subnets (an element left with none is down as a whole).
 *
 * <p>Like JGraphT's {@code MaskSubgraph}, nothing is copied but the replaced elements; the
 * containment tree and references are the underlying view's.
 */
final class WhatIfView implements TopologyView {

    /** The state a failed component is put in; {@code States} does not count it as usable. */
    static final String DOWN = "down (what-if)";

    private final TopologyView base;
    private final Map<ElementId, Element> replaced = new HashMap<>();

    WhatIfView(TopologyView base, Failures failures) {
        this.base = Objects.requireNonNull(base);
        for (Failure f : failures.failures()) {
            base.find(f.element()).ifPresent(e -> fail(e, f));
        }
    }

    private Element current(ElementId id) {
        Element e = replaced.get(id);
        return e != null ? e : base.find(id).orElse(null);
    }

    private void fail(Element original, Failure f) {
        Element e = current(original.id());
        if (e instanceof AvailabilityZone az) {
            failZone(az);
            return;
        }
        if (f.tunnelNumber() > 0 && e instanceof VpnConnection vpn) {
            replaced.put(vpn.id(), tunnelDown(vpn, f.tunnelNumber() - 1));
            return;
        }
        if (f.target() != null && e instanceof TargetGroup tg) {
            failTarget(tg, f.target());
            return;
        }
        Element down = down(e, DOWN);
        if (down != null) {
            replaced.put(e.id(), down);
        }
        if (e instanceof Instance inst) {
            markTargetsUnhealthy(Set.of(inst.id()));
        }
    }

    // ---- one element down ---------------------------------------------------------------------------

    /** {@code e} in a state that carries no traffic, or null when it has no state to change. */
    static Element down(Element e, String state) {
        if (e instanceof Instance i) {
            return new Instance(i.id(), i.name(), i.parent(), i.privateIp(), i.secondaryIps(), i.publicIp(), i.securityGroups(),
                    i.sourceDestCheck(), state, i.eniId());
        }
        if (e instanceof NatGateway n) {
            return new NatGateway(n.id(), n.name(), n.parent(), n.connectivity(), n.privateIp(), n.elasticIp(), state);
        }
        if (e instanceof LoadBalancer lb) {
            return loadBalancer(lb, lb.nodes(), state);
        }
        if (e instanceof InterfaceEndpoint ep) {
            return endpoint(ep, ep.interfaces(), EndpointState.FAILED);
        }
        if (e instanceof GatewayEndpoint g) {
            return new GatewayEndpoint(g.id(), g.name(), g.parent(), g.serviceName(), g.prefixList(), g.routeTables(),
                    EndpointState.FAILED, g.policy());
        }
        if (e instanceof EndpointService s) {
            return new EndpointService(s.id(), s.name(), s.parent(), s.serviceName(), s.loadBalancers(), s.acceptanceRequired(),
                    s.allowedPrincipals(), s.supportedIpAddressTypes(), s.supportedRegions(), s.privateDnsName(),
                    s.privateDnsVerified(), s.zoneIds(), state);
        }
        if (e instanceof PeeringConnection p) {
            return new PeeringConnection(p.id(), p.name(), p.parent(), p.requesterVpc(), p.accepterVpc(), PeeringState.FAILED);
        }
        if (e instanceof TgwAttachment a) {
            return attachment(a, a.subnets(), state);
        }
        if (e instanceof TransitGateway t) {
            return new TransitGateway(t.id(), t.name(), t.parent(), t.asn(), t.defaultAssociation(), t.defaultPropagation(),
                    t.associationDefaultRouteTable(), t.propagationDefaultRouteTable(), t.securityGroupReferencing(), state);
        }
        if (e instanceof VpnConnection v) {
            return new VpnConnection(v.id(), v.name(), v.parent(), v.gateway(), v.customerGateway(), v.routing(), v.staticRoutes(),
                    v.tunnels(), v.customerAdvertised(), state);
        }
        if (e instanceof VirtualInterface v) {
            return new VirtualInterface(v.id(), v.name(), v.parent(), v.type(), v.gateway(), v.network(), v.customerAdvertised(),
                    v.vlan(), v.asn(), state);
        }
        if (e instanceof DirectConnectConnection d) {
            return new DirectConnectConnection(d.id(), d.name(), d.parent(), d.location(), d.bandwidth(), state);
        }
        if (e instanceof DirectConnectGateway g) {
            List<DirectConnectGatewayAssociation> list = new ArrayList<>();
            for (DirectConnectGatewayAssociation a : g.associations()) {
                list.add(new DirectConnectGatewayAssociation(a.gateway(), a.allowedPrefixes(), state));
            }
            return new DirectConnectGateway(g.id(), g.name(), g.parent(), g.asn(), list);
        }
        if (e instanceof InternetGateway g) {
            return new InternetGateway(g.id(), g.name(), g.parent(), state);
        }
        if (e instanceof VpnGateway g) {
            return new VpnGateway(g.id(), g.name(), g.parent(), g.asn(), state);
        }
        if (e instanceof CustomerGateway g) {
            return new CustomerGateway(g.id(), g.name(), g.parent(), g.ip(), g.bgpAsn(), g.network(), state);
        }
        return null;
    }

    private static LoadBalancer loadBalancer(LoadBalancer lb, List<LoadBalancerNode> nodes, String state) {
        return new LoadBalancer(lb.id(), lb.name(), lb.parent(), lb.type(), lb.scheme(), lb.ipAddressType(), nodes,
                lb.securityGroups(), lb.createdWithSecurityGroups(), lb.enforceSecurityGroupsOnPrivateLink(), lb.crossZone(),
                lb.listeners(), state);
    }

    private static InterfaceEndpoint endpoint(InterfaceEndpoint ep, List<EndpointInterface> interfaces, EndpointState state) {
        return new InterfaceEndpoint(ep.id(), ep.name(), ep.parent(), ep.service(), ep.serviceName(), ep.serviceRegion(), interfaces,
                ep.securityGroups(), ep.ipAddressType(), ep.privateDns(), state, ep.requesterPrincipal(), ep.policy());
    }

    private static TgwAttachment attachment(TgwAttachment a, List<ElementId> subnets, String state) {
        return new TgwAttachment(a.id(), a.name(), a.parent(), a.type(), a.resource(), subnets, a.association(), a.propagations(),
                a.applianceMode(), a.securityGroupReferencing(), state);
    }

    private static VpnConnection tunnelDown(VpnConnection v, int index) {
        List<TunnelState> tunnels = new ArrayList<>(v.tunnels());
        if (index < tunnels.size()) {
            tunnels.set(index, TunnelState.DOWN);
        }
        return new VpnConnection(v.id(), v.name(), v.parent(), v.gateway(), v.customerGateway(), v.routing(), v.staticRoutes(),
                tunnels, v.customerAdvertised(), v.state());
    }

    private void failTarget(TargetGroup tg, String target) {
        List<Target> targets = new ArrayList<>();
        for (Target t : tg.targets()) {
            boolean match = t.instance() != null ? t.instance().value().equals(target) : t.ip() != null && t.ip().toString().equals(target);
            if (!match) {
                targets.add(t);
            } else if (t.instance() != null) {
                targets.add(new Target(t.instance(), t.ip(), t.port(), TargetHealth.UNHEALTHY));
                Element inst = current(t.instance());
                Element down = inst == null ? null : down(inst, DOWN);
                if (down != null) {
                    replaced.put(inst.id(), down);
                }
            }
            // a failed IP target is left out: the load balancer stops sending to it
        }
        replaced.put(tg.id(), withTargets(tg, targets));
    }

    private static TargetGroup withTargets(TargetGroup tg, List<Target> targets) {
        return new TargetGroup(tg.id(), tg.name(), tg.parent(), tg.targetType(), tg.protocol(), tg.port(), tg.crossZone(),
                tg.preserveClientIp(), targets);
    }

    /** Registered targets among {@code instances} fail their health checks. */
    private void markTargetsUnhealthy(Set<ElementId> instances) {
        for (TargetGroup tg : base.all(TargetGroup.class)) {
            TargetGroup now = (TargetGroup) current(tg.id());
            boolean changed = false;
            List<Target> targets = new ArrayList<>();
            for (Target t : now.targets()) {
                if (t.instance() != null && instances.contains(t.instance()) && t.health() != TargetHealth.UNHEALTHY) {
                    targets.add(new Target(t.instance(), t.ip(), t.port(), TargetHealth.UNHEALTHY));
                    changed = true;
                } else {
                    targets.add(t);
                }
            }
            if (changed) {
                replaced.put(tg.id(), withTargets(now, targets));
            }
        }
    }

    // ---- a whole zone down --------------------------------------------------------------------------

    private void failZone(AvailabilityZone failed) {
        String zoneId = Placement.zoneIdOf(base, failed.id());
        String region = Placement.regionCodeOf(base, failed.id());
        String state = "down (what-if: AZ " + (zoneId != null ? zoneId : failed.label()) + " out)";
        Set<ElementId> zones = new HashSet<>();
        for (AvailabilityZone az : base.all(AvailabilityZone.class)) {
            boolean same = az.id().equals(failed.id())
                    || zoneId != null && zoneId.equals(Placement.zoneIdOf(base, az.id()))
                    && Objects.equals(region, Placement.regionCodeOf(base, az.id()));
            if (same) {
                zones.add(az.id());
            }
        }
        Set<ElementId> subnets = new HashSet<>();
        Set<ElementId> instances = new HashSet<>();
        Deque<ElementId> todo = new ArrayDeque<>(zones);
        while (!todo.isEmpty()) {
            for (Element child : base.children(todo.pop())) {
                todo.push(child.id());
                if (child instanceof Subnet) {
                    subnets.add(child.id());
                } else if (child instanceof Instance || child instanceof NatGateway) {
                    replaced.put(child.id(), down(current(child.id()), state));
                    if (child instanceof Instance) {
                        instances.add(child.id());
                    }
                }
            }
        }
        for (LoadBalancer lb : base.all(LoadBalancer.class)) {
            LoadBalancer now = (LoadBalancer) current(lb.id());
            List<LoadBalancerNode> nodes = now.nodes().stream().filter(n -> !subnets.contains(n.subnet())).toList();
            if (nodes.size() != now.nodes().size()) {
                replaced.put(lb.id(), loadBalancer(now, nodes.isEmpty() ? now.nodes() : nodes, nodes.isEmpty() ? state : now.state()));
            }
        }
        for (InterfaceEndpoint ep : base.all(InterfaceEndpoint.class)) {
            InterfaceEndpoint now = (InterfaceEndpoint) current(ep.id());
            List<EndpointInterface> left = now.interfaces().stream().filter(i -> !subnets.contains(i.subnet())).toList();
            if (left.size() != now.interfaces().size()) {
                replaced.put(ep.id(), endpoint(now, left.isEmpty() ? now.interfaces() : left,
                        left.isEmpty() ? EndpointState.FAILED : now.state()));
            }
        }
        for (TgwAttachment a : base.all(TgwAttachment.class)) {
            TgwAttachment now = (TgwAttachment) current(a.id());
            List<ElementId> left = now.subnets().stream().filter(s -> !subnets.contains(s)).toList();
            if (left.size() != now.subnets().size()) {
                replaced.put(a.id(), attachment(now, left.isEmpty() ? now.subnets() : left, left.isEmpty() ? state : now.state()));
            }
        }
        markTargetsUnhealthy(instances);
    }

    // ---- TopologyView -------------------------------------------------------------------------------

    private Element swap(Element e) {
        if (e == null) {
            return null;
        }
        Element r = replaced.get(e.id());
        return r != null ? r : e;
    }

    private List<Element> swapAll(List<Element> list) {
        if (replaced.isEmpty()) {
            return list;
        }
        List<Element> out = new ArrayList<>(list.size());
        for (Element e : list) {
            out.add(swap(e));
        }
        return out;
    }

    @Override
    public Optional<Element> find(ElementId id) {
        return base.find(id).map(this::swap);
    }

    @Override
    public Element get(ElementId id) {
        return swap(base.get(id));
    }

    @Override
    public <T extends Element> Optional<T> find(ElementId id, Class<T> type) {
        return base.find(id, type).map(e -> type.cast(swap(e)));
    }

    @Override
    public boolean contains(ElementId id) {
        return base.contains(id);
    }

    @Override
    public List<Element> elements() {
        return swapAll(base.elements());
    }

    @Override
    public <T extends Element> List<T> all(Class<T> type) {
        List<T> list = base.all(type);
        if (replaced.isEmpty()) {
            return list;
        }
        List<T> out = new ArrayList<>(list.size());
        for (T e : list) {
            out.add(type.cast(swap(e)));
        }
        return out;
    }

    @Override
    public int size() {
        return base.size();
    }

    @Override
    public List<Element> children(ElementId id) {
        return swapAll(base.children(id));
    }

    @Override
    public <T extends Element> Optional<T> ancestor(ElementId id, Class<T> type) {
        return base.ancestor(id, type).map(e -> type.cast(swap(e)));
    }

    @Override
    public Optional<Element> owner(ElementId idOrNestedId) {
        return base.owner(idOrNestedId).map(this::swap);
    }

    @Override
    public Set<ElementId> referrers(ElementId id) {
        return base.referrers(id);
    }

    @Override
    public Graph<ElementId, Relation> graph() {
        return base.graph();
    }

    @Override
    public long order(ElementId id) {
        return base.order(id);
    }
}
