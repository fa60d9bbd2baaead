package dev.linkwright.command;

import dev.linkwright.model.AwsService;
import dev.linkwright.model.CustomerGateway;
import dev.linkwright.model.DirectConnectGateway;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.EndpointService;
import dev.linkwright.model.GatewayEndpoint;
import dev.linkwright.model.Instance;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.Listener;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.NetworkInterface;
import dev.linkwright.model.OnPremisesNetwork;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.SecurityGroupRule;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.TargetGroup;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.TgwRouteTable;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.model.VirtualInterface;
import dev.linkwright.model.VpnConnection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What becomes of an element when elements it refers to are deleted: the reference is dropped (a
 * route to a deleted gateway, a deleted group in a list), or, when the element cannot exist without
 * it (a peering connection without one of its VPCs), the element goes too.
 */
final class ReferenceRemoval {

    private ReferenceRemoval() {
    }

    /**
     * {@code e} without its references to {@code gone}; {@code e} itself when it names none of them;
     * null when it cannot exist without them.
     */
    static Element without(Element e, Set<ElementId> gone) {
        Predicate<ElementId> keep = id -> id == null || !gone.contains(id);
        if (e instanceof Subnet s) {
            return new Subnet(s.id(), s.name(), s.parent(), s.cidr(), s.ipv6Cidr(), keepOrNull(s.routeTable(), keep),
                    keepOrNull(s.networkAcl(), keep));
        }
        if (e instanceof RouteTable rt) {
            return new RouteTable(rt.id(), rt.name(), rt.parent(), rt.main(),
                    rt.routes().stream().filter(r -> keep.test(r.target()) && keep.test(r.destinationPrefixList())).toList(),
                    filter(rt.propagatingGateways(), keep));
        }
        if (e instanceof SecurityGroup sg) {
            Predicate<SecurityGroupRule> ruleKept = r -> keep.test(r.securityGroup()) && keep.test(r.prefixList());
            return new SecurityGroup(sg.id(), sg.name(), sg.parent(), sg.ingress().stream().filter(ruleKept).toList(),
                    sg.egress().stream().filter(ruleKept).toList());
        }
        if (e instanceof Instance i) {
            return new Instance(i.id(), i.name(), i.parent(), i.privateIp(), i.secondaryIps(), i.publicIp(),
                    filter(i.securityGroups(), keep), i.sourceDestCheck(), i.state(), i.eniId());
        }
        if (e instanceof NetworkInterface n) {
            return new NetworkInterface(n.id(), n.name(), n.parent(), n.privateIp(), n.secondaryIps(), n.publicIp(),
                    filter(n.securityGroups(), keep), n.sourceDestCheck(), keepOrNull(n.attachedInstance(), keep), n.description());
        }
        if (e instanceof LoadBalancer lb) {
            List<Listener> listeners = lb.listeners().stream()
                    .map(l -> keep.test(l.targetGroup()) ? l : new Listener(l.protocol(), l.port(), null)).toList();
            return new LoadBalancer(lb.id(), lb.name(), lb.parent(), lb.type(), lb.scheme(), lb.ipAddressType(),
                    lb.nodes().stream().filter(n -> keep.test(n.subnet())).toList(), filter(lb.securityGroups(), keep),
                    lb.createdWithSecurityGroups(), lb.enforceSecurityGroupsOnPrivateLink(), lb.crossZone(), listeners, lb.state());
        }
        if (e instanceof TargetGroup tg) {
            return new TargetGroup(tg.id(), tg.name(), tg.parent(), tg.targetType(), tg.protocol(), tg.port(), tg.crossZone(),
                    tg.preserveClientIp(), tg.targets().stream().filter(t -> keep.test(t.instance())).toList());
        }
        if (e instanceof EndpointService s) {
            return new EndpointService(s.id(), s.name(), s.parent(), s.serviceName(), filter(s.loadBalancers(), keep),
                    s.acceptanceRequired(), s.allowedPrincipals(), s.supportedIpAddressTypes(), s.supportedRegions(),
                    s.privateDnsName(), s.privateDnsVerified(), s.zoneIds(), s.state());
        }
        if (e instanceof InterfaceEndpoint ie) {
            if (!keep.test(ie.service())) {
                return null;
            }
            return new InterfaceEndpoint(ie.id(), ie.name(), ie.parent(), ie.service(), ie.serviceName(), ie.serviceRegion(),
                    ie.interfaces().stream().filter(i -> keep.test(i.subnet())).toList(), filter(ie.securityGroups(), keep),
                    ie.ipAddressType(), ie.privateDns(), ie.state(), ie.requesterPrincipal(), ie.policy());
        }
        if (e instanceof GatewayEndpoint g) {
            return new GatewayEndpoint(g.id(), g.name(), g.parent(), g.serviceName(), keepOrNull(g.prefixList(), keep),
                    filter(g.routeTables(), keep), g.state(), g.policy());
        }
        if (e instanceof PeeringConnection p) {
            return keep.test(p.requesterVpc()) && keep.test(p.accepterVpc()) ? p : null;
        }
        if (e instanceof TransitGateway tgw) {
            return new TransitGateway(tgw.id(), tgw.name(), tgw.parent(), tgw.asn(), tgw.defaultAssociation(), tgw.defaultPropagation(),
                    keepOrNull(tgw.associationDefaultRouteTable(), keep), keepOrNull(tgw.propagationDefaultRouteTable(), keep),
                    tgw.securityGroupReferencing(), tgw.state());
        }
        if (e instanceof TgwRouteTable rt) {
            return new TgwRouteTable(rt.id(), rt.name(), rt.parent(),
                    rt.routes().stream().filter(r -> keep.test(r.attachment()) && keep.test(r.prefixList())).toList());
        }
        if (e instanceof TgwAttachment a) {
            if (!keep.test(a.resource())) {
                return null;
            }
            return new TgwAttachment(a.id(), a.name(), a.parent(), a.type(), a.resource(), filter(a.subnets(), keep),
                    keepOrNull(a.association(), keep), a.propagations() == null ? null : filter(a.propagations(), keep),
                    a.applianceMode(), a.securityGroupReferencing(), a.state());
        }
        if (e instanceof CustomerGateway c) {
            return new CustomerGateway(c.id(), c.name(), c.parent(), c.ip(), c.bgpAsn(), keepOrNull(c.network(), keep), c.state());
        }
        if (e instanceof VpnConnection v) {
            return keep.test(v.gateway()) && keep.test(v.customerGateway()) ? v : null;
        }
        if (e instanceof VirtualInterface v) {
            return new VirtualInterface(v.id(), v.name(), v.parent(), v.type(), keepOrNull(v.gateway(), keep),
                    keepOrNull(v.network(), keep), v.customerAdvertised(), v.vlan(), v.asn(), v.state());
        }
        if (e instanceof DirectConnectGateway d) {
            return new DirectConnectGateway(d.id(), d.name(), d.parent(), d.asn(),
                    d.associations().stream().filter(a -> keep.test(a.gateway())).toList());
        }
        if (e instanceof AwsService s) {
            return new AwsService(s.id(), s.name(), s.parent(), s.serviceName(), keepOrNull(s.prefixList(), keep));
        }
        if (e instanceof OnPremisesNetwork n) {
            return new OnPremisesNetwork(n.id(), n.name(), n.cidrs(), n.staticRoutes().stream()
                    .filter(r -> keep.test(r.via()) && keep.test(r.destinationPrefixList())).toList());
        }
        return e;
    }

    private static ElementId keepOrNull(ElementId id, Predicate<ElementId> keep) {
        return keep.test(id) ? id : null;
    }

    private static List<ElementId> filter(List<ElementId> ids, Predicate<ElementId> keep) {
        return ids.stream().filter(keep).toList();
    }
}
