package dev.linkwright.validation;

import static dev.linkwright.validation.DesignBuilder.cidr;
import static dev.linkwright.validation.DesignBuilder.id;
import static dev.linkwright.validation.DesignBuilder.route;
import static dev.linkwright.validation.FindingAssert.assertFinds;
import static dev.linkwright.validation.FindingAssert.assertNoErrors;
import static dev.linkwright.validation.FindingAssert.assertNone;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.model.DirectConnectGatewayAssociation;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.PeeringState;
import dev.linkwright.model.Route;
import dev.linkwright.model.RouteOrigin;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.TgwRoute;
import dev.linkwright.model.VirtualInterfaceType;
import org.junit.jupiter.api.Test;

/** R-RT-1..8: routes more specific than local, reserved destinations, duplicates, targets, blackholes, prefix lists. */
class RouteRulesTest {

    @Test
    void routeToPartOfTheVpcThroughPeeringIsRefused() {
        DesignBuilder d = Baselines.peered().routeTable("rtb-a", "VPC-A", route("10.1.0.0/16", "pcx-AB"), route("10.0.5.0/24", "pcx-AB"));
        assertFinds(d.validate(), "E_ROUTE_MORE_SPECIFIC_THAN_LOCAL", "rtb-a", "VPC-A");
    }

    @Test
    void routeEqualToTheVpcBlockIsRefusedUnlessToAMiddlebox() {
        DesignBuilder d = Baselines.peered().routeTable("rtb-a", "VPC-A", route("10.1.0.0/16", "pcx-AB"), route("10.0.0.0/16", "pcx-AB"));
        assertFinds(d.validate(), "E_ROUTE_MORE_SPECIFIC_THAN_LOCAL", "rtb-a");
    }

    @Test
    void routeToAWholeSubnetThroughANetworkInterfaceIsAccepted() {
        DesignBuilder d = Baselines.peered().subnet("a-fw", "VPC-A/a", "10.0.2.0/24", "rtb-a").networkInterface("eni-fw", "a-fw", "10.0.2.10")
                .routeTable("rtb-a", "VPC-A", route("10.1.0.0/16", "pcx-AB"), route("10.0.1.0/24", "eni-fw"));
        assertNone(d.validate(), "E_ROUTE_MORE_SPECIFIC_THAN_LOCAL");
    }

    @Test
    void routeToPartOfASubnetThroughANetworkInterfaceIsRefused() {
        DesignBuilder d = Baselines.peered().subnet("a-fw", "VPC-A/a", "10.0.2.0/24", "rtb-a").networkInterface("eni-fw", "a-fw", "10.0.2.10")
                .routeTable("rtb-a", "VPC-A", route("10.1.0.0/16", "pcx-AB"), route("10.0.1.0/25", "eni-fw"));
        assertFinds(d.validate(), "E_ROUTE_MORE_SPECIFIC_THAN_LOCAL", "rtb-a");
    }

    @Test
    void routeCoveringMoreThanTheVpcIsAccepted() {
        DesignBuilder d = Baselines.transitHub().routeTable("rtb-a", "VPC-A", route("10.0.0.0/8", "tgw-1"));
        assertNoErrors(d.validate());
    }

    @Test
    void routeIntoTheMetadataRangeIsRefused() {
        DesignBuilder d = Baselines.peered().routeTable("rtb-a", "VPC-A", route("10.1.0.0/16", "pcx-AB"), route("169.254.169.0/24", "pcx-AB"));
        assertFinds(d.validate(), "E_ROUTE_DESTINATION_RESERVED", "rtb-a");
        assertNone(Baselines.peered().validate(), "E_ROUTE_DESTINATION_RESERVED");
    }

    @Test
    void twoStaticRoutesToOneDestinationAreRefused() {
        DesignBuilder d = Baselines.transitHub().routeTable("rtb-a", "VPC-A", route("10.1.0.0/16", "tgw-1"), route("10.1.0.0/16", "tgw-1"));
        Finding f = assertFinds(d.validate(), "E_ROUTE_DUPLICATE_DESTINATION", "rtb-a");
        assertThat(((RouteTable) f.quickFix().replacements().get(0)).routes()).hasSize(1);
    }

    @Test
    void staticAndPropagatedRoutesToOneDestinationAreAccepted() {
        DesignBuilder d = Baselines.transitHub().routeTable("rtb-a", "VPC-A", route("10.1.0.0/16", "tgw-1"),
                new Route(cidr("10.1.0.0/16"), null, null, id("tgw-1"), RouteOrigin.PROPAGATED));
        assertNone(d.validate(), "E_ROUTE_DUPLICATE_DESTINATION");
    }

