package dev.linkwright.edit;

import dev.linkwright.model.Account;
import dev.linkwright.model.AvailabilityZone;
import dev.linkwright.model.AwsService;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.CustomerGateway;
import dev.linkwright.model.DirectConnectConnection;
import dev.linkwright.model.DirectConnectGateway;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.EndpointInterface;
import dev.linkwright.model.EndpointService;
import dev.linkwright.model.EndpointState;
import dev.linkwright.model.GatewayEndpoint;
import dev.linkwright.model.Instance;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.Internet;
import dev.linkwright.model.InternetGateway;
import dev.linkwright.model.InternetHost;
import dev.linkwright.model.IpAddressType;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.ListenerProtocol;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerNode;
import dev.linkwright.model.LoadBalancerScheme;
import dev.linkwright.model.LoadBalancerType;
import dev.linkwright.model.NatConnectivity;
import dev.linkwright.model.NatGateway;
import dev.linkwright.model.NetworkAcl;
import dev.linkwright.model.NetworkInterface;
import dev.linkwright.model.OnPremisesHost;
import dev.linkwright.model.OnPremisesNetwork;
import dev.linkwright.model.Placement;
import dev.linkwright.model.PrefixList;
import dev.linkwright.model.Region;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.SecurityGroupRule;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.TargetGroup;
import dev.linkwright.model.TargetType;
import dev.linkwright.model.TgwRouteTable;
import dev.linkwright.model.TopologyView;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.model.VirtualInterface;
import dev.linkwright.model.VirtualInterfaceType;
import dev.linkwright.model.Vpc;
import dev.linkwright.model.VpnGateway;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * New elements with sensible defaults, the way AWS would create them: a fresh readable id, a free
 * CIDR block inside the VPC for a subnet, the next free address of the subnet for an instance, an
 * AZ name from the account's AZ map, a main route table with a new VPC, a default route table with a
 * new transit gateway, an outbound allow-all rule in a new security group.
 *
 * <pre>{@code
 * ElementFactory.Creation c = new ElementFactory(topology).create(ElementKind.SUBNET, az.id());
 * stack.execute(Edits.add(c.elements().get(0), bounds));
 * }</pre>
 */
public final class ElementFactory {

    /** Regions offered, in order, for a new Region in an account. */
    static final List<String> REGION_CODES = List.of("us-east-1", "us-west-2", "eu-west-1", "eu-central-1",
            "ap-southeast-1", "ap-northeast-1", "us-east-2", "eu-west-2", "ap-southeast-2", "ca-central-1", "sa-east-1");

    private static final Cidr CUSTOMER_ADDRESSES = Cidr.parse("198.51.100.0/24");
    private static final Cidr ELASTIC_ADDRESSES = Cidr.parse("203.0.113.0/24");
    private static final Cidr INTERNET_ADDRESSES = Cidr.parse("192.0.2.0/24");

    /**
     * What a creation adds: {@code elements} in the order to put them, the first being the one
     * placed where the user dropped (any further ones are laid out automatically); {@code primary} is
     * the element of the kind asked for.
     */
    public record Creation(List<Element> elements, ElementId primary) {
        public Creation {
            elements = List.copyOf(elements);
        }

        public Element first() {
            return elements.get(0);
        }
    }

    private final TopologyView t;
    private final Ids ids;

    public ElementFactory(TopologyView topology) {
        this.t = topology;
        this.ids = new Ids(topology);
    }

    /**
     * A new element of {@code kind} in {@code container}: the model parent, except for load
     * balancers and interface endpoints, whose container is the subnet they get their first node or
     * network interface in (their parent is that subnet's VPC). Throws
     * {@link IllegalArgumentException} with a reason for people when it cannot be made there
     * (a VPC without free addresses, a second internet, ...).
     */
    public Creation create(ElementKind kind, ElementId container) {
        List<Element> out = new ArrayList<>();
        Element e = build(kind, container, out);
        out.add(0, e);
        return new Creation(out, e.id());
    }

