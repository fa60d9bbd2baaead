package dev.linkwright.io.aws;

import dev.linkwright.model.AwsService;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.EndpointInterface;
import dev.linkwright.model.EndpointService;
import dev.linkwright.model.EndpointState;
import dev.linkwright.model.GatewayEndpoint;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.IpAddressType;
import dev.linkwright.model.Placement;
import dev.linkwright.model.PrefixList;
import dev.linkwright.model.Region;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Converts AWS PrivateLink and VPC endpoints: endpoint service configurations (provider side)
 * with their permissions ({@code AllowedPrincipals}) and connections, interface endpoints (one
 * endpoint interface per subnet, its id and address from the network interface files) and
 * gateway endpoints (with the route tables that route to them). An interface endpoint is linked
 * to an endpoint service of the snapshot by service name; endpoints of AWS services keep the
 * service name.
 */
final class PrivateLinkConverter {

    private final ImportContext ctx;
    private final EniDirectory enis;
    private final LoadBalancerConverter loadBalancers;
    private final RouteTableConverter routeTables;
    private final Map<String, ElementId> servicesByName = new HashMap<>();
    private final Set<String> serviceIds = new HashSet<>();

    PrivateLinkConverter(ImportContext ctx, EniDirectory enis, LoadBalancerConverter loadBalancers,
                         RouteTableConverter routeTables) {
        this.ctx = ctx;
        this.enis = enis;
        this.loadBalancers = loadBalancers;
        this.routeTables = routeTables;
    }

    void endpointServices() {
        Map<String, List<String>> principals = allowedPrincipals();
        ctx.eachDistinct(AwsKind.SERVICE_CONFIGURATIONS, "ServiceId", s -> {
            ElementId id = s.id("ServiceId");
            String account = ctx.accounts.accountOf(s, null);
            ElementId region = ctx.accounts.region(account, s.file().region());
            List<ElementId> lbs = new ArrayList<>();
            for (String key : List.of("NetworkLoadBalancerArns", "GatewayLoadBalancerArns")) {
                for (String arn : s.texts(key)) {
                    ElementId lb = loadBalancers.loadBalancer(arn);
                    if (lb != null) {
                        lbs.add(lb);
                    } else {
                        ctx.report.note("endpoint services name load balancers that are not in the snapshot", id + " -> "
                                + AwsArns.loadBalancerId(arn));
                    }
                }
            }
            AwsNode dns = s.child("PrivateDnsNameConfiguration");
            String regionCode = s.file().region();
            ElementId serviceId = id;
            EndpointService service = new EndpointService(id, s.nameTag(), region, s.optText("ServiceName"), lbs,
                    s.optBool("AcceptanceRequired"), principals.getOrDefault(id.value(), List.of()), ipTypes(s),
                    supportedRegions(s, regionCode), s.optText("PrivateDnsName"),
                    dns == null || "verified".equalsIgnoreCase(dns.optText("State")), zoneIds(s, account),
                    s.optText("ServiceState"));
            ctx.put(service);
            servicesByName.put(service.effectiveServiceName(regionCode), serviceId);
            serviceIds.add(id.value());
            ctx.report.imported(AwsKind.SERVICE_CONFIGURATIONS);
        });
        ctx.each(AwsKind.SERVICE_DETAILS, d -> {
            String owner = d.optText("Owner");
            if (serviceIds.contains(d.optText("ServiceId"))) {
                ctx.report.imported(AwsKind.SERVICE_DETAILS);
            } else if ("amazon".equalsIgnoreCase(owner)) {
                ctx.report.skipped(AwsKind.SERVICE_DETAILS, "AWS service (endpoints name it by service name)", null);
            } else {
                ctx.report.skipped(AwsKind.SERVICE_DETAILS, "service of another account without its configuration in the "
                        + "snapshot (endpoints name it by service name)", d.optText("ServiceName"));
            }
        });
    }

