package dev.linkwright.validation;

import static dev.linkwright.validation.DesignBuilder.association;
import static dev.linkwright.validation.FindingAssert.assertFinds;
import static dev.linkwright.validation.FindingAssert.assertNoErrors;
import static dev.linkwright.validation.FindingAssert.assertNone;

import dev.linkwright.model.TunnelState;
import dev.linkwright.model.VirtualInterfaceType;
import dev.linkwright.model.VpnConnection;
import dev.linkwright.model.VpnRouting;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-VPN-*, R-DX-*: one virtual private gateway per VPC, VPN state and routes, Direct Connect gateways and VIFs. */
class HybridRulesTest {

    /** VPC-A and VPC-B (B2) each with a virtual private gateway, both behind Direct Connect gateway dxgw-1. */
    private static DesignBuilder behindDirectConnect() {
        return Baselines.peered().vpnGateway("vgw-A", "VPC-A").vpnGateway("vgw-B", "VPC-B").onPremises("onprem", "192.168.0.0/16")
                .dxConnection("dx-1", "111111111111")
                .dxGateway("dxgw-1", "111111111111", association("vgw-A"), association("vgw-B"))
                .virtualInterface("pvif-1", "dx-1", VirtualInterfaceType.PRIVATE, "dxgw-1", "onprem");
    }

    @Test
    void directConnectGatewayWithDisjointVpcsIsValid() {
        assertNoErrors(behindDirectConnect().validate());
    }

    @Test
    void overlappingVpcsBehindOneDirectConnectGatewayAreRefused() {
        DesignBuilder d = behindDirectConnect().vpc("VPC-B", "use1", "10.0.0.0/16").subnet("b-app", "VPC-B/a", "10.0.1.0/24", "rtb-b")
                .instance("i-b1", "b-app", "10.0.1.20", "sg-b1").remove("pcx-AB").routeTable("rtb-a", "VPC-A").routeTable("rtb-b", "VPC-B");
        assertFinds(d.validate(), "E_DXGW_OVERLAPPING_VPC_CIDR", "dxgw-1", "VPC-A", "VPC-B");
    }

    @Test
    void directConnectGatewayMixingVirtualPrivateAndTransitGatewaysIsRefused() {
        DesignBuilder d = behindDirectConnect().transitGateway("tgw-1", "use1")
                .dxGateway("dxgw-1", "111111111111", association("vgw-A"), association("tgw-1", "10.9.0.0/16"));
        assertFinds(d.validate(), "E_DXGW_MIXED_ASSOCIATION", "dxgw-1", "tgw-1");
    }

    @Test
    void transitGatewayAssociationWithAPrivateVirtualInterfaceIsRefused() {
        DesignBuilder d = behindDirectConnect().transitGateway("tgw-1", "use1").dxGateway("dxgw-1", "111111111111", association("tgw-1", "10.0.0.0/8"));
        assertFinds(d.validate(), "E_DXGW_MIXED_ASSOCIATION", "dxgw-1", "pvif-1");
        d.virtualInterface("pvif-1", "dx-1", VirtualInterfaceType.TRANSIT, "dxgw-1", "onprem");
        assertNone(d.validate(), "E_DXGW_MIXED_ASSOCIATION");
    }

    @Test
    void overlappingAllowedPrefixesOfTwoTransitGatewaysAreRefused() {
        DesignBuilder d = Baselines.peered().transitGateway("tgw-1", "use1").transitGateway("tgw-2", "use1")
                .dxGateway("dxgw-1", "111111111111", association("tgw-1", "10.0.0.0/15"), association("tgw-2", "10.1.0.0/16"));
        assertFinds(d.validate(), "E_DXGW_ALLOWED_PREFIX_OVERLAP", "dxgw-1", "tgw-2", "tgw-1");
        d.dxGateway("dxgw-1", "111111111111", association("tgw-1", "10.0.0.0/16"), association("tgw-2", "10.1.0.0/16"));
        assertNone(d.validate(), "E_DXGW_ALLOWED_PREFIX_OVERLAP");
    }

    @Test
    void vpcBlockNotCoveredByAllowedPrefixesIsNotAdvertised() {
        DesignBuilder d = behindDirectConnect().dxGateway("dxgw-1", "111111111111", association("vgw-A", "10.0.0.0/17"), association("vgw-B", "10.0.0.0/8"));
        assertFinds(d.validate(), "W_DXGW_VPC_NOT_ADVERTISED", "dxgw-1", "VPC-A");
        assertNone(behindDirectConnect().validate(), "W_DXGW_VPC_NOT_ADVERTISED");
    }

    @Test
    void transitVirtualInterfaceOnAVirtualPrivateGatewayIsRefused() {
        DesignBuilder d = behindDirectConnect().virtualInterface("tvif-1", "dx-1", VirtualInterfaceType.TRANSIT, "vgw-A", "onprem");
        assertFinds(d.validate(), "E_VIF_GATEWAY_TYPE_MISMATCH", "tvif-1", "vgw-A");
        assertNone(behindDirectConnect().validate(), "E_VIF_GATEWAY_TYPE_MISMATCH");
    }

    @Test
    void secondVirtualPrivateGatewayOnAVpcIsRefused() {
        assertFinds(behindDirectConnect().vpnGateway("vgw-A2", "VPC-A").validate(), "E_VPC_MULTIPLE_VPN_GATEWAYS", "vgw-A2", "VPC-A");
    }

    @Test
    void vpnWithAllTunnelsDownIsReported() {
        DesignBuilder d = behindDirectConnect().customerGateway("cgw-1", "use1", "203.0.113.10", "onprem")
                .vpn("vpn-1", "use1", "vgw-A", "cgw-1", TunnelState.DOWN, TunnelState.DOWN);
        assertFinds(d.validate(), "W_VPN_TUNNELS_DOWN", "vpn-1");
        d.vpn("vpn-1", "use1", "vgw-A", "cgw-1", TunnelState.UP, TunnelState.DOWN);
        assertNone(d.validate(), "W_VPN_TUNNELS_DOWN");
    }

    @Test
    void staticVpnWithoutRoutesIsReported() {
        DesignBuilder d = behindDirectConnect().customerGateway("cgw-1", "use1", "203.0.113.10", "onprem")
                .vpn("vpn-1", "use1", "vgw-A", "cgw-1", TunnelState.UP, TunnelState.UP)
                .edit("vpn-1", VpnConnection.class, v -> new VpnConnection(v.id(), v.name(), v.parent(), v.gateway(), v.customerGateway(),
                        VpnRouting.STATIC, List.of(), v.tunnels(), null, v.state()));
        assertFinds(d.validate(), "W_VPN_STATIC_WITHOUT_ROUTES", "vpn-1");
        d.edit("vpn-1", VpnConnection.class, v -> new VpnConnection(v.id(), v.name(), v.parent(), v.gateway(), v.customerGateway(),
                VpnRouting.STATIC, List.of(DesignBuilder.cidr("192.168.0.0/16")), v.tunnels(), null, v.state()));
        assertNone(d.validate(), "W_VPN_STATIC_WITHOUT_ROUTES");
    }
}
