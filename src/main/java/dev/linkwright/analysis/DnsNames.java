package dev.linkwright.analysis;

import dev.linkwright.model.AwsService;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.EndpointService;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.PrefixList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * DNS names as a destination (R-PL-13): an endpoint's own Regional or zonal name resolves
 * anywhere; a private DNS name (the provider's verified name, or an AWS service name such as
 * {@code sqs.us-east-1.amazonaws.com}) resolves to endpoint interfaces only inside a VPC whose
 * endpoint has private DNS on and whose DNS attributes are enabled. Elsewhere a provider's name
 * does not resolve ({@code X_PRIVATE_DNS_NOT_RESOLVABLE}); an AWS service name resolves to the
 * service's public addresses.
 */
final class DnsNames {

    /** The resolution: where the name leads, or why it does not resolve, and what to tell the user. */
    record Result(QueryResolver.End end, Walk.Block failure, List<Advisory> advisories, String explanation) {
    }

    private final NetworkIndex index;

    DnsNames(NetworkIndex index) {
        this.index = index;
    }

    Result resolve(String rawName, Iface src) {
        String name = rawName.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        Result r = endpointName(name, src);
        if (r != null) {
            return r;
        }
        for (EndpointService svc : index.view.all(EndpointService.class)) {
            if (svc.privateDnsName() != null && matches(name, svc.privateDnsName().toLowerCase(Locale.ROOT))) {
                return providerName(name, svc, src);
            }
        }
        for (AwsService s : index.services) {
            if (matchesService(name, s.serviceName())) {
                return awsService(name, s.serviceName(), s, src);
            }
        }
        for (InterfaceEndpoint ep : index.view.all(InterfaceEndpoint.class)) {
            if (ep.service() == null && matchesService(name, ep.serviceName())) {
                return awsService(name, ep.serviceName(), null, src);
            }
        }
        throw new QueryException("cannot resolve the DNS name '" + rawName + "': it is not an endpoint's DNS name, an endpoint service's"
                + " private DNS name or an AWS service name of this design");
    }

    /** The destination for an AWS service element: its endpoint (private DNS) or public addresses. */
    QueryResolver.End serviceEnd(AwsService s, Iface src) {
        return awsService(defaultName(s.serviceName()), s.serviceName(), s, src).end();
    }

    // ---- endpoint names -------------------------------------------------------------------------------

    private Result endpointName(String name, Iface src) {
        // Regional and zonal names: [bucket.]vpce-id[-suffix][-az].service.region.vpce.amazonaws.com
        if (!name.endsWith("vpce.amazonaws.com")) {
            return null;
        }
        for (InterfaceEndpoint ep : index.view.all(InterfaceEndpoint.class)) {
            String id = ep.id().value().toLowerCase(Locale.ROOT);
            String labelled = "." + name;
            if (!labelled.contains("." + id + ".") && !labelled.contains("." + id + "-")) {
                continue;
            }
            List<Iface> ifaces = index.endpointIfaces.getOrDefault(ep.id(), List.of());
            for (Iface i : ifaces) {
                if (i.subnet.azName != null && name.contains("-" + i.subnet.azName.toLowerCase(Locale.ROOT) + ".")) {
                    return new Result(new QueryResolver.End(new Position.AtIface(i), i.primaryIp()), null, List.of(),
                            name + " is " + ep.id() + "'s zonal DNS name: it resolves to " + i.primaryIp() + " in " + i.subnet.azName + ".");
                }
            }
            Iface i = QueryResolver.nearest(ifaces, src, ep);
            Advisory a = new Advisory("X_REGIONAL_DNS_NAME", ep.id(), "A Regional endpoint DNS name resolves to a healthy endpoint"
                    + " interface in any AZ; the analysis follows the one in the source's AZ (" + i.primaryIp() + ", rulebook §18.8).");
            return new Result(new QueryResolver.End(new Position.AtIface(i), i.primaryIp()), null, List.of(a),
                    name + " is " + ep.id() + "'s Regional DNS name: it resolves to " + i.primaryIp() + ".");
        }
        return null;
    }

    // ---- provider private DNS -------------------------------------------------------------------------

