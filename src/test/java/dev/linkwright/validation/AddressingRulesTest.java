package dev.linkwright.validation;

import static dev.linkwright.validation.DesignBuilder.cidr;
import static dev.linkwright.validation.DesignBuilder.id;
import static dev.linkwright.validation.FindingAssert.assertFinds;
import static dev.linkwright.validation.FindingAssert.assertNoErrors;
import static dev.linkwright.validation.FindingAssert.assertNone;
import static dev.linkwright.validation.FindingAssert.assertOnlyErrors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.model.Instance;
import dev.linkwright.model.NetworkAcl;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.Vpc;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-VPC-1..6: VPC and subnet blocks, reserved and duplicate addresses, associations inside one VPC. */
class AddressingRulesTest {

    private static DesignBuilder oneVpc(String... vpcBlocks) {
        return new DesignBuilder().account("111111111111", "us-east-1a=use1-az1", "us-east-1b=use1-az2").region("r", "111111111111", "us-east-1")
                .vpc("VPC-1", "r", vpcBlocks).az("VPC-1/a", "VPC-1", "us-east-1a").az("VPC-1/b", "VPC-1", "us-east-1b");
    }

    @Test
    void vpcBlockLargerThanSlash16IsRefused() {
        assertFinds(oneVpc("10.0.0.0/15").validate(), "E_VPC_PREFIX_OUT_OF_RANGE", "VPC-1");
        assertFinds(oneVpc("10.0.0.0/16", "10.2.0.0/29").validate(), "E_VPC_PREFIX_OUT_OF_RANGE", "VPC-1");
    }

    @Test
    void vpcBlocksFromSlash16ToSlash28AreAccepted() {
        assertNone(oneVpc("10.0.0.0/16", "10.2.0.0/28").validate(), "E_VPC_PREFIX_OUT_OF_RANGE");
    }

    @Test
    void secondaryBlockOverlappingThePrimaryIsRefused() {
        assertFinds(oneVpc("10.0.0.0/16", "10.0.128.0/17").validate(), "E_VPC_CIDR_OVERLAP", "VPC-1");
    }

    @Test
    void disjointSecondaryBlockIsAccepted() {
        assertNoErrors(oneVpc("10.0.0.0/16", "10.5.0.0/16").validate());
    }

    @Test
    void linkLocalVpcBlockIsRefused() {
        assertFinds(oneVpc("169.254.0.0/16").validate(), "E_VPC_CIDR_RESTRICTED_RANGE", "VPC-1");
    }

    @Test
    void secondaryBlockFromAnotherPrivateRangeIsRefused() {
        assertFinds(oneVpc("10.0.0.0/16", "192.168.0.0/16").validate(), "E_VPC_CIDR_RESTRICTED_RANGE", "VPC-1");
        assertFinds(oneVpc("10.0.0.0/16", "198.19.0.0/16").validate(), "E_VPC_CIDR_RESTRICTED_RANGE", "VPC-1");
    }

    @Test
    void secondaryBlockFromSharedAddressSpaceIsAccepted() {
        assertNoErrors(oneVpc("10.0.0.0/16", "100.64.0.0/16", "10.1.0.0/16").validate());
    }

    @Test
    void blockWithHostBitsIsReportedWithACanonicalQuickFix() {
        DesignBuilder d = oneVpc("100.68.0.0/16").subnet("subnet-1", "VPC-1/a", "100.68.0.18/18");
        ValidationReport report = d.validate();
        Finding f = assertFinds(report, "W_CIDR_NOT_CANONICAL", "subnet-1");
        assertThat(f.message()).contains("100.68.0.0/18");
        assertThat(f.quickFix()).isNotNull();
        assertThat(((Subnet) f.quickFix().replacements().get(0)).cidr()).isEqualTo(cidr("100.68.0.0/18"));
        assertThat(((Subnet) f.quickFix().replacements().get(0)).cidr().isCanonical()).isTrue();
        assertNoErrors(report);
    }

    @Test
    void canonicalBlocksAreNotReported() {
        assertNone(oneVpc("100.68.0.0/16").subnet("subnet-1", "VPC-1/a", "100.68.0.0/18").validate(), "W_CIDR_NOT_CANONICAL");
    }

