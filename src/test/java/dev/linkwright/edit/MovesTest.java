package dev.linkwright.edit;

import static dev.linkwright.edit.EditFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.model.Design;
import dev.linkwright.model.Instance;
import org.junit.jupiter.api.Test;

/** Moving elements between containers: what may move where, and what changes on the way. */
class MovesTest {

    private final Design design = EditFixtures.privateLink();

    @Test
    void anInstanceMovedToAnotherVpcGetsAnAddressThereAndLeavesItsGroupsBehind() {
        Moves.Check c = Moves.check(design.topology(), id("instance-a"), id("subnet-a"), id("subnet-b"));
        assertThat(c.allowed()).isTrue();
        Instance moved = (Instance) c.replacements().get(0);
        assertThat(moved.parent()).isEqualTo(id("subnet-b"));
        assertThat(moved.privateIp().toString()).isEqualTo("10.1.1.10");
        assertThat(moved.securityGroups()).isEmpty();
        assertThat(c.notes()).anyMatch(n -> n.contains("sg-client"));
    }

    @Test
    void anAvailabilityZoneStaysInItsVpc() {
        Moves.Check c = Moves.check(design.topology(), id("vpc-a/us-east-1a"), id("vpc-a"), id("vpc-b"));
        assertThat(c.allowed()).isFalse();
        assertThat(c.reason()).startsWith("An Availability Zone belongs to its VPC");
    }

    @Test
    void aSubnetHoldingALoadBalancerNodeCannotLeaveItsVpc() {
        Moves.Check c = Moves.check(design.topology(), id("subnet-b"), id("vpc-b/us-east-1a"), id("vpc-a/us-east-1a"));
        assertThat(c.allowed()).isFalse();
        assertThat(c.reason()).contains("nlb-b");
    }

    @Test
    void aSecurityGroupInUseStaysInItsVpc() {
        Moves.Check c = Moves.check(design.topology(), id("sg-client"), id("vpc-a"), id("vpc-b"));
        assertThat(c.allowed()).isFalse();
        assertThat(c.reason()).isEqualTo("client is used by instance-a: it cannot leave VPC A.");
    }

    @Test
    void theLandingContainerIsTheNearestThatMayHoldTheElement() {
        assertThat(Moves.landingContainer(design.topology(), design.topology().get(id("sg-client")), id("subnet-a")))
                .isEqualTo(id("vpc-a"));
        assertThat(Moves.landingContainer(design.topology(), design.topology().get(id("instance-a")), id("vpc-b")))
                .isNull();
    }
}
