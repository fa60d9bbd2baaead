package dev.linkwright.diagram;

import static dev.linkwright.diagram.GeometryAssertions.childrenLieInsideTheirContainers;
import static dev.linkwright.diagram.GeometryAssertions.everyElementHasBounds;
import static dev.linkwright.diagram.GeometryAssertions.siblingsDoNotOverlap;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.model.Bounds;
import dev.linkwright.model.Design;
import dev.linkwright.model.DiagramLayout;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Topology;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DiagramGeometryTest {

    private static ElementId id(String s) {
        return ElementId.of(s);
    }

    private static DiagramGeometry geometryOf(Design d) {
        return DiagramGeometry.compute(d.topology(), d.layout());
    }

    private static Map<String, ConnectionKind> connections(DiagramGeometry g) {
        return g.connections().stream().collect(Collectors.toMap(c -> c.from() + "->" + c.to(), DiagramConnection::kind));
    }

    // ---- the PrivateLink sample ------------------------------------------------------------------

    @Test
    void everyElementOfTheSampleHasBoundsInsideItsContainerWithoutOverlaps() {
        Design d = Fixtures.privateLinkBasic();
        DiagramGeometry g = geometryOf(d);
        everyElementHasBounds(d.topology(), g);
        childrenLieInsideTheirContainers(d.topology(), g);
        siblingsDoNotOverlap(g);
    }

    @Test
    void theSampleDrawsEndpointToServiceToLoadBalancerToTargets() {
        Map<String, ConnectionKind> lines = connections(geometryOf(Fixtures.privateLinkBasic()));
        assertThat(lines).containsEntry("vpce-a->vpce-svc-1234", ConnectionKind.PRIVATELINK)
                .containsEntry("vpce-svc-1234->nlb-b", ConnectionKind.SERVICE_LOAD_BALANCER)
                .containsEntry("nlb-b->instance-b1", ConnectionKind.LOAD_BALANCER_TARGET)
                .containsEntry("nlb-b->instance-b2", ConnectionKind.LOAD_BALANCER_TARGET)
                .hasSize(4);
    }

    @Test
    void loadBalancersAndInterfaceEndpointsAreDrawnInsideTheirFirstSubnet() {
        DiagramGeometry g = geometryOf(Fixtures.privateLinkBasic());
        assertThat(g.get(id("nlb-b")).container()).isEqualTo(id("subnet-b"));
        assertThat(g.get(id("vpce-a")).container()).isEqualTo(id("subnet-a"));
        assertThat(g.get(id("instance-a")).container()).isEqualTo(id("subnet-a"));
    }

    @Test
    void accountsSitInTheAwsCloudAndRuleTablesAreChips() {
        DiagramGeometry g = geometryOf(Fixtures.privateLinkBasic());
        assertThat(g.awsCloud()).isPresent();
        assertThat(g.get(id("rtb-a")).shape()).isEqualTo(NodeShape.CHIP);
        assertThat(g.get(id("sg-endpoint")).shape()).isEqualTo(NodeShape.CHIP);
        assertThat(g.get(id("vpc-a")).shape()).isEqualTo(NodeShape.GROUP);
        assertThat(g.get(id("instance-a")).shape()).isEqualTo(NodeShape.ICON);
        assertThat(g.get(id("instance-a")).title()).isEqualTo("Client");
        assertThat(g.get(id("instance-a")).detail()).isEqualTo("10.0.1.10");
        assertThat(g.get(id("vpc-a")).detail()).isEqualTo("10.0.0.0/16");
    }

    @Test
    void linesStartAndEndOutsideTheElementsTheyJoin() {
        DiagramGeometry g = geometryOf(Fixtures.privateLinkBasic());
        for (DiagramConnection c : g.connections()) {
            DiagramNode from = g.get(c.from());
            DiagramNode to = g.get(c.to());
            assertThat(inside(from.anchor(), c.start())).as("%s starts outside its icon", c.key()).isFalse();
            assertThat(inside(to.anchor(), c.end())).as("%s ends outside its icon", c.key()).isFalse();
        }
    }

    @Test
    void aTargetLineDoesNotRunThroughAnotherTarget() {
        DiagramGeometry g = geometryOf(Fixtures.privateLinkBasic());
        DiagramConnection toSecond = g.connections().stream()
                .filter(c -> c.to().equals(id("instance-b2"))).findFirst().orElseThrow();
        Bounds first = g.get(id("instance-b1")).anchor();
        for (Point p : toSecond.points()) {
            assertThat(inside(first, p)).as("line to instance-b2 at %s crosses instance-b1", p).isFalse();
        }
    }

    private static boolean inside(Bounds b, Point p) {
        return p.x() > b.x() && p.x() < b.maxX() && p.y() > b.y() && p.y() < b.maxY();
    }

    // ---- every sample ---------------------------------------------------------------------------------

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("samples")
    void everySampleIsDrawnWithEveryElementInsideItsContainerWithoutOverlaps(String sample) throws Exception {
        Design d = dev.linkwright.io.BuiltInSamples.load(sample);
        DiagramGeometry g = geometryOf(d);
        everyElementHasBounds(d.topology(), g);
        childrenLieInsideTheirContainers(d.topology(), g);
        siblingsDoNotOverlap(g);
    }

    static List<String> samples() {
        return dev.linkwright.io.BuiltInSamples.names();
    }

    @Test
    void anElementInSeveralSubnetsIsDrawnInEachWithItsAddressThere() throws Exception {
        Design d = dev.linkwright.io.BuiltInSamples.load("privatelink-multi-az.json");
        DiagramGeometry g = geometryOf(d);
        dev.linkwright.model.InterfaceEndpoint ep = d.topology().all(dev.linkwright.model.InterfaceEndpoint.class).get(0);
        DiagramNode endpoint = g.get(ep.id());
        assertThat(endpoint.container()).isEqualTo(ep.interfaces().get(0).subnet());
        assertThat(endpoint.replicas()).singleElement().satisfies(r -> {
            assertThat(r.subnet()).isEqualTo(ep.interfaces().get(1).subnet());
            assertThat(r.detail()).isEqualTo(String.valueOf(ep.interfaces().get(1).ip()));
        });
        // one PrivateLink line from each network interface
        assertThat(g.connections()).filteredOn(c -> c.from().equals(ep.id()) && c.kind() == ConnectionKind.PRIVATELINK)
                .hasSize(2);
    }

    @Test
    void aLoadBalancerReachesEachTargetFromItsNodeInTheTargetsSubnet() throws Exception {
        Design d = dev.linkwright.io.BuiltInSamples.load("privatelink-multi-az.json");
        DiagramGeometry g = geometryOf(d);
        dev.linkwright.model.LoadBalancer lb = d.topology().all(dev.linkwright.model.LoadBalancer.class).get(0);
        DiagramNode node = g.get(lb.id());
        assertThat(node.replicas()).hasSize(lb.nodes().size() - 1);
        for (DiagramConnection c : g.connections()) {
            if (c.kind() != ConnectionKind.LOAD_BALANCER_TARGET) {
                continue;
            }
            ElementId targetSubnet = g.get(c.to()).container();
            Bounds startIcon = targetSubnet.equals(node.container()) ? node.anchor()
                    : node.replicas().stream().filter(r -> r.subnet().equals(targetSubnet)).findFirst().orElseThrow().anchor();
            assertThat(Math.abs(c.start().x() - startIcon.centerX())).as("%s starts at the node beside it", c.key())
                    .isLessThan(startIcon.width());
            assertThat(Math.abs(c.start().y() - startIcon.centerY())).isLessThan(startIcon.height());
        }
    }

    // ---- the hybrid design --------------------------------------------------------------------------

    @Test
    void everyElementOfAHybridDesignHasBoundsInsideItsContainerWithoutOverlaps() {
        Design d = Fixtures.hybridNetwork();
        DiagramGeometry g = geometryOf(d);
        everyElementHasBounds(d.topology(), g);
        childrenLieInsideTheirContainers(d.topology(), g);
        siblingsDoNotOverlap(g);
    }

    @Test
    void peeringAttachmentsVpnAndDirectConnectAreDrawnAsLines() {
        Map<String, ConnectionKind> lines = connections(geometryOf(Fixtures.hybridNetwork()));
        assertThat(lines)
                .containsEntry("vpc-app->pcx-app-data", ConnectionKind.PEERING)
                .containsEntry("pcx-app-data->vpc-data", ConnectionKind.PEERING)
                .containsEntry("tgw-att-shared->vpc-shared", ConnectionKind.TGW_ATTACHMENT)
                .containsEntry("tgw-att-app->vpc-app", ConnectionKind.TGW_ATTACHMENT)
                .containsEntry("tgw-att-vpn->vpn-office", ConnectionKind.TGW_ATTACHMENT)
                .containsEntry("tgw-att-dx->dxgw-1", ConnectionKind.TGW_ATTACHMENT)
                .containsEntry("vpn-office->cgw-office", ConnectionKind.VPN)
                .containsEntry("vgw-partner->vpn-branch", ConnectionKind.VPN)
                .containsEntry("vpn-branch->cgw-branch", ConnectionKind.VPN)
                .containsEntry("cgw-office->onprem-office", ConnectionKind.CUSTOMER_NETWORK)
                .containsEntry("onprem-dc->dxvif-transit", ConnectionKind.DIRECT_CONNECT)
                .containsEntry("dxvif-transit->dxgw-1", ConnectionKind.DIRECT_CONNECT)
                .containsEntry("vpce-s3->svc-s3", ConnectionKind.GATEWAY_ENDPOINT)
                .containsEntry("igw-shared->internet", ConnectionKind.INTERNET)
                .containsEntry("nlb-app->i-app-3", ConnectionKind.LOAD_BALANCER_TARGET);
        // a VPN on a transit gateway is drawn through its attachment, not twice
        assertThat(lines).doesNotContainKey("tgw-hub->vpn-office");
        // the DX gateway reaches the transit gateway through the attachment too
        assertThat(lines).doesNotContainKey("dxgw-1->tgw-hub");
    }

    @Test
    void aSubnetIsPublicWhenItsRouteTableRoutesToAnInternetGateway() {
        DiagramGeometry g = geometryOf(Fixtures.hybridNetwork());
        assertThat(g.get(id("subnet-shared-pub-a")).style().name()).isEqualTo("public-subnet");
        assertThat(g.get(id("subnet-shared-pub-b")).style().name()).isEqualTo("public-subnet");
        assertThat(g.get(id("subnet-shared-priv-a")).style().name()).isEqualTo("private-subnet");
        assertThat(g.get(id("subnet-app-a")).style().name()).isEqualTo("private-subnet");
        assertThat(g.get(id("subnet-shared-pub-a")).style().fill()).isEqualTo("#F2F6E8");
    }

    @Test
    void publicSubnetsComeFirstInTheirAvailabilityZone() {
        DiagramGeometry g = geometryOf(Fixtures.hybridNetwork());
        assertThat(g.get(id("subnet-shared-pub-a")).bounds().y()).isLessThan(g.get(id("subnet-shared-priv-a")).bounds().y());
    }

    @Test
    void availabilityZonesOfAVpcStandSideBySideAndEquallyTall() {
        DiagramGeometry g = geometryOf(Fixtures.hybridNetwork());
        Bounds a = g.get(id("subnet-app-a")).bounds();
        Bounds b = g.get(id("subnet-app-b")).bounds();
        assertThat(b.x()).isGreaterThan(a.maxX());
        DiagramNode azA = g.get(g.get(id("subnet-app-a")).container());
        DiagramNode azB = g.get(g.get(id("subnet-app-b")).container());
        assertThat(azA.bounds().height()).isEqualTo(azB.bounds().height());
    }

    @Test
    void onPremisesNetworksAndTheInternetStandBesideTheAwsCloud() {
        DiagramGeometry g = geometryOf(Fixtures.hybridNetwork());
        Bounds cloud = g.awsCloud().orElseThrow();
        assertThat(g.get(id("onprem-office")).bounds().maxX()).isLessThan(cloud.x());
        assertThat(g.get(id("onprem-dc")).bounds().maxX()).isLessThan(cloud.x());
        assertThat(g.get(id("internet")).bounds().maxX()).isLessThan(cloud.x());
    }

    @Test
    void aPeeringConnectionIsDrawnBetweenItsVpcs() {
        DiagramGeometry g = geometryOf(Fixtures.hybridNetwork());
        double pcx = g.get(id("pcx-app-data")).bounds().centerX();
        assertThat(pcx).isBetween(g.get(id("vpc-app")).bounds().centerX(), g.get(id("vpc-data")).bounds().centerX());
    }

    // ---- stored layout and collapsing ----------------------------------------------------------

    @Test
    void storedBoundsAreRelativeToTheDiagramContainer() {
        Design d = Fixtures.privateLinkBasic();
        d.layout().setBounds(id("instance-a"), new Bounds(300, 120, 132, 104));
        DiagramGeometry g = geometryOf(d);
        Bounds subnet = g.get(id("subnet-a")).bounds();
        Bounds instance = g.get(id("instance-a")).bounds();
        assertThat(instance.x()).isEqualTo(subnet.x() + 300);
        assertThat(instance.y()).isEqualTo(subnet.y() + 120);
        assertThat(g.relativeBounds(id("instance-a"))).isEqualTo(new Bounds(300, 120, 132, 104));
        childrenLieInsideTheirContainers(d.topology(), g);
        siblingsDoNotOverlap(g);
    }

    @Test
    void aContainerGrowsToFitItsContentWhateverItsStoredSize() {
        Design d = Fixtures.privateLinkBasic();
        d.layout().setBounds(id("subnet-a"), new Bounds(16, 42, 20, 20));
        DiagramGeometry g = geometryOf(d);
        assertThat(g.get(id("subnet-a")).bounds().width()).isGreaterThan(2 * LayoutMetrics.CELL_WIDTH);
        childrenLieInsideTheirContainers(d.topology(), g);
    }

    @Test
    void aStoredSizeLargerThanTheContentIsKept() {
        Design d = Fixtures.privateLinkBasic();
        d.layout().setBounds(id("vpc-a"), new Bounds(16, 42, 1200, 900));
        DiagramGeometry g = geometryOf(d);
        assertThat(g.get(id("vpc-a")).bounds().width()).isEqualTo(1200);
        assertThat(g.get(id("vpc-a")).bounds().height()).isEqualTo(900);
        childrenLieInsideTheirContainers(d.topology(), g);
        siblingsDoNotOverlap(g);
    }

    @Test
    void aCollapsedContainerHidesItsContentAndLinesEndAtIt() {
        Design d = Fixtures.privateLinkBasic();
        d.layout().setCollapsed(id("vpc-b"), true);
        DiagramGeometry g = geometryOf(d);
        assertThat(g.get(id("vpc-b")).collapsed()).isTrue();
        assertThat(g.get(id("nlb-b")).hidden()).isTrue();
        assertThat(g.get(id("instance-b1")).hidden()).isTrue();
        assertThat(g.get(id("vpc-b")).bounds().height()).isLessThan(LayoutMetrics.MIN_GROUP_HEIGHT);
        assertThat(g.visibleNode(id("nlb-b")).orElseThrow().id()).isEqualTo(id("vpc-b"));
        DiagramConnection toLb = g.connections().stream().filter(c -> c.to().equals(id("nlb-b"))).findFirst().orElseThrow();
        Bounds vpcB = g.get(id("vpc-b")).bounds();
        assertThat(toLb.end().y()).isLessThanOrEqualTo(vpcB.y() + 1);
        // lines inside the collapsed VPC (load balancer to targets) disappear
        assertThat(g.connections()).noneMatch(c -> c.kind() == ConnectionKind.LOAD_BALANCER_TARGET);
    }

    @Test
    void theInnermostVisibleNodeIsFoundAtAPoint() {
        DiagramGeometry g = geometryOf(Fixtures.privateLinkBasic());
        Bounds instance = g.get(id("instance-a")).bounds();
        assertThat(g.nodeAt(instance.centerX(), instance.centerY()).orElseThrow().id()).isEqualTo(id("instance-a"));
        Bounds vpc = g.get(id("vpc-a")).bounds();
        assertThat(g.nodeAt(vpc.x() + 3, vpc.y() + 3).orElseThrow().id()).isEqualTo(id("vpc-a"));
        assertThat(g.nodeAt(-500, -500)).isEmpty();
    }

    @Test
    void anEmptyDesignHasAnEmptyGeometry() {
        DiagramGeometry g = DiagramGeometry.compute(new Topology(), new DiagramLayout());
        assertThat(g.nodes()).isEmpty();
        assertThat(g.connections()).isEmpty();
        assertThat(g.awsCloud()).isEmpty();
    }

    // ---- scale ----------------------------------------------------------------------------------------

    @Test
    void aDesignOfTwoThousandElementsIsLaidOutCorrectly() {
        Design d = LargeDesigns.hubAndSpoke(4, 12, 3, 2, 5);
        assertThat(d.topology().size()).isGreaterThan(2000);
        long start = System.nanoTime();
        DiagramGeometry g = geometryOf(d);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("geometry of " + d.topology().size() + " elements: " + millis + " ms (first run, cold JIT)");
        everyElementHasBounds(d.topology(), g);
        childrenLieInsideTheirContainers(d.topology(), g);
        siblingsDoNotOverlap(g);
        assertThat(g.connections().size()).isEqualTo(4 * 12 + 4 * 11 * 2);
    }

    @Test
    void everyIconOfTheSetLoads() {
        for (AwsIcon icon : AwsIcon.values()) {
            IconGraphic g = icon.graphic();
            assertThat(g.paths()).as("%s", icon).isNotEmpty();
            assertThat(List.of(40.0, 48.0, 64.0)).as("%s view box", icon).contains(g.viewBoxWidth());
            assertThat(g.paths()).allSatisfy(p -> assertThat(p.fill()).matches("#[0-9a-f]{6}"));
        }
    }
}