    @Test
    void subnetOutsideVpcIsRefused() {
        ValidationReport report = oneVpc("10.0.0.0/16").subnet("subnet-1", "VPC-1/a", "10.1.0.0/24").validate();
        assertFinds(report, "E_SUBNET_CIDR_NOT_IN_VPC", "subnet-1", "VPC-1");
        assertOnlyErrors(report, "E_SUBNET_CIDR_NOT_IN_VPC");
    }

    @Test
    void subnetInsideASecondaryBlockIsAccepted() {
        assertNoErrors(oneVpc("10.0.0.0/16", "10.5.0.0/16").subnet("subnet-1", "VPC-1/a", "10.5.3.0/24").validate());
    }

    @Test
    void ipv6SubnetOutsideTheVpcIsRefused() {
        DesignBuilder d = oneVpc("10.0.0.0/16").subnet6("subnet-1", "VPC-1/a", "10.0.1.0/24", "2600:1f18:1:100::/64", null);
        assertFinds(d.validate(), "E_SUBNET_CIDR_NOT_IN_VPC", "subnet-1");
    }

    @Test
    void slash29SubnetIsRefused() {
        assertFinds(oneVpc("10.0.0.0/16").subnet("subnet-1", "VPC-1/a", "10.0.1.0/29").validate(), "E_SUBNET_PREFIX_OUT_OF_RANGE", "subnet-1");
    }

    @Test
    void slash28SubnetIsAccepted() {
        assertNoErrors(oneVpc("10.0.0.0/16").subnet("subnet-1", "VPC-1/a", "10.0.1.0/28").validate());
    }

    @Test
    void ipv6SubnetThatIsNotSlash64IsRefused() {
        DesignBuilder d = new DesignBuilder().account("111111111111").region("r", "111111111111", "us-east-1")
                .vpc6("VPC-1", "r", "10.0.0.0/16", "2600:1f18:1:100::/56").az("VPC-1/a", "VPC-1", "us-east-1a")
                .subnet6("subnet-1", "VPC-1/a", "10.0.1.0/24", "2600:1f18:1:100::/60", null);
        assertFinds(d.validate(), "E_SUBNET_PREFIX_OUT_OF_RANGE", "subnet-1");
        d.subnet6("subnet-1", "VPC-1/a", "10.0.1.0/24", "2600:1f18:1:100::/64", null);
        assertNoErrors(d.validate());
    }

    @Test
    void overlappingSubnetsAreRefused() {
        ValidationReport report = oneVpc("10.0.0.0/16").subnet("subnet-1", "VPC-1/a", "10.0.0.0/23")
                .subnet("subnet-2", "VPC-1/b", "10.0.1.0/24").validate();
        assertFinds(report, "E_SUBNET_CIDR_CONFLICT", "subnet-2", "subnet-1", "VPC-1");
        assertThat(report.withCode("E_SUBNET_CIDR_CONFLICT")).hasSize(1);
    }

    @Test
    void adjacentSubnetsAreAccepted() {
        assertNoErrors(oneVpc("10.0.0.0/16").subnet("subnet-1", "VPC-1/a", "10.0.0.0/24").subnet("subnet-2", "VPC-1/b", "10.0.1.0/24").validate());
    }

    @Test
    void reservedAddressesAreRefusedForEveryKindOfInterface() {
        DesignBuilder d = Baselines.privateLink()
                .instance("i-c1", "c-app", "10.0.1.3", "sg-c1")
                .interfaceEndpoint("vpce-c1", "VPC-C", "vpce-svc-0p1", "c-vpce=10.0.10.255")
                .nlb("nlb-p1", "VPC-P", 443, "tg-p1", "p-nlb=10.1.10.1");
        ValidationReport report = d.validate();
        assertFinds(report, "E_IP_RESERVED", "i-c1", "c-app");
        assertFinds(report, "E_IP_RESERVED", "vpce-c1", "c-vpce");
        assertFinds(report, "E_IP_RESERVED", "nlb-p1", "p-nlb");
        assertOnlyErrors(report, "E_IP_RESERVED");
    }

    @Test
    void fifthAndSecondToLastAddressesAreAssignable() {
        assertNoErrors(Baselines.privateLink().instance("i-c1", "c-app", "10.0.1.4", "sg-c1")
                .instance("i-c2", "c-app", "10.0.1.254", "sg-c1").validate());
    }

