package dev.linkwright.validation.rules;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.DirectConnectGateway;
import dev.linkwright.model.DirectConnectGatewayAssociation;
import dev.linkwright.model.Element;
import dev.linkwright.model.NetworkAcl;
import dev.linkwright.model.NetworkAclRule;
import dev.linkwright.model.OnPremisesNetwork;
import dev.linkwright.model.OnPremisesRoute;
import dev.linkwright.model.PrefixList;
import dev.linkwright.model.Route;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.SecurityGroupRule;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.TgwRoute;
import dev.linkwright.model.TgwRouteTable;
import dev.linkwright.model.VirtualInterface;
import dev.linkwright.model.Vpc;
import dev.linkwright.model.VpnConnection;
import dev.linkwright.validation.ElementRule;
import dev.linkwright.validation.QuickFix;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * R-VPC-4: a CIDR block written with host bits set (100.68.0.18/18) is read by AWS as its network
 * (100.68.0.0/18). Reported for every element that holds IPv4 blocks, with a quick fix that writes
 * them canonically.
 */
public final class CidrNotCanonical extends ElementRule<Element> {

    public CidrNotCanonical() {
        super("W_CIDR_NOT_CANONICAL", "R-VPC-4", Element.class,
                "A CIDR block is written with host bits set (100.68.0.18/18); AWS canonicalises it to the network address (100.68.0.0/18).",
                "Write the block with its network address (quick fix available).");
    }

    @Override
    public List<Class<? extends Element>> anchorTypes() {
        return List.of(Vpc.class, Subnet.class, RouteTable.class, NetworkAcl.class, SecurityGroup.class, PrefixList.class, OnPremisesNetwork.class, TgwRouteTable.class, VpnConnection.class, VirtualInterface.class, DirectConnectGateway.class);
    }

    @Override
    protected void check(Element e, Check c) {
        if (!holdsBlocks(e)) {
            return;
        }
        Set<Cidr> odd = new LinkedHashSet<>();
        Element fixed = canonicalise(e, odd);
        if (odd.isEmpty() || fixed == null) {
            return;
        }
        List<String> pairs = new ArrayList<>();
        for (Cidr b : odd) {
            pairs.add(b + " (read as " + b.canonical() + ")");
        }
        c.report(Network.describeCapitalised(e) + " has "
                        + (odd.size() == 1 ? "a block" : "blocks") + " with host bits set: " + Network.and(pairs) + ".",
                "Write " + (odd.size() == 1 ? "it" : "them") + " as the network address, e.g. " + odd.iterator().next().canonical() + ".",
                QuickFix.replace("Write the CIDR blocks of '" + e.id() + "' canonically", fixed), e.id());
    }

    private static boolean holdsBlocks(Element e) {
        return e instanceof Vpc || e instanceof Subnet || e instanceof RouteTable || e instanceof NetworkAcl || e instanceof SecurityGroup
                || e instanceof PrefixList || e instanceof OnPremisesNetwork || e instanceof TgwRouteTable || e instanceof VpnConnection
                || e instanceof VirtualInterface || e instanceof DirectConnectGateway;
    }

