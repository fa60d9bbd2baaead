package dev.linkwright.validation.rules;

import dev.linkwright.model.Account;
import dev.linkwright.model.AvailabilityZone;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.EndpointService;
import dev.linkwright.model.GatewayEndpoint;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.InternetGateway;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerNode;
import dev.linkwright.model.Placement;
import dev.linkwright.model.Route;
import dev.linkwright.model.RouteOrigin;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.TopologyView;
import dev.linkwright.model.Vpc;
import dev.linkwright.validation.DerivedFacts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts about a design that several rules need (where an element sits, which subnets a VPC has,
 * whether a subnet is public, which AZs a service is in). Everything is computed from the view on
 * each call, so that incremental validation sees every read.
 */
final class Network {

    private static final Pattern ARN_ACCOUNT = Pattern.compile("^arn:aws[a-z-]*:iam::(\\d{12}):.+$");
    private static final Pattern SERVICE_NAME_REGION = Pattern.compile("^com\\.amazonaws\\.(?:vpce\\.)?([a-z]{2}(?:-[a-z]+)+-\\d)\\..+$");

    private Network() {
    }

    static Optional<Vpc> vpcOf(TopologyView v, ElementId id) {
        return Placement.vpcOf(v, id);
    }

    static ElementId vpcIdOf(TopologyView v, ElementId id) {
        return DerivedFacts.of(v, "vpc", id, w -> Placement.vpcOf(w, id).map(Vpc::id).orElse(null));
    }

    /** The Region code ("us-east-1") an element is in, or null. */
    static String regionOf(TopologyView v, ElementId id) {
        return DerivedFacts.of(v, "region", id, w -> Placement.regionCodeOf(w, id));
    }

    /** The 12-digit account an element belongs to, or null. */
    static String accountOf(TopologyView v, ElementId id) {
        return DerivedFacts.of(v, "account", id, w -> Placement.accountOf(w, id).map(a -> a.id().value()).orElse(null));
    }

    /**
     * A key naming the physical AZ an element sits in: the AZ id when known, else the account and AZ
     * name (good for comparisons inside one account); null when the element is in no AZ.
     */
    static String zoneKey(TopologyView v, ElementId id) {
        return DerivedFacts.of(v, "zone", id, w -> computeZoneKey(w, id));
    }

    private static String computeZoneKey(TopologyView v, ElementId id) {
        String zoneId = Placement.zoneIdOf(v, id);
        if (zoneId != null) {
            return zoneId;
        }
        Optional<AvailabilityZone> az = Placement.zoneOf(v, id);
        if (az.isEmpty()) {
            return null;
        }
        String account = Placement.accountOf(v, az.get().id()).map(Account::id).map(ElementId::value).orElse("?");
        return account + ":" + az.get().zoneName();
    }

    /** The AZ name (us-east-1a) an element sits in, or null. */
    static String zoneNameOf(TopologyView v, ElementId id) {
        return Placement.zoneNameOf(v, id);
    }

    /** True when {@code key} is an AZ id (use1-az1) rather than an account-local AZ name. */
    static boolean isZoneId(String key) {
        return key != null && !key.contains(":");
    }

    /** How to show an AZ key to people. */
    static String zoneText(String key) {
        if (key == null) {
            return "an unknown AZ";
        }
        return isZoneId(key) ? key : key.substring(key.indexOf(':') + 1);
    }

    /** The subnets of a VPC, in document order. */
    static List<Subnet> subnetsOf(TopologyView v, ElementId vpc) {
        return DerivedFacts.of(v, "subnets", vpc, w -> computeSubnets(w, vpc));
    }

    private static List<Subnet> computeSubnets(TopologyView v, ElementId vpc) {
        List<Subnet> list = new ArrayList<>();
        for (Element az : v.children(vpc)) {
            if (az instanceof AvailabilityZone) {
                for (Element s : v.children(az.id())) {
                    if (s instanceof Subnet subnet) {
                        list.add(subnet);
                    }
                }
            }
        }
        return list;
    }

    /** Children of {@code parent} of one type, in document order. */
    static <T extends Element> List<T> childrenOf(TopologyView v, ElementId parent, Class<T> type) {
        List<T> list = new ArrayList<>();
        for (Element e : v.children(parent)) {
            if (type.isInstance(e)) {
                list.add(type.cast(e));
            }
        }
        return list;
    }

