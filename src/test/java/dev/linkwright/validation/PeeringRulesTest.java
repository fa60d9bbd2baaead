package dev.linkwright.validation;

import static dev.linkwright.validation.DesignBuilder.route;
import static dev.linkwright.validation.DesignBuilder.tcpFrom;
import static dev.linkwright.validation.DesignBuilder.tcpFromGroup;
import static dev.linkwright.validation.FindingAssert.assertFinds;
import static dev.linkwright.validation.FindingAssert.assertNoErrors;
import static dev.linkwright.validation.FindingAssert.assertNone;
import static dev.linkwright.validation.FindingAssert.assertOnlyErrors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.PeeringState;
import dev.linkwright.model.TransitGateway;
import org.junit.jupiter.api.Test;

/** R-PCX-2, R-PCX-3, R-SG-3, R-PCX-8: peering between overlapping VPCs, duplicates, security-group references. */
class PeeringRulesTest {

    @Test
    void peeredBaselineIsValid() {
        assertNoErrors(Baselines.peered().validate());
    }

    @Test
    void peeringBetweenOverlappingSecondaryBlocksIsRefused() {
        // V07: VPC-A 10.0.0.0/16 + 10.5.0.0/16, VPC-B 10.5.0.0/16, peering requested A -> B
        DesignBuilder d = new DesignBuilder().account("111111111111").region("use1", "111111111111", "us-east-1")
                .vpc("VPC-A", "use1", "10.0.0.0/16", "10.5.0.0/16").vpc("VPC-B", "use1", "10.5.0.0/16")
                .peering("pcx-AB", "use1", "VPC-A", "VPC-B")
                .edit("pcx-AB", PeeringConnection.class, p -> new PeeringConnection(p.id(), p.name(), p.parent(), p.requesterVpc(), p.accepterVpc(),
                        PeeringState.INITIATING_REQUEST));
        ValidationReport report = d.validate();
        Finding f = assertFinds(report, "E_PEERING_CIDR_OVERLAP", "pcx-AB", "VPC-A", "VPC-B");
        assertThat(f.message()).contains("10.5.0.0/16");
        assertOnlyErrors(report, "E_PEERING_CIDR_OVERLAP");
    }

    @Test
    void peeringBetweenDisjointVpcsIsAccepted() {
        assertNone(Baselines.peered().validate(), "E_PEERING_CIDR_OVERLAP");
    }

    @Test
    void peeringAVpcWithItselfIsRefused() {
        assertFinds(Baselines.peered().peering("pcx-AA", "use1", "VPC-A", "VPC-A").validate(), "E_PEERING_CIDR_OVERLAP", "pcx-AA", "VPC-A");
    }

    @Test
    void secondPeeringBetweenTheSameVpcsIsRefused() {
        ValidationReport report = Baselines.peered().peering("pcx-BA", "use1", "VPC-B", "VPC-A").validate();
        assertFinds(report, "E_PEERING_DUPLICATE", "pcx-BA", "pcx-AB");
        assertThat(report.withCode("E_PEERING_DUPLICATE")).hasSize(1);
    }

    @Test
    void deletedPeeringDoesNotCountAsDuplicate() {
        DesignBuilder d = Baselines.peered().peering("pcx-old", "use1", "VPC-A", "VPC-B")
                .edit("pcx-old", PeeringConnection.class, p -> new PeeringConnection(p.id(), p.name(), p.parent(), p.requesterVpc(), p.accepterVpc(),
                        PeeringState.DELETED));
        assertNone(d.validate(), "E_PEERING_DUPLICATE");
    }

    private static DesignBuilder interRegionPeering() {
        return new DesignBuilder().account("111111111111").region("use1", "111111111111", "us-east-1").region("euw1", "111111111111", "eu-west-1")
                .vpc("VPC-A", "use1", "10.0.0.0/16").vpc("VPC-E", "euw1", "10.8.0.0/16")
                .peering("pcx-AE", "use1", "VPC-A", "VPC-E")
                .securityGroup("sg-a1", "VPC-A").securityGroup("sg-e1", "VPC-E", tcpFrom(5432, "10.0.0.0/16"));
    }

    @Test
    void securityGroupReferenceAcrossRegionsIsRefused() {
        DesignBuilder d = interRegionPeering().securityGroup("sg-e1", "VPC-E", tcpFromGroup(5432, "sg-a1"));
        ValidationReport report = d.validate();
        assertFinds(report, "E_SG_REFERENCE_CROSS_REGION", "sg-e1", "sg-a1");
        assertNone(report, "W_SG_REFERENCE_NOT_CONNECTED");
    }

    @Test
    void peerCidrInsteadOfAReferenceAcrossRegionsIsAccepted() {
        assertNoErrors(interRegionPeering().validate());
    }

    @Test
    void securityGroupReferenceOverSameRegionPeeringIsAccepted() {
        ValidationReport report = Baselines.peered().securityGroup("sg-b1", "VPC-B", tcpFromGroup(5432, "sg-a1")).validate();
        assertNone(report, "E_SG_REFERENCE_CROSS_REGION");
        assertNone(report, "W_SG_REFERENCE_NOT_CONNECTED");
    }

    @Test
    void securityGroupReferenceToAnUnconnectedVpcIsStale() {
        DesignBuilder d = Baselines.peered().remove("pcx-AB").routeTable("rtb-a", "VPC-A").routeTable("rtb-b", "VPC-B")
                .securityGroup("sg-b1", "VPC-B", tcpFromGroup(5432, "sg-a1"));
        assertFinds(d.validate(), "W_SG_REFERENCE_NOT_CONNECTED", "sg-b1", "sg-a1");
    }

    @Test
    void securityGroupReferenceThroughATransitGatewayNeedsReferencingSupport() {
        DesignBuilder d = Baselines.transitHub().securityGroup("sg-b1", "VPC-B", tcpFromGroup(5432, "sg-a1"));
        assertFinds(d.validate(), "W_SG_REFERENCE_NOT_CONNECTED", "sg-b1", "sg-a1");
        d.edit("tgw-1", TransitGateway.class, t -> new TransitGateway(t.id(), t.name(), t.parent(), t.asn(), true, true, null, null, true, "available"));
        assertNone(d.validate(), "W_SG_REFERENCE_NOT_CONNECTED");
    }

    @Test
    void referenceToAGroupOutsideTheDesignIsDangling() {
        DesignBuilder d = Baselines.peered().securityGroup("sg-b1", "VPC-B", tcpFromGroup(5432, "sg-elsewhere"));
        assertFinds(d.validate(), "W_DANGLING_REFERENCE", "sg-b1", "sg-elsewhere");
        assertNone(Baselines.peered().validate(), "W_DANGLING_REFERENCE");
    }

    @Test
    void routesStayValidWhenBothSidesRouteOverThePeering() {
        assertNoErrors(Baselines.peered().routeTable("rtb-a", "VPC-A", route("10.1.1.0/24", "pcx-AB")).validate());
    }
}
