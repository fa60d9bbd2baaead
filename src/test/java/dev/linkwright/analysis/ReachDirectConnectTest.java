package dev.linkwright.analysis;

import static dev.linkwright.analysis.Net.tcp;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.DirectConnectGateway;
import dev.linkwright.model.DirectConnectGatewayAssociation;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.OnPremisesHost;
import dev.linkwright.model.OnPremisesNetwork;
import dev.linkwright.model.VirtualInterface;
import dev.linkwright.model.VirtualInterfaceType;
import dev.linkwright.model.VpnGateway;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rulebook §9: Direct Connect private and transit VIFs, DX gateways, allowed prefixes, no transit. */
class ReachDirectConnectTest {

    private static Net s22WithReturnRoute() {
        return Net.scenario("S22").propagation("rtb-a", "vgw-A").ingress("sg-a1", tcp(443, "192.168.0.0/16"));
    }

    @Test
    void privateVirtualInterfaceReachesTheVpc() {
        Trace t = s22WithReturnRoute().reach("h-op", "i-a1", 443);
        Expect.reachable(t, "h-op", "dx-1", "pvif-1", "vgw-A", "VPC-A", "i-a1");
        Expect.returnsThrough(t, "i-a1", "vgw-A", "pvif-1", "dx-1", "h-op");
    }

    @Test
    void onPremisesCannotUseTheGatewayEndpointOverDirectConnect() {
        BlockedAt b = Expect.blocked(Net.scenario("S22").reach("h-op", "52.216.1.10", 443), "vgw-A", "VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS");
        Expect.detail(b, "X_GATEWAY_ENDPOINT_NOT_EXTENDABLE");
    }

    private static Net throughDxGateway(List<Cidr> allowed) {
        Net n = s22WithReturnRoute();
        n.put(new DirectConnectGateway(ElementId.of("dxgw-1"), "", ElementId.of("111111111111"), null,
                List.of(new DirectConnectGatewayAssociation(ElementId.of("vgw-A"), allowed, null))));
        n.edit("pvif-1", VirtualInterface.class, v -> new VirtualInterface(v.id(), v.name(), v.parent(), v.type(), ElementId.of("dxgw-1"),
                v.network(), v.customerAdvertised(), v.vlan(), v.asn(), v.state()));
        return n;
    }

    @Test
    void dxGatewayAdvertisesTheVpcWhenAnAllowedPrefixCoversIt() {
        Expect.reachable(throughDxGateway(List.of(Cidr.parse("10.0.0.0/16"))).reach("h-op", "i-a1", 443), "pvif-1", "dxgw-1", "vgw-A", "i-a1");
        Expect.reachable(throughDxGateway(null).reach("h-op", "i-a1", 443), "dxgw-1", "i-a1");
    }

    @Test
    void allowedPrefixNarrowerThanTheVpcAdvertisesNothing() {
        Expect.blocked(throughDxGateway(List.of(Cidr.parse("10.0.1.0/24"))).reach("h-op", "i-a1", 443), "ONP", "X_ONPREM_NO_ROUTE");
    }

    @Test
    void dxGatewayDoesNotRouteBetweenItsVpcs() {
        Net n = throughDxGateway(null);
        n.put(new VpnGateway(ElementId.of("vgw-B"), "", ElementId.of("VPC-B"), null, null));
        n.put(new DirectConnectGateway(ElementId.of("dxgw-1"), "", ElementId.of("111111111111"), null, List.of(
                new DirectConnectGatewayAssociation(ElementId.of("vgw-A"), null, null),
                new DirectConnectGatewayAssociation(ElementId.of("vgw-B"), null, null))));
        n.removeRoute("rtb-a", "10.1.0.0/16").addRoute("rtb-a", "10.1.0.0/16", "vgw-A");
        Expect.blocked(n.reach("i-a1", "i-b1", 5432), "dxgw-1", "X_DXGW_NO_TRANSIT");
    }

    @Test
    void dxGatewayDoesNotRouteBetweenItsVirtualInterfaces() {
        Net n = throughDxGateway(null);
        n.put(new OnPremisesNetwork(ElementId.of("ONP2"), "", List.of(Cidr.parse("172.20.0.0/16")), List.of()));
        n.put(new OnPremisesHost(ElementId.of("h-2"), "", ElementId.of("ONP2"), Ipv4Address.parse("172.20.0.10")));
        n.put(new VirtualInterface(ElementId.of("pvif-2"), "", ElementId.of("dx-1"), VirtualInterfaceType.PRIVATE, ElementId.of("dxgw-1"),
                ElementId.of("ONP2"), null, null, null, null));
        n.edit("ONP", OnPremisesNetwork.class, o -> new OnPremisesNetwork(o.id(), o.name(), o.cidrs(),
                List.of(new dev.linkwright.model.OnPremisesRoute(Cidr.parse("172.20.0.0/16"), null, ElementId.of("pvif-1")))));
        Expect.blocked(n.reach("h-op", "h-2", 22), "dxgw-1", "X_DXGW_NO_TRANSIT");
    }

    @Test
    void transitVirtualInterfaceReachesVpcsBehindTheTransitGateway() {
        Net n = Net.scenario("S39").ingress("sg-b1", tcp(5432, "192.168.0.0/16"));
        n.put(new OnPremisesNetwork(ElementId.of("ONP"), "", List.of(Cidr.parse("192.168.0.0/16")), List.of()));
        n.put(new OnPremisesHost(ElementId.of("h-op"), "", ElementId.of("ONP"), Ipv4Address.parse("192.168.10.10")));
        n.put(new dev.linkwright.model.DirectConnectConnection(ElementId.of("dx-1"), "", ElementId.of("111111111111"), null, null, null));
        n.put(new DirectConnectGateway(ElementId.of("dxgw-1"), "", ElementId.of("111111111111"), null,
                List.of(new DirectConnectGatewayAssociation(ElementId.of("tgw-1"), List.of(Cidr.parse("10.0.0.0/8")), null))));
        n.put(new VirtualInterface(ElementId.of("tvif-1"), "", ElementId.of("dx-1"), VirtualInterfaceType.TRANSIT, ElementId.of("dxgw-1"),
                ElementId.of("ONP"), null, null, null, null));
        n.addRoute("rtb-b", "192.168.0.0/16", "tgw-1");
        Trace t = n.reach("h-op", "i-b1", 5432);
        Expect.reachable(t, "h-op", "dx-1", "tvif-1", "dxgw-1", "tgw-1", "tgw-1:dxgw-1", "att-B", "i-b1");
        Expect.returnsThrough(t, "i-b1", "tgw-1", "att-B", "tgw-1:dxgw-1", "dxgw-1", "tvif-1", "h-op");
    }
}