    /** A copy of {@code e} with every IPv4 block canonical, collecting the non-canonical ones. */
    private static Element canonicalise(Element e, Set<Cidr> odd) {
        if (e instanceof Vpc v) {
            return new Vpc(v.id(), v.name(), v.parent(), blocks(v.cidrBlocks(), odd), v.ipv6CidrBlocks(), v.dnsSupport(), v.dnsHostnames());
        }
        if (e instanceof Subnet s) {
            return new Subnet(s.id(), s.name(), s.parent(), block(s.cidr(), odd), s.ipv6Cidr(), s.routeTable(), s.networkAcl());
        }
        if (e instanceof RouteTable rt) {
            List<Route> routes = new ArrayList<>();
            for (Route r : rt.routes()) {
                routes.add(new Route(block(r.destination(), odd), r.ipv6Destination(), r.destinationPrefixList(), r.target(), r.origin()));
            }
            return new RouteTable(rt.id(), rt.name(), rt.parent(), rt.main(), routes, rt.propagatingGateways());
        }
        if (e instanceof NetworkAcl acl) {
            return new NetworkAcl(acl.id(), acl.name(), acl.parent(), acl.defaultAcl(), aclRules(acl.ingress(), odd), aclRules(acl.egress(), odd));
        }
        if (e instanceof SecurityGroup sg) {
            return new SecurityGroup(sg.id(), sg.name(), sg.parent(), sgRules(sg.ingress(), odd), sgRules(sg.egress(), odd));
        }
        if (e instanceof PrefixList pl) {
            return new PrefixList(pl.id(), pl.name(), pl.parent(), blocks(pl.cidrs(), odd), pl.awsManaged());
        }
        if (e instanceof OnPremisesNetwork n) {
            List<OnPremisesRoute> routes = new ArrayList<>();
            for (OnPremisesRoute r : n.staticRoutes()) {
                routes.add(new OnPremisesRoute(block(r.destination(), odd), r.destinationPrefixList(), r.via()));
            }
            return new OnPremisesNetwork(n.id(), n.name(), blocks(n.cidrs(), odd), routes);
        }
        if (e instanceof TgwRouteTable t) {
            List<TgwRoute> routes = new ArrayList<>();
            for (TgwRoute r : t.routes()) {
                routes.add(new TgwRoute(block(r.destination(), odd), r.prefixList(), r.attachment(), r.origin()));
            }
            return new TgwRouteTable(t.id(), t.name(), t.parent(), routes);
        }
        if (e instanceof VpnConnection vpn) {
            return new VpnConnection(vpn.id(), vpn.name(), vpn.parent(), vpn.gateway(), vpn.customerGateway(), vpn.routing(),
                    blocks(vpn.staticRoutes(), odd), vpn.tunnels(), vpn.customerAdvertised() == null ? null : blocks(vpn.customerAdvertised(), odd),
                    vpn.state());
        }
        if (e instanceof VirtualInterface vif) {
            return new VirtualInterface(vif.id(), vif.name(), vif.parent(), vif.type(), vif.gateway(), vif.network(),
                    vif.customerAdvertised() == null ? null : blocks(vif.customerAdvertised(), odd), vif.vlan(), vif.asn(), vif.state());
        }
        if (e instanceof DirectConnectGateway dx) {
            List<DirectConnectGatewayAssociation> list = new ArrayList<>();
            for (DirectConnectGatewayAssociation a : dx.associations()) {
                list.add(new DirectConnectGatewayAssociation(a.gateway(),
                        a.allowedPrefixes() == null ? null : blocks(a.allowedPrefixes(), odd), a.state()));
            }
            return new DirectConnectGateway(dx.id(), dx.name(), dx.parent(), dx.asn(), list);
        }
        return null;
    }

    private static Cidr block(Cidr b, Set<Cidr> odd) {
        if (b == null || b.isCanonical()) {
            return b;
        }
        odd.add(b);
        return b.canonical();
    }

    private static List<Cidr> blocks(List<Cidr> list, Set<Cidr> odd) {
        List<Cidr> out = new ArrayList<>(list.size());
        for (Cidr b : list) {
            out.add(block(b, odd));
        }
        return out;
    }

    private static List<NetworkAclRule> aclRules(List<NetworkAclRule> rules, Set<Cidr> odd) {
        List<NetworkAclRule> out = new ArrayList<>();
        for (NetworkAclRule r : rules) {
            out.add(new NetworkAclRule(r.number(), r.action(), r.protocol(), r.ports(), block(r.cidr(), odd), r.ipv6Cidr()));
        }
        return out;
    }

    private static List<SecurityGroupRule> sgRules(List<SecurityGroupRule> rules, Set<Cidr> odd) {
        List<SecurityGroupRule> out = new ArrayList<>();
        for (SecurityGroupRule r : rules) {
            out.add(new SecurityGroupRule(r.protocol(), r.ports(), block(r.cidr(), odd), r.ipv6Cidr(), r.securityGroup(), r.prefixList(),
                    r.description()));
        }
        return out;
    }
}
