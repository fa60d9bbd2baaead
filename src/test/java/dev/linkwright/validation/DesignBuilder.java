package dev.linkwright.validation;

import dev.linkwright.model.Account;
import dev.linkwright.model.AttachmentType;
import dev.linkwright.model.AvailabilityZone;
import dev.linkwright.model.Cidr;
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
import dev.linkwright.model.IpAddressType;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.Ipv6Cidr;
import dev.linkwright.model.Listener;
import dev.linkwright.model.ListenerProtocol;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerNode;
import dev.linkwright.model.LoadBalancerScheme;
import dev.linkwright.model.LoadBalancerType;
import dev.linkwright.model.NatConnectivity;
import dev.linkwright.model.NatGateway;
import dev.linkwright.model.NetworkAcl;
import dev.linkwright.model.NetworkInterface;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.PeeringState;
import dev.linkwright.model.PortRange;
import dev.linkwright.model.PrefixList;
import dev.linkwright.model.Protocol;
import dev.linkwright.model.Region;
import dev.linkwright.model.Route;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.SecurityGroupRule;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.Target;
import dev.linkwright.model.TargetGroup;
import dev.linkwright.model.TargetType;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.TgwRoute;
import dev.linkwright.model.TgwRouteTable;
import dev.linkwright.model.Topology;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.model.TunnelState;
import dev.linkwright.model.VirtualInterface;
import dev.linkwright.model.VirtualInterfaceType;
import dev.linkwright.model.Vpc;
import dev.linkwright.model.VpnConnection;
import dev.linkwright.model.VpnGateway;
import dev.linkwright.model.VpnRouting;
import dev.linkwright.validation.rules.StandardRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Builds small designs for rule tests: one method per element kind with the usual defaults, ids as
 * plain strings, and {@link #edit} to replace an element with a changed copy.
 *
 * <pre>{@code
 * DesignBuilder d = new DesignBuilder().account("111111111111", "us-east-1a=use1-az1").region("r", "111111111111", "us-east-1")
 *         .vpc("vpc-a", "r", "10.0.0.0/16").az("vpc-a/a", "vpc-a", "us-east-1a").subnet("subnet-a", "vpc-a/a", "10.1.0.0/24");
 * }</pre>
 */
final class DesignBuilder {

    private final Topology topology = new Topology();

    static ElementId id(String value) {
        return value == null ? null : ElementId.of(value);
    }

    static List<ElementId> ids(String... values) {
        return Arrays.stream(values).map(ElementId::of).toList();
    }

    static Cidr cidr(String text) {
        return Cidr.parse(text);
    }

    static Ipv4Address ip(String text) {
        return text == null ? null : Ipv4Address.parse(text);
    }

    Topology topology() {
        return topology;
    }

    ValidationReport validate() {
        return validate(RulesProfile.CURRENT);
    }

    ValidationReport validate(RulesProfile profile) {
        return StandardRules.validator().validate(topology, profile);
    }

    <T extends Element> T get(String id, Class<T> type) {
        return topology.find(id(id), type).orElseThrow();
    }

    /** Replaces element {@code id} with {@code change} applied to it. */
    <T extends Element> DesignBuilder edit(String id, Class<T> type, UnaryOperator<T> change) {
        topology.put(change.apply(get(id, type)));
        return this;
    }

    DesignBuilder put(Element e) {
        topology.put(e);
        return this;
    }

    DesignBuilder remove(String id) {
        topology.remove(id(id));
        return this;
    }

    // ---- containers ------------------------------------------------------------------------------

    /** An account with AZ mappings written "us-east-1a=use1-az1". */
    DesignBuilder account(String id, String... zones) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String z : zones) {
            String[] parts = z.split("=");
            map.put(parts[0], parts[1]);
        }
        return put(new Account(id(id), "", map));
    }

    DesignBuilder region(String id, String account, String code) {
        return put(new Region(id(id), "", id(account), code));
    }

    DesignBuilder vpc(String id, String region, String... cidrs) {
        return put(new Vpc(id(id), "", id(region), Arrays.stream(cidrs).map(Cidr::parse).toList(), List.of(), true, true));
    }

    DesignBuilder vpc6(String id, String region, String cidr, String ipv6) {
        return put(new Vpc(id(id), "", id(region), List.of(cidr(cidr)), List.of(Ipv6Cidr.parse(ipv6)), true, true));
    }

    DesignBuilder az(String id, String vpc, String zoneName) {
        return put(new AvailabilityZone(id(id), "", id(vpc), zoneName, null));
    }

    DesignBuilder subnet(String id, String az, String cidr) {
        return subnet(id, az, cidr, null);
    }

    DesignBuilder subnet(String id, String az, String cidr, String routeTable) {
        return put(new Subnet(id(id), "", id(az), cidr == null ? null : cidr(cidr), null, id(routeTable), null));
    }

    DesignBuilder subnet6(String id, String az, String cidr, String ipv6, String routeTable) {
        return put(new Subnet(id(id), "", id(az), cidr == null ? null : cidr(cidr), ipv6 == null ? null : Ipv6Cidr.parse(ipv6), id(routeTable), null));
    }

    // ---- routing and filtering ------------------------------------------------------------------

    DesignBuilder routeTable(String id, String vpc, Route... routes) {
        return put(new RouteTable(id(id), "", id(vpc), false, List.of(routes), List.of()));
    }

    DesignBuilder mainRouteTable(String id, String vpc, Route... routes) {
        return put(new RouteTable(id(id), "", id(vpc), true, List.of(routes), List.of()));
    }

    static Route route(String destination, String target) {
        return Route.to(cidr(destination), id(target));
    }

    DesignBuilder networkAcl(String id, String vpc, boolean isDefault) {
        return put(new NetworkAcl(id(id), "", id(vpc), isDefault, List.of(), List.of()));
    }

    DesignBuilder securityGroup(String id, String vpc, SecurityGroupRule... ingress) {
        return put(new SecurityGroup(id(id), "", id(vpc), List.of(ingress), List.of(SecurityGroupRule.allowAllTo(Cidr.ANY))));
    }

    static SecurityGroupRule tcpFrom(int port, String cidr) {
        return SecurityGroupRule.allowCidr(Protocol.TCP, PortRange.single(port), cidr(cidr));
    }

    static SecurityGroupRule tcpFromGroup(int port, String group) {
        return SecurityGroupRule.allowGroup(Protocol.TCP, PortRange.single(port), id(group));
    }

    DesignBuilder prefixList(String id, String region, String... cidrs) {
        return put(new PrefixList(id(id), "", id(region), Arrays.stream(cidrs).map(Cidr::parse).toList(), false));
    }

    // ---- resources ------------------------------------------------------------------------------

    DesignBuilder instance(String id, String subnet, String ip, String... groups) {
        return put(new Instance(id(id), "", id(subnet), ip(ip), List.of(), null, ids(groups), true, "running", null));
    }

    DesignBuilder publicInstance(String id, String subnet, String ip, String publicIp) {
        return put(new Instance(id(id), "", id(subnet), ip(ip), List.of(), ip(publicIp), List.of(), true, "running", null));
    }

    DesignBuilder networkInterface(String id, String subnet, String ip) {
        return put(new NetworkInterface(id(id), "", id(subnet), ip(ip), List.of(), null, List.of(), true, null, ""));
    }

    DesignBuilder internetGateway(String id, String vpc) {
        return put(new InternetGateway(id(id), "", id(vpc), "attached"));
    }

    DesignBuilder natGateway(String id, String subnet, String ip, String elasticIp) {
        return put(new NatGateway(id(id), "", id(subnet), NatConnectivity.PUBLIC, ip(ip), ip(elasticIp), "available"));
    }

    /** A Network Load Balancer with nodes written "subnet=ip" and one TCP listener to {@code targetGroup}. */
    DesignBuilder nlb(String id, String vpc, int port, String targetGroup, String... nodes) {
        List<LoadBalancerNode> list = new ArrayList<>();
        for (String n : nodes) {
            String[] parts = n.split("=");
            list.add(new LoadBalancerNode(id(parts[0]), parts.length > 1 ? ip(parts[1]) : null));
        }
        return put(new LoadBalancer(id(id), "", id(vpc), LoadBalancerType.NETWORK, LoadBalancerScheme.INTERNAL, IpAddressType.IPV4, list, List.of(),
                false, true, false, List.of(new Listener(ListenerProtocol.TCP, port, id(targetGroup))), "active"));
    }

    DesignBuilder targetGroup(String id, String vpc, int port, String... instances) {
        List<Target> targets = Arrays.stream(instances).map(i -> Target.instance(id(i))).toList();
        return put(new TargetGroup(id(id), "", id(vpc), TargetType.INSTANCE, ListenerProtocol.TCP, port, null, null, targets));
    }

    DesignBuilder endpointService(String id, String region, String... loadBalancers) {
        return put(new EndpointService(id(id), "", id(region), null, ids(loadBalancers), true, List.of(), List.of(IpAddressType.IPV4),
                List.of(), null, true, null, "Available"));
    }

    /** An interface endpoint with interfaces written "subnet=ip". */
    DesignBuilder interfaceEndpoint(String id, String vpc, String service, String... interfaces) {
        List<EndpointInterface> list = new ArrayList<>();
        for (String i : interfaces) {
            String[] parts = i.split("=");
            list.add(new EndpointInterface(id(parts[0]), null, parts.length > 1 ? ip(parts[1]) : null));
        }
        return put(new InterfaceEndpoint(id(id), "", id(vpc), id(service), null, null, list, List.of(), IpAddressType.IPV4, false,
                EndpointState.AVAILABLE, null, null));
    }

    DesignBuilder gatewayEndpoint(String id, String vpc, String serviceName, String prefixList, String... routeTables) {
        return put(new GatewayEndpoint(id(id), "", id(vpc), serviceName, id(prefixList), ids(routeTables), EndpointState.AVAILABLE, null));
    }

    DesignBuilder peering(String id, String region, String requester, String accepter) {
        return put(new PeeringConnection(id(id), "", id(region), id(requester), id(accepter), PeeringState.ACTIVE));
    }

    DesignBuilder transitGateway(String id, String region) {
        return put(new TransitGateway(id(id), "", id(region), 64512L, true, true, null, null, false, "available"));
    }

    DesignBuilder tgwRouteTable(String id, String tgw, TgwRoute... routes) {
        return put(new TgwRouteTable(id(id), "", id(tgw), List.of(routes)));
    }

    DesignBuilder vpcAttachment(String id, String tgw, String vpc, String... subnets) {
        return put(new TgwAttachment(id(id), "", id(tgw), AttachmentType.VPC, id(vpc), ids(subnets), null, null, false, null, "available"));
    }

    DesignBuilder vpnGateway(String id, String vpcOrRegion) {
        return put(new VpnGateway(id(id), "", id(vpcOrRegion), 64512L, "available"));
    }

    DesignBuilder onPremises(String id, String... cidrs) {
        return put(new dev.linkwright.model.OnPremisesNetwork(id(id), "", Arrays.stream(cidrs).map(Cidr::parse).toList(), List.of()));
    }

    DesignBuilder customerGateway(String id, String region, String ip, String network) {
        return put(new CustomerGateway(id(id), "", id(region), ip(ip), 65000L, id(network), "available"));
    }

    DesignBuilder vpn(String id, String region, String gateway, String customerGateway, TunnelState... tunnels) {
        return put(new VpnConnection(id(id), "", id(region), id(gateway), id(customerGateway), VpnRouting.BGP, List.of(), List.of(tunnels), null,
                "available"));
    }

    DesignBuilder dxConnection(String id, String account) {
        return put(new DirectConnectConnection(id(id), "", id(account), "EqDC2", "1Gbps", "available"));
    }

    DesignBuilder virtualInterface(String id, String connection, VirtualInterfaceType type, String gateway, String network) {
        return put(new VirtualInterface(id(id), "", id(connection), type, id(gateway), id(network), null, 100, 65000L, "available"));
    }

    DesignBuilder dxGateway(String id, String account, DirectConnectGatewayAssociation... associations) {
        return put(new DirectConnectGateway(id(id), "", id(account), 64513L, List.of(associations)));
    }

    static DirectConnectGatewayAssociation association(String gateway, String... allowed) {
        return new DirectConnectGatewayAssociation(id(gateway), allowed.length == 0 ? null : Arrays.stream(allowed).map(Cidr::parse).toList(), null);
    }
}
