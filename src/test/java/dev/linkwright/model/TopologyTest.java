package dev.linkwright.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopologyTest {

    static final ElementId ACCOUNT = ElementId.of("111111111111");
    static final ElementId REGION = ElementId.of("111111111111/us-east-1");
    static final ElementId VPC = ElementId.of("vpc-a");
    static final ElementId AZ = ElementId.of("vpc-a/us-east-1a");
    static final ElementId SUBNET = ElementId.of("subnet-a");

    static Topology oneSubnet() {
        Topology t = new Topology();
        t.put(new Account(ACCOUNT, "Consumer", Map.of("us-east-1a", "use1-az1")));
        t.put(new Region(REGION, "", ACCOUNT, "us-east-1"));
        t.put(new Vpc(VPC, "VPC A", REGION, List.of(Cidr.parse("10.0.0.0/16")), List.of(), true, true));
        t.put(new AvailabilityZone(AZ, "", VPC, "us-east-1a", null));
        t.put(new RouteTable(ElementId.of("rtb-a"), "", VPC, true, List.of(), List.of()));
        t.put(new Subnet(SUBNET, "", AZ, Cidr.parse("10.0.1.0/24"), null, ElementId.of("rtb-a"), null));
        return t;
    }

    static Instance instance(String id, String ip) {
        return new Instance(ElementId.of(id), "", SUBNET, Ipv4Address.parse(ip), List.of(), null, List.of(), true, null, null);
    }

    @Test
    void containmentIsATreeOfParentIds() {
        Topology t = oneSubnet();
        t.put(instance("i-1", "10.0.1.10"));
        assertThat(t.children(VPC)).extracting(Element::id).containsExactly(AZ, ElementId.of("rtb-a"));
        assertThat(t.children(null)).extracting(Element::id).containsExactly(ACCOUNT);
        assertThat(t.ancestor(ElementId.of("i-1"), Vpc.class)).map(Vpc::id).contains(VPC);
        assertThat(Placement.zoneIdOf(t, ElementId.of("i-1"))).isEqualTo("use1-az1");
        assertThat(Placement.regionCodeOf(t, ElementId.of("i-1"))).isEqualTo("us-east-1");
    }

    @Test
    void referencesAreGraphEdgesThatCanBeFollowedBackwards() {
        Topology t = oneSubnet();
        assertThat(t.referrers(ElementId.of("rtb-a"))).containsExactly(SUBNET);
        assertThat(t.graph().containsEdge(SUBNET, ElementId.of("rtb-a"))).isTrue();
    }

    @Test
    void anElementOnlyGoesWhereAwsAllows() {
        Topology t = oneSubnet();
        Subnet inVpc = new Subnet(ElementId.of("subnet-x"), "", VPC, Cidr.parse("10.0.2.0/24"), null, null, null);
        assertThatThrownBy(() -> t.put(inVpc)).hasMessageContaining("cannot be placed in VPC 'vpc-a'")
                .hasMessageContaining("Availability Zone");
        assertThatThrownBy(() -> t.put(new Region(ElementId.of("r"), "", null, "us-east-1"))).hasMessageContaining("needs a parent");
    }

    @Test
    void replacingKeepsDocumentOrder() {
        Topology t = oneSubnet();
        Vpc renamed = new Vpc(VPC, "Renamed", REGION, List.of(Cidr.parse("10.0.0.0/16")), List.of(), true, true);
        t.put(renamed);
        assertThat(t.ids().indexOf(VPC)).isEqualTo(2);
        assertThat(t.get(VPC).name()).isEqualTo("Renamed");
    }

    @Test
    void aContainerWithChildrenCannotBeRemoved() {
        Topology t = oneSubnet();
        assertThatThrownBy(() -> t.remove(VPC)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void removeAndRestorePutsTheElementBackInPlace() {
        Topology t = oneSubnet();
        List<ElementId> before = t.ids();
        Topology.Removed removed = t.remove(ElementId.of("rtb-a"));
        assertThat(t.referrers(ElementId.of("rtb-a"))).containsExactly(SUBNET);
        t.restore(removed.element(), removed.order());
        assertThat(t.ids()).isEqualTo(before);
    }

    @Test
    void nestedIdsAreUniqueAcrossTheDesign() {
        Topology t = oneSubnet();
        t.put(new Instance(ElementId.of("i-1"), "", SUBNET, Ipv4Address.parse("10.0.1.10"), List.of(), null, List.of(), true, null,
                ElementId.of("eni-1")));
        assertThat(t.owner(ElementId.of("eni-1"))).map(Element::id).contains(ElementId.of("i-1"));
        assertThatThrownBy(() -> t.put(instance("eni-1", "10.0.1.11"))).hasMessageContaining("already used");
    }

    @Test
    void listenersHearAGroupOfChangesOnce() {
        Topology t = oneSubnet();
        List<TopologyChange> heard = new ArrayList<>();
        t.addListener(heard::add);
        t.beginUpdate();
        t.put(instance("i-1", "10.0.1.10"));
        t.put(instance("i-2", "10.0.1.11"));
        t.put(instance("i-1", "10.0.1.12"));
        t.remove(ElementId.of("i-2"));
        t.endUpdate();
        assertThat(heard).hasSize(1);
        assertThat(heard.get(0).added()).containsExactly(ElementId.of("i-1"));
        assertThat(heard.get(0).removed()).isEmpty();
    }

    @Test
    void aSnapshotIsUntouchedByLaterEdits() {
        Topology t = oneSubnet();
        Topology snapshot = t.snapshot();
        t.put(instance("i-1", "10.0.1.10"));
        assertThat(snapshot.contains(ElementId.of("i-1"))).isFalse();
        assertThat(snapshot.referrers(ElementId.of("rtb-a"))).containsExactly(SUBNET);
        assertThat(snapshot.sameContentAs(oneSubnet())).isTrue();
    }

    @Test
    void kindsHaveReadablePhrases() {
        assertThat(ElementKind.SUBNET.phrase()).isEqualTo("a subnet");
        assertThat(ElementKind.INTERFACE_ENDPOINT.phrase()).isEqualTo("an interface endpoint");
        assertThat(ElementKind.VPC.phrase()).isEqualTo("a VPC");
        assertThat(ElementKind.LOAD_BALANCER.phrase()).isEqualTo("a Network Load Balancer");
        assertThat(ElementKind.NAT_GATEWAY.phrase()).isEqualTo("a NAT gateway");
    }
}
