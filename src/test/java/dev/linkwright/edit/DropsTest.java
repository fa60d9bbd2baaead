package dev.linkwright.edit;

import static dev.linkwright.edit.EditFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.command.CommandStack;
import dev.linkwright.command.Edits;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.Instance;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.Vpc;
import org.junit.jupiter.api.Test;

/** Dropping palette items: where AWS allows each kind, with defaults and reasons. */
class DropsTest {

    private final Design design = EditFixtures.privateLink();

    @Test
    void anInstanceDroppedInASubnetGetsTheNextFreeAddressAndAReadableId() {
        Drops.Check c = Drops.check(design.topology(), ElementKind.INSTANCE, id("subnet-b"));
        assertThat(c.allowed()).isTrue();
        assertThat(c.target()).isEqualTo(id("subnet-b"));
        Instance i = (Instance) c.creation().first();
        assertThat(i.id().value()).isEqualTo("instance-1");
        assertThat(i.parent()).isEqualTo(id("subnet-b"));
        assertThat(i.privateIp().toString()).isEqualTo("10.1.1.10"); // .5 is the NLB node, .11 and .12 the instances
    }

    @Test
    void aSubnetDroppedInAnAvailabilityZoneGetsAFreeBlockOfItsVpc() {
        Drops.Check c = Drops.check(design.topology(), ElementKind.SUBNET, id("vpc-a/us-east-1a"));
        assertThat(c.allowed()).isTrue();
        Subnet s = (Subnet) c.creation().first();
        assertThat(s.cidr().toString()).isEqualTo("10.0.0.0/24");
        assertThat(s.parent()).isEqualTo(id("vpc-a/us-east-1a"));
    }

    @Test
    void aSubnetDroppedOnAVpcIsRefusedWithTheReason() {
        Drops.Check c = Drops.check(design.topology(), ElementKind.SUBNET, id("vpc-a"));
        assertThat(c.allowed()).isFalse();
        assertThat(c.message()).isEqualTo("A subnet goes in an Availability Zone of a VPC: drop it on an Availability Zone (a dashed box).");
    }

    @Test
    void anInstanceOutsideASubnetIsRefused() {
        Drops.Check c = Drops.check(design.topology(), ElementKind.INSTANCE, id("vpc-a"));
        assertThat(c.allowed()).isFalse();
        assertThat(c.message()).startsWith("An EC2 instance goes in a subnet");
    }

    @Test
    void aLoadBalancerNeedsASubnetAndBelongsToItsVpc() {
        assertThat(Drops.check(design.topology(), ElementKind.LOAD_BALANCER, id("vpc-b")).message())
                .contains("is placed in subnets");
        Drops.Check c = Drops.check(design.topology(), ElementKind.LOAD_BALANCER, id("subnet-b"));
        LoadBalancer lb = (LoadBalancer) c.creation().first();
        assertThat(lb.parent()).isEqualTo(id("vpc-b"));
        assertThat(lb.nodes()).singleElement().satisfies(n -> assertThat(n.subnet()).isEqualTo(id("subnet-b")));
    }

    @Test
    void anInternetGatewayDroppedOnASubnetGoesToItsVpc() {
        Drops.Check c = Drops.check(design.topology(), ElementKind.INTERNET_GATEWAY, id("subnet-a"));
        assertThat(c.allowed()).isTrue();
        assertThat(c.target()).isEqualTo(id("vpc-a"));
        assertThat(c.creation().first().parent()).isEqualTo(id("vpc-a"));
    }

    @Test
    void onPremisesGoesOutsideAws() {
        assertThat(Drops.check(design.topology(), ElementKind.ON_PREMISES_NETWORK, id("vpc-a")).message())
                .isEqualTo("An on-premises network sits outside AWS: drop it on empty space beside the AWS Cloud.");
        assertThat(Drops.check(design.topology(), ElementKind.ON_PREMISES_NETWORK, null).allowed()).isTrue();
    }

    @Test
    void aVpcComesWithAFreeBlockAndAMainRouteTable() {
        Drops.Check c = Drops.check(design.topology(), ElementKind.VPC, id("111111111111/us-east-1"));
        Vpc vpc = (Vpc) c.creation().first();
        assertThat(vpc.cidrBlocks()).extracting(Object::toString).containsExactly("10.2.0.0/16");
        assertThat(c.creation().elements()).hasSize(2);
        assertThat(c.creation().elements().get(1)).isInstanceOfSatisfying(RouteTable.class, rt -> assertThat(rt.main()).isTrue());
    }

    @Test
    void aVpcDroppedOnAnEmptyDesignBringsAnAccountAndARegion() {
        Design empty = Design.empty();
        Drops.Check c = Drops.check(empty.topology(), ElementKind.VPC, null);
        assertThat(c.allowed()).isTrue();
        assertThat(c.creation().elements()).extracting(e -> e.kind()).containsExactly(ElementKind.ACCOUNT, ElementKind.REGION,
                ElementKind.VPC, ElementKind.ROUTE_TABLE);
        CommandStack stack = new CommandStack(empty);
        stack.execute(Edits.group("add", c.creation().elements().stream()
                .map(e -> (dev.linkwright.command.Command) new dev.linkwright.command.PutElement(e, "")).toList()));
        assertThat(empty.topology().size()).isEqualTo(4);
    }

    @Test
    void anAvailabilityZoneTakesTheNextNameOfTheAccountsMap() {
        Drops.Check c = Drops.check(design.topology(), ElementKind.AVAILABILITY_ZONE, id("vpc-a"));
        assertThat(((dev.linkwright.model.AvailabilityZone) c.creation().first()).zoneName()).isEqualTo("us-east-1b");
        assertThat(c.creation().first().id()).isEqualTo(id("vpc-a/us-east-1b"));
    }
}