    private Result providerName(String name, EndpointService svc, Iface src) {
        InterfaceEndpoint elsewhere = null;
        for (InterfaceEndpoint ep : index.endpointsByService.getOrDefault(svc.id(), List.of())) {
            if (ep.privateDns() && elsewhere == null) {
                elsewhere = ep;
            }
            if (src != null && privateDnsServes(ep, src) && svc.privateDnsVerified()) {
                Iface i = QueryResolver.nearest(index.endpointIfaces.get(ep.id()), src, ep);
                return new Result(new QueryResolver.End(new Position.AtIface(i), i.primaryIp()), null, List.of(),
                        name + " resolves in " + src.vpc() + " to endpoint " + ep.id() + "'s interface " + i.primaryIp()
                                + " (private DNS, R-PL-13).");
            }
        }
        ElementId blamed = elsewhere != null ? elsewhere.id() : svc.id();
        String why = !svc.privateDnsVerified() ? "the provider has not verified the domain" : src == null
                ? "private DNS names are served only inside the endpoint's VPC; on-premises clients need a Route 53 Resolver inbound"
                + " endpoint" : "no endpoint in " + src.vpc() + " serves it with private DNS on (peered VPCs and on-premises need"
                + " their own private hosted zone or a Resolver inbound endpoint)";
        String message = "The private DNS name " + name + " of " + svc.id() + " does not resolve here: " + why + " (R-PL-13).";
        return failure(blamed, message);
    }

    private boolean privateDnsServes(InterfaceEndpoint ep, Iface src) {
        VpcFacts vpc = index.vpcs.get(ep.parent());
        return ep.privateDns() && vpc != null && vpc == src.vpc() && vpc.vpc.dnsSupport() && vpc.vpc.dnsHostnames()
                && !index.endpointIfaces.getOrDefault(ep.id(), List.of()).isEmpty();
    }

    private Result failure(ElementId blamed, String message) {
        Walk.Block b = new Walk.Block(blamed, "X_PRIVATE_DNS_NOT_RESOLVABLE", null, "R-PL-13", Disposition.NO_ROUTE, message);
        return new Result(null, b, List.of(new Advisory("X_PRIVATE_DNS_NOT_RESOLVABLE", blamed, message)), message);
    }

    // ---- AWS services -----------------------------------------------------------------------------

    private Result awsService(String name, String serviceName, AwsService s, Iface src) {
        InterfaceEndpoint elsewhere = null;
        for (InterfaceEndpoint ep : index.view.all(InterfaceEndpoint.class)) {
            if (ep.service() != null || !serviceName.equalsIgnoreCase(ep.serviceName())) {
                continue;
            }
            if (src != null && privateDnsServes(ep, src)) {
                Iface i = QueryResolver.nearest(index.endpointIfaces.get(ep.id()), src, ep);
                return new Result(new QueryResolver.End(new Position.AtIface(i), i.primaryIp()), null, List.of(),
                        name + " resolves in " + src.vpc() + " to endpoint " + ep.id() + "'s interface " + i.primaryIp()
                                + " (private DNS, R-PL-13).");
            }
            if (ep.privateDns() && elsewhere == null) {
                elsewhere = ep;
            }
        }
        List<Advisory> advisories = new ArrayList<>();
        if (elsewhere != null) {
            advisories.add(new Advisory("X_PRIVATE_DNS_NOT_RESOLVABLE", elsewhere.id(), "Endpoint " + elsewhere.id() + "'s private DNS"
                    + " name is served only inside its own VPC; from here " + name + " resolves to the service's public addresses"
                    + " (R-PL-13)."));
        }
        QueryResolver.End end = publicEnd(s);
        return new Result(end, null, advisories, name + " resolves to the public addresses of " + serviceName + " (" + end.ip() + ").");
    }

    private QueryResolver.End publicEnd(AwsService s) {
        PrefixList pl = s == null || s.prefixList() == null ? null : index.prefixLists.get(s.prefixList());
        if (pl != null && !pl.cidrs().isEmpty()) {
            Cidr c = pl.cidrs().get(0);
            Ipv4Address ip = c.addressAt(Math.min(10, c.size() - 1));
            return new QueryResolver.End(new Position.AtService(s, s.id(), null, null), ip);
        }
        Ipv4Address ip = new QueryResolver(index).probe();
        return new QueryResolver.End(new Position.AtInternet(null, ip), ip);
    }

    private static boolean matches(String name, String pattern) {
        if (pattern.startsWith("*.")) {
            return name.endsWith(pattern.substring(1)) && name.length() > pattern.length() - 1;
        }
        return name.equals(pattern);
    }

    private static boolean matchesService(String name, String serviceName) {
        if (serviceName == null) {
            return false;
        }
        String s = serviceName.toLowerCase(Locale.ROOT);
        String dns = defaultName(s);
        return name.equals(s) || name.equals(dns) || name.endsWith("." + dns);
    }

    /** com.amazonaws.us-east-1.sqs is sqs.us-east-1.amazonaws.com. */
    static String defaultName(String serviceName) {
        String s = serviceName.toLowerCase(Locale.ROOT);
        String prefix = "com.amazonaws.";
        if (!s.startsWith(prefix)) {
            return s;
        }
        String rest = s.substring(prefix.length());
        int dot = rest.indexOf('.');
        if (dot < 0) {
            return s;
        }
        return rest.substring(dot + 1) + "." + rest.substring(0, dot) + ".amazonaws.com";
    }
}
