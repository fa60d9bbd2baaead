package dev.linkwright.analysis;

import dev.linkwright.model.AwsService;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.EndpointService;
import dev.linkwright.model.GatewayEndpoint;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.Internet;
import dev.linkwright.model.InternetHost;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.OnPremisesHost;
import dev.linkwright.model.OnPremisesNetwork;
import dev.linkwright.model.PortRange;
import dev.linkwright.model.PrefixList;
import java.util.List;
import java.util.Set;

/**
 * Turns the references of a {@link ReachabilityQuery} into positions and addresses: element ids
 * (nested interface ids included), IPv4 addresses (the owning interface, preferring the source's
 * VPC when VPCs overlap; else the on-premises network containing it; else the internet), the word
 * {@code internet}, and DNS names for the destination ({@link DnsNames}).
 */
final class QueryResolver {

    /** The resolved question; {@code dnsFailure} is set when a DNS destination does not resolve. */
    record Resolved(Position source, Flow flow, Expectation expect, String destinationText, Walk.Block dnsFailure,
                    List<Advisory> advisories, String dnsStep, VpcFacts resolverOf) {
    }

    /** A resolved end: its position and address. */
    record End(Position position, Ipv4Address ip) {
    }

    private static final String[] PROBES = {"198.51.100.1", "203.0.113.1", "192.0.2.1", "8.8.8.8"};

    private final NetworkIndex index;

    QueryResolver(NetworkIndex index) {
        this.index = index;
    }

    Resolved resolve(ReachabilityQuery q) {
        End src = source(q.source(), q.sourceIp());
        Iface srcIface = src.position() instanceof Position.AtIface ai ? ai.iface() : null;
        DnsNames.Result dns = null;
        End dst;
        if (isName(q.destination())) {
            dns = new DnsNames(index).resolve(q.destination(), srcIface);
            dst = dns.end();
        } else {
            dst = destination(q.destination(), src);
        }
        if (dst != null && srcIface != null && srcIface.owns(dst.ip())
                && dst.position() instanceof Position.AtIface d && d.iface() == srcIface) {
            throw new QueryException("the source and the destination are the same interface (" + srcIface.hopId + ")");
        }
        Ipv4Address dstIp = dst != null ? dst.ip() : probe();
        Packet p = packet(q, src.ip(), dstIp);
        Set<ElementId> groups = srcIface == null ? Set.of() : VpcRouting.ids(srcIface.groups);
        Flow flow = Flow.start(p, groups, srcIface == null ? null : srcIface.vpc().id());
        Expectation expect = new Expectation(dst == null ? null : dst.position(), dstIp);
        VpcFacts resolver = srcIface != null && isResolver(srcIface.vpc(), dstIp) && dst != null
                && !(dst.position() instanceof Position.AtIface) ? srcIface.vpc() : null;
        return new Resolved(src.position(), flow, expect, q.destination(), dns == null ? null : dns.failure(),
                dns == null ? List.of() : dns.advisories(), dns == null ? null : dns.explanation(), resolver);
    }

    /** The Route 53 Resolver of a VPC: its primary block's base plus two, or 169.254.169.253 (R-SG-5). */
    static boolean isResolver(VpcFacts vpc, Ipv4Address a) {
        if (a.equals(LINK_LOCAL_RESOLVER)) {
            return true;
        }
        List<dev.linkwright.model.Cidr> blocks = vpc.vpc.cidrBlocks();
        return !blocks.isEmpty() && blocks.get(0).addressAt(2).equals(a);
    }

    private static final Ipv4Address LINK_LOCAL_RESOLVER = Ipv4Address.parse("169.254.169.253");

    private static Packet packet(ReachabilityQuery q, Ipv4Address src, Ipv4Address dst) {
        if (!q.protocol().hasPorts()) {
            return new Packet(q.protocol(), src, null, dst, null);
        }
        return new Packet(q.protocol(), src, PortRange.single(q.sourcePort()), dst, PortRange.single(q.destinationPort()));
    }