    /**
     * A new element of {@code kind} together with the containers it needs, when the design has
     * none to hold it (a VPC dropped on an empty canvas comes with an account and a Region).
     */
    public Creation createWithAncestors(ElementKind kind, List<ElementKind> ancestors) {
        List<Element> out = new ArrayList<>();
        ElementId parent = null;
        for (ElementKind a : ancestors) {
            List<Element> extra = new ArrayList<>();
            Element container = build(a, parent, extra);
            out.add(container);
            out.addAll(extra);
            parent = container.id();
        }
        List<Element> extra = new ArrayList<>();
        Element e = build(kind, parent, extra);
        out.add(e);
        out.addAll(extra);
        return new Creation(out, e.id());
    }

    private Element build(ElementKind kind, ElementId container, List<Element> extra) {
        switch (kind) {
            case ACCOUNT: {
                ElementId id = ids.next(kind);
                return new Account(id, "Account " + (t.all(Account.class).size() + 1), Map.of());
            }
            case REGION: {
                ElementId account = require(container, "a Region");
                Set<String> used = new HashSet<>();
                for (Element r : t.children(account)) {
                    if (r instanceof Region region) {
                        used.add(region.code());
                    }
                }
                String code = REGION_CODES.stream().filter(c -> !used.contains(c)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("this account already has every Region Linkwright offers"));
                ElementId id = ElementId.of(account.value() + "/" + code);
                if (!ids.claim(id)) {
                    id = ids.nextLike(id.value());
                }
                return new Region(id, "", account, code);
            }
            case VPC: {
                ElementId region = require(container, "a VPC");
                Cidr block = Addresses.freeVpcBlock(t).orElseThrow(
                        () -> new IllegalArgumentException("no free /16 is left in 10.0.0.0/8 or 172.16.0.0/12"));
                ElementId id = ids.next(kind);
                extra.add(new RouteTable(ids.next(ElementKind.ROUTE_TABLE), "", id, true, List.of(), List.of()));
                return new Vpc(id, "", region, List.of(block), List.of(), true, true);
            }
            case AVAILABILITY_ZONE:
                return zone(require(container, "an Availability Zone"));
            case SUBNET: {
                ElementId az = require(container, "a subnet");
                Vpc vpc = Placement.vpcOf(t, az).orElseThrow(() -> new IllegalArgumentException("the Availability Zone is not in a VPC"));
                Cidr block = Addresses.freeSubnetBlock(t, vpc).orElseThrow(() -> new IllegalArgumentException(
                        vpc.label() + " has no free address block left for a subnet: add a CIDR block to the VPC first"));
                return new Subnet(ids.next(kind), "", az, block, null, null, null);
            }
            case INSTANCE: {
                Subnet subnet = subnet(container);
                return new Instance(ids.next(kind), "", subnet.id(), freeIp(subnet), List.of(), null, defaultGroups(subnet),
                        true, "running", null);
            }
            case NETWORK_INTERFACE: {
                Subnet subnet = subnet(container);
                return new NetworkInterface(ids.next(kind), "", subnet.id(), freeIp(subnet), List.of(), null, defaultGroups(subnet),
                        true, null, "");
            }
            case NAT_GATEWAY: {
                Subnet subnet = subnet(container);
                boolean isPublic = Subnets.isPublic(t, subnet);
                return new NatGateway(ids.next(kind), "", subnet.id(), isPublic ? NatConnectivity.PUBLIC : NatConnectivity.PRIVATE,
                        freeIp(subnet), isPublic ? Addresses.nextPublicAddress(t, ELASTIC_ADDRESSES) : null, "available");
            }
            case LOAD_BALANCER: {
                Subnet subnet = subnet(container);
                ElementId vpc = vpcOf(subnet);
                return new LoadBalancer(ids.next(kind), "", vpc, LoadBalancerType.NETWORK, LoadBalancerScheme.INTERNAL,
                        IpAddressType.IPV4, List.of(new LoadBalancerNode(subnet.id(), freeIp(subnet))), List.of(), false, true,
                        false, List.of(), "active");
            }
            case INTERFACE_ENDPOINT: {
                Subnet subnet = subnet(container);
                ElementId vpc = vpcOf(subnet);
                String region = regionCode(vpc);
                return new InterfaceEndpoint(ids.next(kind), "", vpc, null, "com.amazonaws." + region + ".sqs", null,
                        List.of(new EndpointInterface(subnet.id(), null, freeIp(subnet))), defaultGroups(subnet), IpAddressType.IPV4,
                        true, EndpointState.AVAILABLE, null, null);
            }
            case ROUTE_TABLE: {
                ElementId vpc = require(container, "a route table");
                boolean hasMain = Placement.mainRouteTableOf(t, vpc).isPresent();
                return new RouteTable(ids.next(kind), "", vpc, !hasMain, List.of(), List.of());
            }
            case NETWORK_ACL:
                return new NetworkAcl(ids.next(kind), "", require(container, "a network ACL"), false, List.of(), List.of());
            case SECURITY_GROUP:
                return new SecurityGroup(ids.next(kind), "", require(container, "a security group"), List.of(),
                        List.of(SecurityGroupRule.allowAllTo(Cidr.ANY)));
            case TARGET_GROUP:
                return new TargetGroup(ids.next(kind), "", require(container, "a target group"), TargetType.INSTANCE,
                        ListenerProtocol.TCP, 443, null, null, List.of());
            case GATEWAY_ENDPOINT: {
                ElementId vpc = require(container, "a gateway endpoint");
                return new GatewayEndpoint(ids.next(kind), "", vpc, "com.amazonaws." + regionCode(vpc) + ".s3", null, List.of(),
                        EndpointState.AVAILABLE, null);
            }
            case INTERNET_GATEWAY: {
                ElementId vpc = require(container, "an internet gateway");
                return new InternetGateway(ids.next(kind), "", vpc, "attached");
            }
            case VPN_GATEWAY:
                return new VpnGateway(ids.next(kind), "", require(container, "a virtual private gateway"), 64512L, "available");
            case TRANSIT_GATEWAY: {
                ElementId region = require(container, "a transit gateway");
                ElementId id = ids.next(kind);
                ElementId table = ids.next(ElementKind.TGW_ROUTE_TABLE);
                extra.add(new TgwRouteTable(table, "", id, List.of()));
                return new TransitGateway(id, "", region, 64512L, true, true, table, table, false, "available");
            }
            case TGW_ROUTE_TABLE:
                return new TgwRouteTable(ids.next(kind), "", require(container, "a transit gateway route table"), List.of());
            case ENDPOINT_SERVICE:
                return new EndpointService(ids.next(kind), "", require(container, "an endpoint service"), null, List.of(), true,
                        List.of(), List.of(IpAddressType.IPV4), List.of(), null, false, null, "Available");
            case CUSTOMER_GATEWAY: {
                ElementId region = require(container, "a customer gateway");
                ElementId network = t.all(OnPremisesNetwork.class).size() == 1 ? t.all(OnPremisesNetwork.class).get(0).id() : null;
                return new CustomerGateway(ids.next(kind), "", region, Addresses.nextPublicAddress(t, CUSTOMER_ADDRESSES), 65000L,
                        network, "available");
            }
            case PREFIX_LIST:
                return new PrefixList(ids.next(kind), "", require(container, "a prefix list"), List.of(), false);
            case AWS_SERVICE: {
                ElementId region = require(container, "an AWS service");
                String code = t.find(region, Region.class).map(Region::code).orElse("us-east-1");
                return new AwsService(ids.next(kind), "Amazon S3", region, "com.amazonaws." + code + ".s3", null);
            }
            case DX_CONNECTION:
                return new DirectConnectConnection(ids.next(kind), "", require(container, "a Direct Connect connection"),
                        "EqDC2", "1Gbps", "available");
            case DX_GATEWAY:
                return new DirectConnectGateway(ids.next(kind), "", require(container, "a Direct Connect gateway"), 64512L,
                        List.of());
            case VIRTUAL_INTERFACE: {
                ElementId connection = require(container, "a virtual interface");
                ElementId network = t.all(OnPremisesNetwork.class).size() == 1 ? t.all(OnPremisesNetwork.class).get(0).id() : null;
                return new VirtualInterface(ids.next(kind), "", connection, VirtualInterfaceType.PRIVATE, null, network, null,
                        100 + t.all(VirtualInterface.class).size() + 1, 65000L, "available");
            }
            case ON_PREMISES_NETWORK: {
                Cidr block = Addresses.freeOnPremisesBlock(t).orElse(Cidr.parse("192.168.0.0/24"));
                return new OnPremisesNetwork(ids.next(kind), "Data center", List.of(block), List.of());
            }
            case ON_PREMISES_HOST: {
                OnPremisesNetwork network = t.find(require(container, "an on-premises host"), OnPremisesNetwork.class)
                        .orElseThrow(() -> new IllegalArgumentException("an on-premises host goes in an on-premises network"));
                Ipv4Address ip = Addresses.nextFreeHostIp(t, network).orElseThrow(() -> new IllegalArgumentException(
                        network.label() + " has no free address left: add a CIDR block to it first"));
                return new OnPremisesHost(ids.next(kind), "", network.id(), ip);
            }
            case INTERNET: {
                if (!t.all(Internet.class).isEmpty()) {
                    throw new IllegalArgumentException("the design already has the internet: drop internet hosts into it");
                }
                ElementId id = ElementId.of("internet");
                if (!ids.claim(id)) {
                    id = ids.next(kind);
                }
                return new Internet(id, "Internet");
            }
            case INTERNET_HOST:
                return new InternetHost(ids.next(kind), "", require(container, "an internet host"),
                        Addresses.nextPublicAddress(t, INTERNET_ADDRESSES));
            default:
                throw new IllegalArgumentException(capitalise(kind.phrase()) + " is made with the connection tool, not from the palette");
        }
    }