    /** Elements of one type that reference {@code id}, in document order. */
    static <T extends Element> List<T> referrersOf(TopologyView v, ElementId id, Class<T> type) {
        return DerivedFacts.of(v, "referrers:" + type.getSimpleName(), id, w -> computeReferrers(w, id, type));
    }

    private static <T extends Element> List<T> computeReferrers(TopologyView v, ElementId id, Class<T> type) {
        List<T> list = new ArrayList<>();
        for (ElementId r : v.referrers(id)) {
            v.find(r, type).ifPresent(list::add);
        }
        list.sort((a, b) -> Long.compare(v.order(a.id()), v.order(b.id())));
        return list;
    }

    /** The route table a subnet uses (explicit, else the VPC's main table). */
    static Optional<RouteTable> routeTableOf(TopologyView v, Subnet subnet) {
        return Placement.routeTableOf(v, subnet);
    }

    /**
     * The stored routes of a table plus the routes its gateway endpoints imply (prefix list to
     * endpoint, R-GEP-1). Local routes are not included.
     */
    static List<Route> routesOf(TopologyView v, RouteTable table) {
        return DerivedFacts.of(v, "routes", table.id(), w -> computeRoutes(w, table));
    }

    private static List<Route> computeRoutes(TopologyView v, RouteTable table) {
        List<Route> routes = new ArrayList<>(table.routes());
        for (GatewayEndpoint g : referrersOf(v, table.id(), GatewayEndpoint.class)) {
            if (g.prefixList() != null && g.routeTables().contains(table.id())) {
                Route implied = new Route(null, null, g.prefixList(), g.id(), RouteOrigin.STATIC);
                boolean written = table.routes().stream()
                        .anyMatch(r -> g.prefixList().equals(r.destinationPrefixList()) && g.id().equals(r.target()));
                if (!written) {
                    routes.add(implied);
                }
            }
        }
        return routes;
    }

    /** True when the route was implied by a gateway endpoint rather than written in the table. */
    static boolean isGatewayEndpointRoute(RouteTable table, Route route) {
        return !table.routes().contains(route);
    }

    /** R-RT-9: a subnet is public when its route table has a route to an internet gateway. */
    static boolean isPublic(TopologyView v, Subnet subnet) {
        return DerivedFacts.of(v, "public", subnet.id(), w -> computePublic(w, subnet));
    }

