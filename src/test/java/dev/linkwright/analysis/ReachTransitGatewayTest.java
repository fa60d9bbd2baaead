package dev.linkwright.analysis;

import static dev.linkwright.analysis.Net.all;
import static dev.linkwright.analysis.Net.tcp;

import dev.linkwright.model.AttachmentType;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.TgwRoute;
import dev.linkwright.model.TgwRouteTable;
import dev.linkwright.model.TransitGateway;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rulebook §7: transit gateways route transitively by association and propagation, from the source's AZ. */
class ReachTransitGatewayTest {

    @Test
    void transitGatewayRoutesBetweenAttachedVpcs() {
        Trace t = Net.scenario("S39").reach("i-a1", "i-b1", 5432);
        Expect.reachable(t, "i-a1", "VPC-A", "tgw-1", "att-A", "att-B", "VPC-B", "i-b1");
        Expect.returnsThrough(t, "VPC-B", "tgw-1", "att-B", "att-A", "i-a1");
    }

    @Test
    void attachmentNeedsASubnetInTheSourcesAvailabilityZone() {
        Net n = Net.scenario("S39").edit("att-A", TgwAttachment.class, a -> attachment(a, List.of(ElementId.of("a-tgw-2")), a.association()));
        Expect.blocked(n.reach("i-a1", "i-b1", 5432), "att-A", "TGW_ROUTE_AZ_RESTRICTION");
    }

    @Test
    void attachmentWithoutAssociationCannotRoute() {
        Net n = Net.scenario("S39").edit("att-A", TgwAttachment.class, a -> attachment(a, a.subnets(), null))
                .edit("tgw-1", TransitGateway.class, g -> new TransitGateway(g.id(), g.name(), g.parent(), g.asn(), false,
                        g.defaultPropagation(), null, g.propagationDefaultRouteTable(), false, g.state()));
        Expect.blocked(n.reach("i-a1", "i-b1", 5432), "att-A", "TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION");
    }

    @Test
    void withoutPropagationTheTableHasNoRoute() {
        Net n = Net.scenario("S39").edit("att-B", TgwAttachment.class, a -> new TgwAttachment(a.id(), a.name(), a.parent(), a.type(),
                a.resource(), a.subnets(), a.association(), List.of(), false, null, a.state()))
                .edit("tgw-rtb-default", TgwRouteTable.class, rt -> new TgwRouteTable(rt.id(), rt.name(), rt.parent(), List.of()));
        Expect.blocked(n.reach("i-a1", "i-b1", 5432), "tgw-rtb-default", "NO_ROUTE_TO_DESTINATION");
    }

    @Test
    void blackholeRouteDropsTraffic() {
        Net n = Net.scenario("S39").edit("tgw-rtb-default", TgwRouteTable.class, rt -> withRoute(rt,
                new TgwRoute(Cidr.parse("10.1.1.0/24"), null, null, null)));
        Expect.blocked(n.reach("i-a1", "i-b1", 5432), "tgw-rtb-default", "TGW_RTB_BAD_STATE_ROUTE");
    }

    @Test
    void staticRouteBeatsAPropagatedRouteForTheSamePrefix() {
        Net n = Net.scenario("S39").edit("tgw-rtb-default", TgwRouteTable.class, rt -> withRoute(rt,
                TgwRoute.to(Cidr.parse("10.1.0.0/16"), ElementId.of("att-A"))));
        Trace t = n.reach("i-a1", "i-b1", 5432);
        Expect.blocked(t, "rtb-a-tgw", "NO_ROUTE_TO_DESTINATION");
        Expect.hasDetailCode(t, "TGW_RTB_HIGHER_PRIORITY_ROUTE");
    }

    @Test
    void laterAttachmentWithAnIdenticalCidrIsNotPropagated() {
        Net n = Net.scenario("S39");
        n.vpc("VPC-C", "111111111111/us-east-1", "10.1.0.0/16")
                .table("rtb-c", "VPC-C", "10.0.0.0/16 -> tgw-1")
                .subnet("c-app", "VPC-C", "us-east-1a", "use1-az1", "10.1.1.0/24", "rtb-c")
                .subnet("c-tgw-1", "VPC-C", "us-east-1a", "use1-az1", "10.1.255.0/28", "rtb-c")
                .group("sg-c", "VPC-C", List.of(all("0.0.0.0/0")), List.of(all("0.0.0.0/0")))
                .instance("i-c1", "c-app", "10.1.1.30", "sg-c")
                .put(new TgwAttachment(ElementId.of("att-C"), "", ElementId.of("tgw-1"), AttachmentType.VPC, ElementId.of("VPC-C"),
                        List.of(ElementId.of("c-tgw-1")), ElementId.of("tgw-rtb-default"), List.of(ElementId.of("tgw-rtb-default")),
                        false, null, null));
        Expect.blocked(n.reach("i-a1", "i-c1", 5432), "tgw-rtb-default", "TGW_RTB_NO_ROUTE_TO_TGW_ATTACHMENT");
        Expect.reachable(n.reach("i-a1", "i-b1", 5432), "att-B", "i-b1");
    }