    /** Allowed principals per service id, from flat ({@code ServiceId} + {@code Principal}) or grouped lists. */
    private Map<String, List<String>> allowedPrincipals() {
        Map<String, List<String>> byService = new HashMap<>();
        Set<String> configured = new HashSet<>();
        ctx.each(AwsKind.SERVICE_CONFIGURATIONS, s -> configured.add(s.text("ServiceId")));
        ctx.each(AwsKind.ALLOWED_PRINCIPALS, p -> {
            String service = p.optText("ServiceId");
            if (service == null && configured.size() == 1) {
                service = configured.iterator().next(); // a per-service call saved on its own
            }
            List<String> names = new ArrayList<>();
            if (p.has("Principal")) {
                names.add(p.text("Principal"));
            }
            for (AwsNode inner : p.items("AllowedPrincipals")) {
                names.add(inner.text("Principal"));
            }
            if (service == null || !configured.contains(service)) {
                ctx.report.skipped(AwsKind.ALLOWED_PRINCIPALS, "names no endpoint service of the snapshot", service);
                return;
            }
            byService.computeIfAbsent(service, k -> new ArrayList<>()).addAll(names);
            ctx.report.imported(AwsKind.ALLOWED_PRINCIPALS);
        });
        return byService;
    }

    private static List<IpAddressType> ipTypes(AwsNode s) {
        List<IpAddressType> types = new ArrayList<>();
        for (String t : s.texts("SupportedIpAddressTypes")) {
            try {
                types.add(IpAddressType.parse(t));
            } catch (IllegalArgumentException e) {
                throw s.problem("SupportedIpAddressTypes", e.getMessage());
            }
        }
        return types;
    }

    private static List<String> supportedRegions(AwsNode s, String host) {
        List<String> regions = new ArrayList<>();
        for (AwsNode r : s.items("SupportedRegions")) {
            String code = r.optText("Region");
            if (code != null && !code.equals(host)) {
                regions.add(code);
            }
        }
        if (!regions.isEmpty()) {
            regions.add(0, host);
        }
        return regions;
    }

    /** The service's AZs as AZ ids, when every name maps to an id; else null (the load balancers' AZs). */
    private List<String> zoneIds(AwsNode s, String account) {
        List<String> names = s.texts("AvailabilityZones");
        List<String> ids = new ArrayList<>();
        for (String name : names) {
            String zoneId = ctx.accounts.zoneId(account, name);
            if (zoneId == null) {
                return null;
            }
            ids.add(zoneId);
        }
        return names.isEmpty() ? null : ids;
    }

    void connections() {
        ctx.each(AwsKind.ENDPOINT_CONNECTIONS, c -> {
            String endpoint = c.optText("VpcEndpointId");
            if (!serviceIds.contains(c.optText("ServiceId"))) {
                ctx.report.skipped(AwsKind.ENDPOINT_CONNECTIONS, "names no endpoint service of the snapshot", endpoint);
            } else if (endpoint != null && ctx.topology.contains(ElementId.of(endpoint))) {
                ctx.report.imported(AwsKind.ENDPOINT_CONNECTIONS);
            } else {
                ctx.report.skipped(AwsKind.ENDPOINT_CONNECTIONS, "its endpoint (in account " + c.optText("VpcEndpointOwner")
                        + ") is not in the snapshot", endpoint);
            }
        });
    }

    void endpoints() {
        ctx.eachDistinct(AwsKind.VPC_ENDPOINTS, "VpcEndpointId", e -> {
            ElementId id = e.id("VpcEndpointId");
            ElementId vpc = e.optId("VpcId");
            if (!ctx.has(vpc, Vpc.class)) {
                ctx.report.skipped(AwsKind.VPC_ENDPOINTS, "its VPC is not in the snapshot", id.value());
                return;
            }
            String type = e.optText("VpcEndpointType");
            String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
            if (t.equals("interface")) {
                interfaceEndpoint(e, id, vpc);
            } else if (t.equals("gateway")) {
                gatewayEndpoint(e, id, vpc);
            } else {
                ctx.report.skipped(AwsKind.VPC_ENDPOINTS, "endpoints of type " + type + " are not modelled", id.value());
                return;
            }
            ctx.report.imported(AwsKind.VPC_ENDPOINTS);
        });
    }

    private void interfaceEndpoint(AwsNode e, ElementId id, ElementId vpc) {
        String serviceName = e.text("ServiceName");
        ElementId service = servicesByName.get(serviceName);
        String regionCode = Placement.regionCodeOf(ctx.topology, vpc);
        String serviceRegion = e.optText("ServiceRegion");
        List<ElementId> groups = new ArrayList<>();
        for (AwsNode g : e.items("Groups")) {
            ElementId gid = g.id("GroupId");
            if (ctx.has(gid, SecurityGroup.class)) {
                groups.add(gid);
            } else {
                ctx.report.note("security groups not in the snapshot were left off the interfaces that use them "
                        + "(their rules are unknown)", id + ": " + gid);
            }
        }
        String ipType = e.optText("IpAddressType");
        ctx.put(new InterfaceEndpoint(id, e.nameTag(), vpc, service, service == null ? serviceName : null,
                serviceRegion != null && !serviceRegion.equals(regionCode) ? serviceRegion : null, endpointInterfaces(e, id),
                groups, ipType == null ? null : parse(e, "IpAddressType", ipType), e.bool("PrivateDnsEnabled", false),
                state(e), null, e.optText("PolicyDocument")));
    }