    private static boolean computePublic(TopologyView v, Subnet subnet) {
        Optional<RouteTable> table = routeTableOf(v, subnet);
        if (table.isEmpty()) {
            return false;
        }
        for (Route r : table.get().routes()) {
            if (r.target() != null && v.find(r.target(), InternetGateway.class).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The internet gateways of a VPC. */
    static List<InternetGateway> internetGatewaysOf(TopologyView v, ElementId vpc) {
        return childrenOf(v, vpc, InternetGateway.class);
    }

    /** The AZ keys of a load balancer's nodes, in node order. */
    static Set<String> zonesOf(TopologyView v, LoadBalancer lb) {
        Set<String> zones = new LinkedHashSet<>();
        for (LoadBalancerNode n : lb.nodes()) {
            String z = zoneKey(v, n.subnet());
            if (z != null) {
                zones.add(z);
            }
        }
        return zones;
    }

    /** The load balancers of a service that exist in the design. */
    static List<LoadBalancer> loadBalancersOf(TopologyView v, EndpointService service) {
        List<LoadBalancer> list = new ArrayList<>();
        for (ElementId id : service.loadBalancers()) {
            v.find(id, LoadBalancer.class).ifPresent(list::add);
        }
        return list;
    }

    /** The AZ keys of all load balancers of a service. */
    static Set<String> loadBalancerZones(TopologyView v, EndpointService service) {
        return DerivedFacts.of(v, "service-zones", service.id(), w -> computeLoadBalancerZones(w, service));
    }

    private static Set<String> computeLoadBalancerZones(TopologyView v, EndpointService service) {
        Set<String> zones = new LinkedHashSet<>();
        for (LoadBalancer lb : loadBalancersOf(v, service)) {
            zones.addAll(zonesOf(v, lb));
        }
        return zones;
    }

    /**
     * The AZs a service is offered in (R-PL-2): its load balancers' AZs, narrowed to the zone ids
     * enabled on the service when those are given.
     */
    static Set<String> serviceZones(TopologyView v, EndpointService service) {
        Set<String> balancers = loadBalancerZones(v, service);
        if (service.zoneIds() == null || service.zoneIds().isEmpty()) {
            return balancers; // an empty list is read as "not stated"
        }
        Set<String> enabled = new LinkedHashSet<>(service.zoneIds());
        if (!balancers.isEmpty() && balancers.stream().allMatch(Network::isZoneId)) {
            enabled.retainAll(balancers);
        }
        return enabled;
    }

    /** True when an endpoint's consumer Region differs from its service's Region. */
    static boolean isCrossRegion(TopologyView v, InterfaceEndpoint endpoint) {
        String own = regionOf(v, endpoint.id());
        String service = serviceRegionOf(v, endpoint);
        return own != null && service != null && !own.equals(service);
    }

    /** The Region the endpoint's service lives in: the service element's, else the stated one, else from the name. */
    static String serviceRegionOf(TopologyView v, InterfaceEndpoint endpoint) {
        if (endpoint.service() != null) {
            Optional<EndpointService> service = v.find(endpoint.service(), EndpointService.class);
            if (service.isPresent()) {
                String r = regionOf(v, service.get().id());
                if (r != null) {
                    return r;
                }
            }
        }
        if (endpoint.serviceRegion() != null) {
            return endpoint.serviceRegion();
        }
        return regionInServiceName(endpoint.serviceName());
    }

    /** The Region in a service name like {@code com.amazonaws.us-east-1.s3}, or null. */
    static String regionInServiceName(String serviceName) {
        if (serviceName == null) {
            return null;
        }
        Matcher m = SERVICE_NAME_REGION.matcher(serviceName.toLowerCase(Locale.ROOT));
        return m.matches() ? m.group(1) : null;
    }

    /** The AWS partition of a Region code. */
    static String partitionOf(String region) {
        if (region == null) {
            return "aws";
        }
        if (region.startsWith("cn-")) {
            return "aws-cn";
        }
        if (region.startsWith("us-gov-")) {
            return "aws-us-gov";
        }
        if (region.startsWith("us-iso")) {
            return "aws-iso";
        }
        return "aws";
    }

    /** The account in an IAM ARN ({@code arn:aws:iam::111111111111:role/x}), a bare account id, or null. */
    static String accountInPrincipal(String principal) {
        if (principal == null) {
            return null;
        }
        if (Account.isAccountNumber(principal)) {
            return principal;
        }
        Matcher m = ARN_ACCOUNT.matcher(principal);
        return m.matches() ? m.group(1) : null;
    }

    /** The principal that creates an endpoint: the stated one, else the root of the VPC's account. */
    static String consumerPrincipal(TopologyView v, InterfaceEndpoint endpoint) {
        if (endpoint.requesterPrincipal() != null) {
            return endpoint.requesterPrincipal();
        }
        String account = accountOf(v, endpoint.id());
        return account == null ? null : "arn:aws:iam::" + account + ":root";
    }

    /** The first pair of overlapping blocks, one from each list, or null. */
    static Cidr[] firstOverlap(List<Cidr> a, List<Cidr> b) {
        for (Cidr x : a) {
            for (Cidr y : b) {
                if (x.overlaps(y)) {
                    return new Cidr[] {x, y};
                }
            }
        }
        return null;
    }

    /** The smaller of two overlapping blocks (the overlap itself), canonical. */
    static Cidr overlapOf(Cidr a, Cidr b) {
        return (a.prefixLength() >= b.prefixLength() ? a : b).canonical();
    }

    /** "subnet 'subnet-a'": an element for sentences. */
    static String describe(Element e) {
        return lowerFirst(e.kind().label()) + " '" + e.id() + "'";
    }

    /** "Subnet 'subnet-a'": an element at the start of a sentence. */
    static String describeCapitalised(Element e) {
        String d = describe(e);
        return Character.toUpperCase(d.charAt(0)) + d.substring(1);
    }

    /** "subnet 'subnet-a'" for an id that may not exist. */
    static String describe(TopologyView v, ElementId id) {
        return v.find(id).map(Network::describe).orElse("'" + id + "'");
    }

    private static String lowerFirst(String label) {
        String[] words = label.split(" ");
        for (int i = 1; i < words.length; i++) {
            if (Character.isUpperCase(words[i].charAt(0))) {
                return label; // a proper noun: Network Load Balancer, Direct Connect gateway
            }
        }
        if (words[0].equals(words[0].toUpperCase(Locale.ROOT))) {
            return label; // VPC, NAT gateway, TGW route table
        }
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** Joins texts as "a, b and c". */
    static String and(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