    private AvailabilityZone zone(ElementId vpc) {
        Set<String> used = new LinkedHashSet<>();
        for (Element child : t.children(vpc)) {
            if (child instanceof AvailabilityZone az) {
                used.add(az.zoneName());
            }
        }
        Optional<Account> account = Placement.accountOf(t, vpc);
        String region = regionCode(vpc);
        String name = null;
        if (account.isPresent()) {
            for (String zoneName : account.get().zoneIds().keySet()) {
                if (zoneName.startsWith(region) && !used.contains(zoneName)) {
                    name = zoneName;
                    break;
                }
            }
        }
        for (char c = 'a'; name == null && c <= 'z'; c++) {
            if (!used.contains(region + c)) {
                name = region + c;
            }
        }
        if (name == null) {
            throw new IllegalArgumentException("this VPC already uses every Availability Zone of " + region);
        }
        ElementId id = ElementId.of(vpc.value() + "/" + name);
        if (!ids.claim(id)) {
            id = ids.nextLike(id.value());
        }
        return new AvailabilityZone(id, "", vpc, name, null);
    }

    private Subnet subnet(ElementId container) {
        return t.find(container, Subnet.class)
                .orElseThrow(() -> new IllegalArgumentException("it goes in a subnet"));
    }

    private Ipv4Address freeIp(Subnet subnet) {
        return Addresses.nextFreeIp(t, subnet, Set.of()).orElseThrow(() -> new IllegalArgumentException(
                subnet.label() + " (" + subnet.cidr() + ") has no free address left"));
    }

    /** The VPC's security group named "default", as AWS gives every new interface; else none. */
    private List<ElementId> defaultGroups(Subnet subnet) {
        ElementId vpc = vpcOf(subnet);
        for (Element e : t.children(vpc)) {
            if (e instanceof SecurityGroup sg && sg.name().equals("default")) {
                return List.of(sg.id());
            }
        }
        return List.of();
    }

    private ElementId vpcOf(Subnet subnet) {
        return Placement.vpcOf(t, subnet.id()).map(Vpc::id)
                .orElseThrow(() -> new IllegalArgumentException(subnet.label() + " is not in a VPC"));
    }

    private String regionCode(ElementId id) {
        String code = Placement.regionCodeOf(t, id);
        return code == null ? "us-east-1" : code;
    }

    private static ElementId require(ElementId container, String what) {
        if (container == null) {
            throw new IllegalArgumentException(what + " needs a container");
        }
        return container;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