    @Test
    void groupReferenceAcrossTheTransitGatewayNeedsReferencingSupport() {
        Net off = Net.scenario("S39").ingress("sg-b1", tcp(5432, "sg-a1"));
        Expect.blocked(off.reach("i-a1", "i-b1", 5432), "sg-b1", "SG_REFERENCING_SUPPORT");
        Net on = Net.scenario("S39").ingress("sg-b1", tcp(5432, "sg-a1")).edit("tgw-1", TransitGateway.class, g -> new TransitGateway(
                g.id(), g.name(), g.parent(), g.asn(), g.defaultAssociation(), g.defaultPropagation(), g.associationDefaultRouteTable(),
                g.propagationDefaultRouteTable(), true, g.state()));
        for (String att : List.of("att-A", "att-B")) {
            on.edit(att, TgwAttachment.class, a -> new TgwAttachment(a.id(), a.name(), a.parent(), a.type(), a.resource(), a.subnets(),
                    a.association(), a.propagations(), a.applianceMode(), true, a.state()));
        }
        Expect.reachable(on.reach("i-a1", "i-b1", 5432), "tgw-1", "i-b1");
        Expect.blocked(on.profile(RulesProfile.LEGACY_2020).reach("i-a1", "i-b1", 5432), "sg-b1", "SG_REFERENCING_SUPPORT");
    }

    @Test
    void vpcsBehindTheTransitGatewayMayShareANatGateway() {
        Net n = Net.scenario("S39");
        n.put(new dev.linkwright.model.InternetGateway(ElementId.of("igw-B"), "", ElementId.of("VPC-B"), null))
                .table("rtb-b-pub", "VPC-B", "0.0.0.0/0 -> igw-B", "10.0.0.0/16 -> tgw-1")
                .subnet("b-pub", "VPC-B", "us-east-1a", "use1-az1", "10.1.2.0/24", "rtb-b-pub")
                .put(new dev.linkwright.model.NatGateway(ElementId.of("nat-B"), "", ElementId.of("b-pub"), null,
                        dev.linkwright.model.Ipv4Address.parse("10.1.2.100"), dev.linkwright.model.Ipv4Address.parse("203.0.113.80"), null))
                .addRoute("rtb-b-tgw", "0.0.0.0/0", "nat-B")
                .addRoute("rtb-a", "0.0.0.0/0", "tgw-1")
                .edit("tgw-rtb-default", TgwRouteTable.class, rt -> withRoute(rt, TgwRoute.to(Cidr.ANY, ElementId.of("att-B"))))
                .put(new dev.linkwright.model.Internet(ElementId.of("internet"), ""))
                .put(new dev.linkwright.model.InternetHost(ElementId.of("x-web"), "", ElementId.of("internet"),
                        dev.linkwright.model.Ipv4Address.parse("198.51.100.10")));
        Trace t = n.reach("i-a1", "x-web", 443);
        Expect.reachable(t, "i-a1", "tgw-1", "att-A", "att-B", "VPC-B", "nat-B", "igw-B", "x-web");
        Expect.returnsThrough(t, "x-web", "igw-B", "nat-B", "tgw-1", "att-A", "i-a1");
    }

    @Test
    void peeredTransitGatewaysCarryTrafficOnStaticRoutes() {
        Net n = Net.scenario("S39");
        String eu = n.region("111111111111", "eu-west-1");
        n.put(new TransitGateway(ElementId.of("tgw-2"), "", ElementId.of(eu), null, false, false, null, null, false, null))
                .put(new TgwRouteTable(ElementId.of("tgw2-rtb"), "", ElementId.of("tgw-2"), List.of(TgwRoute.to(Cidr.parse("10.0.0.0/16"),
                        ElementId.of("att-P2")))))
                .vpc("VPC-E", eu, "10.9.0.0/16")
                .table("rtb-e", "VPC-E", "10.0.0.0/16 -> tgw-2")
                .subnet("e-app", "VPC-E", "eu-west-1a", "euw1-az1", "10.9.1.0/24", "rtb-e")
                .group("sg-e", "VPC-E", List.of(all("10.0.0.0/8")), List.of(all("0.0.0.0/0")))
                .instance("i-e1", "e-app", "10.9.1.10", "sg-e")
                .put(new TgwAttachment(ElementId.of("att-E"), "", ElementId.of("tgw-2"), AttachmentType.VPC, ElementId.of("VPC-E"),
                        List.of(ElementId.of("e-app")), ElementId.of("tgw2-rtb"), List.of(ElementId.of("tgw2-rtb")), false, null, null))
                .put(new TgwAttachment(ElementId.of("att-P1"), "", ElementId.of("tgw-1"), AttachmentType.PEERING, ElementId.of("tgw-2"),
                        List.of(), ElementId.of("tgw-rtb-default"), List.of(), false, null, null))
                .put(new TgwAttachment(ElementId.of("att-P2"), "", ElementId.of("tgw-2"), AttachmentType.PEERING, ElementId.of("tgw-1"),
                        List.of(), ElementId.of("tgw2-rtb"), List.of(), false, null, null))
                .edit("tgw-rtb-default", TgwRouteTable.class, rt -> withRoute(rt, TgwRoute.to(Cidr.parse("10.9.0.0/16"), ElementId.of("att-P1"))))
                .addRoute("rtb-a", "10.9.0.0/16", "tgw-1");
        Trace t = n.reach("i-a1", "i-e1", 22);
        Expect.reachable(t, "i-a1", "tgw-1", "att-A", "att-P1", "tgw-2", "att-P2", "att-E", "i-e1");
        Expect.returnsThrough(t, "VPC-E", "tgw-2", "att-E", "att-P2", "tgw-1", "att-P1", "att-A", "i-a1");
    }

    private static TgwAttachment attachment(TgwAttachment a, List<ElementId> subnets, ElementId association) {
        return new TgwAttachment(a.id(), a.name(), a.parent(), a.type(), a.resource(), subnets, association, a.propagations(),
                a.applianceMode(), a.securityGroupReferencing(), a.state());
    }

    private static TgwRouteTable withRoute(TgwRouteTable rt, TgwRoute extra) {
        List<TgwRoute> routes = new ArrayList<>(rt.routes());
        routes.add(extra);
        return new TgwRouteTable(rt.id(), rt.name(), rt.parent(), routes);
    }
}