    @Test
    void twoGatewayEndpointsForOneServiceCannotShareARouteTable() {
        DesignBuilder d = Baselines.peered().prefixList("pl-s3", "use1", "52.216.0.0/15")
                .gatewayEndpoint("vpce-s3-1", "VPC-A", "com.amazonaws.us-east-1.s3", "pl-s3", "rtb-a")
                .gatewayEndpoint("vpce-s3-2", "VPC-A", "com.amazonaws.us-east-1.s3", "pl-s3", "rtb-a");
        assertFinds(d.validate(), "E_ROUTE_DUPLICATE_DESTINATION", "rtb-a", "vpce-s3-2");
        d.remove("vpce-s3-2");
        assertNone(d.validate(), "E_ROUTE_DUPLICATE_DESTINATION");
    }

    @Test
    void routeToAnotherVpcsInternetGatewayIsRefused() {
        DesignBuilder d = Baselines.peered().internetGateway("igw-B", "VPC-B")
                .routeTable("rtb-a", "VPC-A", route("10.1.0.0/16", "pcx-AB"), route("0.0.0.0/0", "igw-B"));
        assertFinds(d.validate(), "E_ROUTE_TARGET_NOT_IN_VPC", "rtb-a", "igw-B");
    }

    @Test
    void routeToAPeeringOfOtherVpcsIsRefused() {
        DesignBuilder d = Baselines.peered().vpc("VPC-X", "use1", "10.2.0.0/16").peering("pcx-BX", "use1", "VPC-B", "VPC-X")
                .routeTable("rtb-a", "VPC-A", route("10.1.0.0/16", "pcx-AB"), route("10.2.0.0/16", "pcx-BX"));
        assertFinds(d.validate(), "E_ROUTE_TARGET_NOT_IN_VPC", "rtb-a", "pcx-BX");
        assertNone(Baselines.peered().validate(), "E_ROUTE_TARGET_NOT_IN_VPC");
    }

    @Test
    void routeToAPeeringThatIsNotActiveIsABlackhole() {
        DesignBuilder d = Baselines.peered().edit("pcx-AB", PeeringConnection.class, p -> new PeeringConnection(p.id(), p.name(), p.parent(),
                p.requesterVpc(), p.accepterVpc(), PeeringState.PENDING_ACCEPTANCE));
        ValidationReport report = d.validate();
        assertFinds(report, "W_ROUTE_BLACKHOLE", "rtb-a", "pcx-AB");
        assertFinds(report, "W_ROUTE_BLACKHOLE", "rtb-b", "pcx-AB");
        assertNoErrors(report);
    }

    @Test
    void routesToActiveTargetsAreNoBlackholes() {
        assertNone(Baselines.peered().validate(), "W_ROUTE_BLACKHOLE");
        assertNone(Baselines.transitHub().validate(), "W_ROUTE_BLACKHOLE");
        assertNone(Baselines.internet().validate(), "W_ROUTE_BLACKHOLE");
    }

    @Test
    void routeToAMissingTargetIsABlackholeWithAQuickFix() {
        DesignBuilder d = Baselines.peered().routeTable("rtb-a", "VPC-A", route("10.1.0.0/16", "pcx-AB"), route("0.0.0.0/0", "nat-gone"));
        Finding f = assertFinds(d.validate(), "W_ROUTE_BLACKHOLE", "rtb-a", "nat-gone");
        d.put(f.quickFix().replacements().get(0));
        assertNone(d.validate(), "W_ROUTE_BLACKHOLE");
    }

    @Test
    void routeToATransitGatewayTheVpcIsNotAttachedToIsABlackhole() {
        DesignBuilder d = Baselines.transitHub().remove("att-A");
        assertFinds(d.validate(), "W_ROUTE_BLACKHOLE", "rtb-a", "tgw-1");
    }

    @Test
    void routeToADetachedVirtualPrivateGatewayIsABlackhole() {
        DesignBuilder d = Baselines.peered().vpnGateway("vgw-1", "use1").routeTable("rtb-a", "VPC-A", route("10.1.0.0/16", "pcx-AB"),
                route("192.168.0.0/16", "vgw-1"));
        assertFinds(d.validate(), "W_ROUTE_BLACKHOLE", "rtb-a", "vgw-1");
        d.remove("vgw-1").vpnGateway("vgw-1", "VPC-A");
        assertNone(d.validate(), "W_ROUTE_BLACKHOLE");
    }