    static boolean isName(String ref) {
        return ref.contains(".") && !Ipv4Address.isValid(ref) && !ref.contains("/");
    }

    // ---- source ------------------------------------------------------------------------------------

    private End source(String ref, Ipv4Address srcIp) {
        if (ref.equalsIgnoreCase("internet")) {
            return new End(new Position.AtInternet(null, srcIp != null ? srcIp : probe()), srcIp != null ? srcIp : probe());
        }
        if (Ipv4Address.isValid(ref)) {
            return sourceByAddress(Ipv4Address.parse(ref), srcIp);
        }
        Element e = element(ref);
        Iface i = index.iface(id(ref));
        if (i == null && (e instanceof LoadBalancer || e instanceof InterfaceEndpoint)) {
            i = firstIface(e, srcIp);
        }
        if (i != null) {
            return new End(new Position.AtIface(i), sourceAddress(i, srcIp, ref));
        }
        if (e instanceof OnPremisesHost h) {
            OnPremFacts o = index.onPrem.get(h.parent());
            return new End(new Position.AtOnPrem(o, h.id()), h.ip());
        }
        if (e instanceof OnPremisesNetwork n) {
            OnPremFacts o = index.onPrem.get(n.id());
            Ipv4Address ip = srcIp != null ? inside(o, srcIp, ref) : representative(o);
            OnPremisesHost host = o.hostAt(ip);
            return new End(new Position.AtOnPrem(o, host == null ? null : host.id()), ip);
        }
        if (e instanceof InternetHost h) {
            return new End(new Position.AtInternet(h.id(), h.ip()), h.ip());
        }
        if (e instanceof Internet) {
            Ipv4Address ip = srcIp != null ? srcIp : probe();
            return new End(new Position.AtInternet(null, ip), ip);
        }
        throw new QueryException("'" + ref + "' is " + e.kind().phrase() + ", which cannot send traffic; a source is an instance,"
                + " network interface, load balancer, NAT gateway, on-premises network or host, internet host, an IPv4 address"
                + " or 'internet'");
    }

    private End sourceByAddress(Ipv4Address a, Ipv4Address srcIp) {
        List<Iface> owners = index.ifacesWithPrivateIp(a);
        if (owners.size() > 1) {
            throw new QueryException(a + " is used by " + owners.get(0).hopId + " and " + owners.get(1).hopId
                    + " in different VPCs; name the source element instead");
        }
        if (owners.size() == 1) {
            return new End(new Position.AtIface(owners.get(0)), a);
        }
        OnPremFacts o = index.onPremContaining(a);
        if (o != null) {
            OnPremisesHost h = o.hostAt(a);
            return new End(new Position.AtOnPrem(o, h == null ? null : h.id()), a);
        }
        InternetHost h = index.internetHosts.get(a.bits());
        return new End(new Position.AtInternet(h == null ? null : h.id(), a), a);
    }

    private static Ipv4Address sourceAddress(Iface i, Ipv4Address srcIp, String ref) {
        if (srcIp == null) {
            if (i.primaryIp() == null) {
                throw new QueryException(i.hopId + " has no IPv4 address; give one with --src-ip");
            }
            return i.primaryIp();
        }
        if (!i.ips.contains(srcIp)) {
            throw new QueryException(srcIp + " is not an address of " + ref + " (its addresses: " + i.ips + ")");
        }
        return srcIp;
    }

    private Iface firstIface(Element e, Ipv4Address srcIp) {
        List<Iface> list = e instanceof LoadBalancer ? index.nodesByLoadBalancer.getOrDefault(e.id(), List.of())
                : index.endpointIfaces.getOrDefault(e.id(), List.of());
        for (Iface i : list) {
            if (srcIp == null || i.ips.contains(srcIp)) {
                return i;
            }
        }
        if (list.isEmpty()) {
            throw new QueryException("'" + e.id() + "' has no network interface in a subnet of the design");
        }
        throw new QueryException(srcIp + " is not an address of " + e.id());
    }