    @Test
    void addressOutsideItsSubnetIsRefused() {
        ValidationReport report = Baselines.privateLink().instance("i-c1", "c-app", "10.0.2.10", "sg-c1").validate();
        assertFinds(report, "E_IP_NOT_IN_SUBNET", "i-c1", "c-app");
    }

    @Test
    void addressUsedTwiceInASubnetIsRefused() {
        ValidationReport report = Baselines.privateLink().instance("i-c2", "c-app", "10.0.1.10", "sg-c1").validate();
        assertFinds(report, "E_IP_DUPLICATE", "i-c2", "i-c1", "c-app");
    }

    @Test
    void sameAddressInTwoVpcsIsAccepted() {
        // S13: PrivateLink between overlapping VPCs; i-p1 has the same address as i-c1
        DesignBuilder d = Baselines.privateLink()
                .edit("VPC-P", Vpc.class, v -> new Vpc(v.id(), v.name(), v.parent(), List.of(cidr("10.0.0.0/16")), List.of(), true, true))
                .subnet("p-nlb", "VPC-P/c", "10.0.10.0/24").subnet("p-app", "VPC-P/c", "10.0.1.0/24")
                .instance("i-p1", "p-app", "10.0.1.10", "sg-p1").nlb("nlb-p1", "VPC-P", 443, "tg-p1", "p-nlb=10.0.10.5");
        assertNoErrors(d.validate());
    }

    @Test
    void zoneOfAnotherRegionIsRefused() {
        ValidationReport report = oneVpc("10.0.0.0/16").az("VPC-1/x", "VPC-1", "eu-west-1a").validate();
        assertFinds(report, "E_AZ_NOT_IN_REGION", "VPC-1/x");
        assertNone(oneVpc("10.0.0.0/16").validate(), "E_AZ_NOT_IN_REGION");
    }

    @Test
    void subnetUsingAnotherVpcsRouteTableIsRefused() {
        DesignBuilder d = Baselines.peered().subnet("a-app", "VPC-A/a", "10.0.1.0/24", "rtb-b");
        assertFinds(d.validate(), "E_CROSS_VPC_ASSOCIATION", "a-app", "rtb-b");
        assertNone(Baselines.peered().validate(), "E_CROSS_VPC_ASSOCIATION");
    }

    @Test
    void instanceWithAnotherVpcsSecurityGroupIsRefused() {
        DesignBuilder d = Baselines.peered().edit("i-a1", Instance.class, i -> new Instance(i.id(), i.name(), i.parent(), i.privateIp(),
                i.secondaryIps(), null, List.of(id("sg-b1")), true, "running", null));
        assertFinds(d.validate(), "E_CROSS_VPC_ASSOCIATION", "i-a1", "sg-b1");
    }

    @Test
    void twoMainRouteTablesAreRefusedWithAQuickFix() {
        DesignBuilder d = oneVpc("10.0.0.0/16").mainRouteTable("rtb-1", "VPC-1").mainRouteTable("rtb-2", "VPC-1");
        Finding f = assertFinds(d.validate(), "E_VPC_MULTIPLE_MAIN_ROUTE_TABLES", "rtb-2", "VPC-1");
        assertThat(f.quickFix().replacements()).hasSize(1);
        d.put(f.quickFix().replacements().get(0));
        assertNone(d.validate(), "E_VPC_MULTIPLE_MAIN_ROUTE_TABLES");
    }

    @Test
    void twoDefaultNetworkAclsAreRefused() {
        DesignBuilder d = oneVpc("10.0.0.0/16").networkAcl("acl-1", "VPC-1", true).networkAcl("acl-2", "VPC-1", true);
        assertFinds(d.validate(), "E_VPC_MULTIPLE_DEFAULT_NETWORK_ACLS", "acl-2", "VPC-1");
        d.edit("acl-2", NetworkAcl.class, a -> new NetworkAcl(a.id(), a.name(), a.parent(), false, a.ingress(), a.egress()));
        assertNone(d.validate(), "E_VPC_MULTIPLE_DEFAULT_NETWORK_ACLS");
    }
}