    @Test
    void transitGatewayRouteToAMissingAttachmentIsABlackhole() {
        DesignBuilder d = Baselines.transitHub().tgwRouteTable("tgw-rtb-default", "tgw-1",
                TgwRoute.to(cidr("10.0.0.0/16"), id("att-A")), TgwRoute.to(cidr("10.1.0.0/16"), id("att-gone")));
        assertFinds(d.validate(), "W_TGW_ROUTE_BLACKHOLE", "tgw-rtb-default", "att-gone");
    }

    @Test
    void deliberateTransitGatewayBlackholeRoutesAreNotReported() {
        DesignBuilder d = Baselines.transitHub().tgwRouteTable("tgw-rtb-default", "tgw-1",
                TgwRoute.to(cidr("10.0.0.0/16"), id("att-A")), TgwRoute.to(cidr("10.1.0.0/16"), id("att-B")), TgwRoute.to(cidr("10.9.0.0/16"), null));
        assertNone(d.validate(), "W_TGW_ROUTE_BLACKHOLE");
    }

    @Test
    void overlappingPrefixListsToDifferentTargetsAreAmbiguous() {
        DesignBuilder d = Baselines.transitHub().vpc("VPC-Z", "use1", "10.9.0.0/16").peering("pcx-AZ", "use1", "VPC-A", "VPC-Z")
                .prefixList("pl-one", "use1", "172.16.0.0/16").prefixList("pl-two", "use1", "172.16.4.0/24", "172.20.0.0/16")
                .routeTable("rtb-a", "VPC-A", route("10.1.0.0/16", "tgw-1"), Route.toPrefixList(id("pl-one"), id("tgw-1")),
                        Route.toPrefixList(id("pl-two"), id("pcx-AZ")));
        assertFinds(d.validate(), "W_PREFIX_LIST_ROUTE_AMBIGUOUS", "rtb-a", "pl-one", "pl-two");
    }

    @Test
    void disjointPrefixListsAreNotAmbiguous() {
        DesignBuilder d = Baselines.transitHub().vpc("VPC-Z", "use1", "10.9.0.0/16").peering("pcx-AZ", "use1", "VPC-A", "VPC-Z")
                .prefixList("pl-one", "use1", "172.16.0.0/16").prefixList("pl-two", "use1", "172.20.0.0/16")
                .routeTable("rtb-a", "VPC-A", route("10.1.0.0/16", "tgw-1"), Route.toPrefixList(id("pl-one"), id("tgw-1")),
                        Route.toPrefixList(id("pl-two"), id("pcx-AZ")));
        assertNone(d.validate(), "W_PREFIX_LIST_ROUTE_AMBIGUOUS");
    }

    @Test
    void staticRouteToAGatewayReachedOverDirectConnectLimitsTheMtu() {
        DesignBuilder d = Baselines.peered().vpnGateway("vgw-A", "VPC-A").onPremises("onprem", "192.168.0.0/16")
                .dxConnection("dx-1", "111111111111").virtualInterface("pvif-1", "dx-1", VirtualInterfaceType.PRIVATE, "vgw-A", "onprem")
                .routeTable("rtb-a", "VPC-A", route("10.1.0.0/16", "pcx-AB"), route("192.168.0.0/16", "vgw-A"));
        assertFinds(d.validate(), "W_MTU_MISMATCH", "rtb-a", "vgw-A");
        d.routeTable("rtb-a", "VPC-A", route("10.1.0.0/16", "pcx-AB"));
        assertNone(d.validate(), "W_MTU_MISMATCH");
    }

    @Test
    void staticRouteToAGatewayBehindADirectConnectGatewayLimitsTheMtu() {
        DesignBuilder d = Baselines.peered().vpnGateway("vgw-A", "VPC-A").onPremises("onprem", "192.168.0.0/16")
                .dxGateway("dxgw-1", "111111111111", new DirectConnectGatewayAssociation(id("vgw-A"), null, null))
                .dxConnection("dx-1", "111111111111").virtualInterface("pvif-1", "dx-1", VirtualInterfaceType.PRIVATE, "dxgw-1", "onprem")
                .routeTable("rtb-a", "VPC-A", route("10.1.0.0/16", "pcx-AB"), route("192.168.0.0/16", "vgw-A"));
        assertFinds(d.validate(), "W_MTU_MISMATCH", "rtb-a", "vgw-A");
    }
}