    // ---- destination -------------------------------------------------------------------------------

    private End destination(String ref, End src) {
        if (ref.equalsIgnoreCase("internet")) {
            Ipv4Address ip = probe();
            return new End(new Position.AtInternet(null, ip), ip);
        }
        if (Ipv4Address.isValid(ref)) {
            return destinationByAddress(Ipv4Address.parse(ref), src);
        }
        Element e = element(ref);
        Iface srcIface = src.position() instanceof Position.AtIface ai ? ai.iface() : null;
        boolean fromInternet = src.position() instanceof Position.AtInternet;
        Iface i = index.iface(id(ref));
        if (i == null && (e instanceof LoadBalancer || e instanceof InterfaceEndpoint)) {
            i = nearest(e instanceof LoadBalancer ? index.nodesByLoadBalancer.get(e.id()) : index.endpointIfaces.get(e.id()), srcIface, e);
        }
        if (i != null) {
            if (i.primaryIp() == null) {
                throw new QueryException("'" + ref + "' has no IPv4 address");
            }
            Ipv4Address ip = fromInternet && i.publicIp != null ? i.publicIp : i.primaryIp();
            return new End(new Position.AtIface(i), ip);
        }
        return destinationElement(e, ref, srcIface);
    }

    private End destinationElement(Element e, String ref, Iface srcIface) {
        if (e instanceof OnPremisesHost h) {
            return new End(new Position.AtOnPrem(index.onPrem.get(h.parent()), h.id()), h.ip());
        }
        if (e instanceof OnPremisesNetwork n) {
            OnPremFacts o = index.onPrem.get(n.id());
            Ipv4Address ip = representative(o);
            OnPremisesHost host = o.hostAt(ip);
            return new End(new Position.AtOnPrem(o, host == null ? null : host.id()), ip);
        }
        if (e instanceof InternetHost h) {
            return new End(new Position.AtInternet(h.id(), h.ip()), h.ip());
        }
        if (e instanceof Internet) {
            Ipv4Address ip = probe();
            return new End(new Position.AtInternet(null, ip), ip);
        }
        if (e instanceof AwsService s) {
            return new DnsNames(index).serviceEnd(s, srcIface);
        }
        if (e instanceof GatewayEndpoint g && g.prefixList() != null) {
            return prefixListEnd(g.prefixList(), ref);
        }
        if (e instanceof PrefixList pl) {
            return prefixListEnd(pl.id(), ref);
        }
        if (e instanceof EndpointService svc) {
            return endpointFor(svc, srcIface, ref);
        }
        throw new QueryException("'" + ref + "' is " + e.kind().phrase() + ", which cannot receive traffic; a destination is an"
                + " instance, network interface, interface endpoint, load balancer, on-premises network or host, internet host, AWS"
                + " service, an IPv4 address, a DNS name or 'internet'");
    }

    private End destinationByAddress(Ipv4Address a, End src) {
        Iface srcIface = src.position() instanceof Position.AtIface ai ? ai.iface() : null;
        if (srcIface != null) {
            Iface local = index.ifaceAt(srcIface.vpc(), a);
            if (local != null) {
                return new End(new Position.AtIface(local), a);
            }
        }
        List<Iface> owners = index.ifacesWithPrivateIp(a);
        if (owners.size() == 1) {
            return new End(new Position.AtIface(owners.get(0)), a);
        }
        if (owners.size() > 1) {
            return new End(null, a);
        }
        Iface pub = index.ifaceWithPublicIp(a);
        if (pub != null) {
            return new End(new Position.AtIface(pub), a);
        }
        OnPremFacts o = index.onPremContaining(a);
        if (o != null) {
            OnPremisesHost h = o.hostAt(a);
            return new End(new Position.AtOnPrem(o, h == null ? null : h.id()), a);
        }
        InternetHost h = index.internetHosts.get(a.bits());
        if (h != null) {
            return new End(new Position.AtInternet(h.id(), a), a);
        }
        PrefixList pl = index.awsPrefixListOf(a);
        if (pl != null) {
            AwsService svc = index.servicesByPrefixList.get(pl.id());
            return new End(new Position.AtService(svc, svc != null ? svc.id() : pl.id(), null, null), a);
        }
        return new End(new Position.AtInternet(null, a), a);
    }