    private static IpAddressType parse(AwsNode e, String key, String text) {
        try {
            return IpAddressType.parse(text);
        } catch (IllegalArgumentException ex) {
            throw e.problem(key, ex.getMessage());
        }
    }

    /** One interface per subnet: the endpoint's network interface in that subnet, with its address. */
    private List<EndpointInterface> endpointInterfaces(AwsNode e, ElementId endpoint) {
        List<String> subnets = e.texts("SubnetIds");
        List<String> interfaceIds = e.texts("NetworkInterfaceIds");
        List<EndpointInterface> result = new ArrayList<>();
        for (int i = 0; i < subnets.size(); i++) {
            ElementId subnet = ElementId.of(subnets.get(i));
            if (!ctx.has(subnet, Subnet.class)) {
                ctx.report.note("endpoint interfaces in subnets not in the snapshot were left out", endpoint + ": " + subnet);
                continue;
            }
            EniDirectory.Eni eni = null;
            for (String candidate : interfaceIds) {
                EniDirectory.Eni c = enis.get(candidate);
                eni = eni == null && c != null && subnet.equals(c.subnet()) ? c : eni;
            }
            ElementId eniId = eni != null ? eni.id() : null;
            if (eni == null && interfaceIds.size() == subnets.size()) {
                eniId = ElementId.of(interfaceIds.get(i)); // no interface file: AWS lists them in subnet order
                ctx.report.note("endpoint interfaces without a network interface description have no address", eniId.value());
            }
            if (eniId != null && ctx.topology.isIdTaken(eniId)) {
                eniId = null;
            }
            result.add(new EndpointInterface(subnet, eniId, eni == null ? null : eni.privateIp()));
        }
        return result;
    }

    private static EndpointState state(AwsNode e) {
        String s = e.optText("State");
        try {
            return s == null ? null : EndpointState.parse(s);
        } catch (IllegalArgumentException ex) {
            throw e.problem("State", ex.getMessage());
        }
    }

    private void gatewayEndpoint(AwsNode e, ElementId id, ElementId vpc) {
        String serviceName = e.text("ServiceName");
        Set<ElementId> tables = new LinkedHashSet<>();
        for (String rt : e.texts("RouteTableIds")) {
            tables.add(ElementId.of(rt));
        }
        tables.addAll(routeTables.gatewayEndpointTables(id.value()));
        List<ElementId> existing = new ArrayList<>();
        for (ElementId rt : tables) {
            if (ctx.has(rt, RouteTable.class)) {
                existing.add(rt);
            }
        }
        ElementId prefixList = awsPrefixList(serviceName);
        ctx.put(new GatewayEndpoint(id, e.nameTag(), vpc, serviceName, prefixList, existing, state(e), e.optText("PolicyDocument")));
        awsService(vpc, serviceName, prefixList);
    }

    /** The AWS-managed prefix list of a service (S3, DynamoDB), by its name, when in the snapshot. */
    private ElementId awsPrefixList(String serviceName) {
        for (PrefixList p : ctx.topology.all(PrefixList.class)) {
            if (p.awsManaged() && serviceName.equals(p.name())) {
                return p.id();
            }
        }
        return null;
    }

    /** An AWS service element for a gateway endpoint's service, so that it can be named as a destination. */
    private void awsService(ElementId vpc, String serviceName, ElementId prefixList) {
        ElementId id = ElementId.of(serviceName);
        if (ctx.topology.contains(id)) {
            return;
        }
        Region region = Placement.regionOf(ctx.topology, vpc).orElseThrow();
        String[] words = serviceName.split("\\.");
        String label = "Amazon " + words[words.length - 1].toUpperCase(Locale.ROOT).replace("DYNAMODB", "DynamoDB");
        ctx.put(new AwsService(id, label, region.id(), serviceName, prefixList));
    }
}