    private End prefixListEnd(ElementId listId, String ref) {
        PrefixList pl = index.prefixLists.get(listId);
        if (pl == null || pl.cidrs().isEmpty()) {
            throw new QueryException("'" + ref + "' has no address block to send to");
        }
        Cidr c = pl.cidrs().get(0);
        Ipv4Address ip = c.addressAt(Math.min(10, c.size() - 1));
        AwsService svc = index.servicesByPrefixList.get(pl.id());
        return new End(new Position.AtService(svc, svc != null ? svc.id() : pl.id(), null, null), ip);
    }

    /** A consumer reaches an endpoint service through an interface endpoint of its own VPC. */
    private End endpointFor(EndpointService svc, Iface srcIface, String ref) {
        for (InterfaceEndpoint ep : index.endpointsByService.getOrDefault(svc.id(), List.of())) {
            if (srcIface != null && ep.parent().equals(srcIface.vpc().id())) {
                Iface i = nearest(index.endpointIfaces.get(ep.id()), srcIface, ep);
                return new End(new Position.AtIface(i), i.primaryIp());
            }
        }
        throw new QueryException("'" + ref + "' is an endpoint service; the source reaches it through an interface endpoint, and its"
                + " VPC has none for this service (name the endpoint of another VPC to go there)");
    }

    /** The interface in the source's AZ (zonal behaviour, rulebook §18.8), else the first. */
    static Iface nearest(List<Iface> ifaces, Iface src, Element owner) {
        if (ifaces == null || ifaces.isEmpty()) {
            throw new QueryException("'" + owner.id() + "' has no network interface in a subnet of the design");
        }
        if (src != null) {
            for (Iface i : ifaces) {
                if (i.azId() != null && i.azId().equals(src.azId())) {
                    return i;
                }
            }
        }
        return ifaces.get(0);
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private Element element(String ref) {
        ElementId id = id(ref);
        return index.view.owner(id).orElseThrow(() -> new QueryException("unknown element '" + ref + "' (not an element id, IPv4"
                + " address, DNS name or 'internet')"));
    }

    private static ElementId id(String ref) {
        String problem = ElementId.problemWith(ref);
        if (problem != null) {
            throw new QueryException("'" + ref + "' is not an element id: " + problem);
        }
        return ElementId.of(ref);
    }

    private static Ipv4Address inside(OnPremFacts o, Ipv4Address ip, String ref) {
        if (!o.contains(ip)) {
            throw new QueryException(ip + " is not inside on-premises network " + ref);
        }
        return ip;
    }

    private static Ipv4Address representative(OnPremFacts o) {
        if (!o.hosts.isEmpty()) {
            return o.hosts.get(0).ip();
        }
        if (o.network.cidrs().isEmpty()) {
            throw new QueryException("on-premises network " + o.network.id() + " has no address block");
        }
        Cidr c = o.network.cidrs().get(0);
        return c.addressAt(Math.min(10, c.size() - 1));
    }

    /** An internet address that no element of the design uses. */
    Ipv4Address probe() {
        for (String s : PROBES) {
            Ipv4Address a = Ipv4Address.parse(s);
            if (index.ifaceWithPublicIp(a) == null && !index.internetHosts.containsKey(a.bits()) && index.onPremContaining(a) == null
                    && index.awsPrefixListOf(a) == null) {
                return a;
            }
        }
        return Ipv4Address.parse("198.51.100.254");
    }
}
