package dev.linkwright.validation;

import static dev.linkwright.validation.DesignBuilder.ids;
import static dev.linkwright.validation.FindingAssert.assertFinds;
import static dev.linkwright.validation.FindingAssert.assertNoErrors;
import static dev.linkwright.validation.FindingAssert.assertNone;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.model.AttachmentType;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.TransitGateway;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-TGW-1..9: duplicate CIDRs, attachment subnets per AZ, association, Region, legacy referencing. */
class TransitGatewayRulesTest {

    @Test
    void transitHubBaselineIsValid() {
        ValidationReport report = Baselines.transitHub().validate();
        assertNoErrors(report);
        assertNone(report, "W_TGW_DUPLICATE_CIDR_NOT_PROPAGATED");
        assertNone(report, "W_TGW_NO_ATTACHMENT_SUBNET_IN_AZ");
    }

    private static DesignBuilder withVpcC(String cidr) {
        return Baselines.transitHub().vpc("VPC-C", "use1", cidr).az("VPC-C/a", "VPC-C", "us-east-1a")
                .subnet("c-tgw-1", "VPC-C/a", cidr.replace("0.0/16", "255.0/28"))
                .vpcAttachment("att-C", "tgw-1", "VPC-C", "c-tgw-1");
    }

    @Test
    void attachingAVpcWithAnIdenticalCidrIsNotPropagated() {
        assertFinds(withVpcC("10.1.0.0/16").validate(), "W_TGW_DUPLICATE_CIDR_NOT_PROPAGATED", "att-C", "VPC-C", "att-B", "VPC-B");
    }

    @Test
    void attachingAVpcWithADistinctCidrIsPropagated() {
        assertNone(withVpcC("10.2.0.0/16").validate(), "W_TGW_DUPLICATE_CIDR_NOT_PROPAGATED");
    }

    @Test
    void attachmentWithTwoSubnetsInOneAzIsRefused() {
        DesignBuilder d = Baselines.transitHub().subnet("a-tgw-3", "VPC-A/a", "10.0.255.32/28")
                .vpcAttachment("att-A", "tgw-1", "VPC-A", "a-tgw-1", "a-tgw-2", "a-tgw-3");
        assertFinds(d.validate(), "E_TGW_ATTACHMENT_DUPLICATE_AZ", "att-A", "a-tgw-3", "a-tgw-1");
    }

    @Test
    void subnetInAnAzWithoutAttachmentSubnetCannotReachTheTransitGateway() {
        DesignBuilder d = Baselines.transitHub().vpcAttachment("att-A", "tgw-1", "VPC-A", "a-tgw-2");
        assertFinds(d.validate(), "W_TGW_NO_ATTACHMENT_SUBNET_IN_AZ", "a-app", "att-A");
    }

    @Test
    void attachmentWithoutAssociationIsReportedWhenDefaultAssociationIsOff() {
        DesignBuilder d = Baselines.transitHub().edit("tgw-1", TransitGateway.class,
                t -> new TransitGateway(t.id(), t.name(), t.parent(), t.asn(), false, true, null, null, false, "available"));
        assertFinds(d.validate(), "W_TGW_ATTACHMENT_NOT_ASSOCIATED", "att-A");
        d.edit("att-A", TgwAttachment.class, a -> new TgwAttachment(a.id(), a.name(), a.parent(), a.type(), a.resource(), a.subnets(),
                DesignBuilder.id("tgw-rtb-default"), a.propagations(), false, null, "available"));
        assertThat(d.validate().withCode("W_TGW_ATTACHMENT_NOT_ASSOCIATED")).noneMatch(f -> f.elements().contains(DesignBuilder.id("att-A")))
                .anyMatch(f -> f.elements().contains(DesignBuilder.id("att-B")));
    }

    @Test
    void attachingAVpcOfAnotherRegionIsRefused() {
        DesignBuilder d = Baselines.transitHub().region("euw1", "111111111111", "eu-west-1").vpc("VPC-E", "euw1", "10.8.0.0/16")
                .vpcAttachment("att-E", "tgw-1", "VPC-E");
        assertFinds(d.validate(), "E_TGW_ATTACHMENT_CROSS_REGION", "att-E", "VPC-E");
    }

    @Test
    void attachingAVpcTwiceIsRefused() {
        DesignBuilder d = Baselines.transitHub().put(new TgwAttachment(DesignBuilder.id("att-A2"), "", DesignBuilder.id("tgw-1"), AttachmentType.VPC,
                DesignBuilder.id("VPC-A"), ids("a-tgw-1"), null, List.of(), false, null, "available"));
        assertFinds(d.validate(), "E_TGW_DUPLICATE_VPC_ATTACHMENT", "att-A2", "att-A");
    }

    @Test
    void securityGroupReferencingIsRefusedUnderTheLegacyProfile() {
        DesignBuilder d = Baselines.transitHub().edit("tgw-1", TransitGateway.class,
                t -> new TransitGateway(t.id(), t.name(), t.parent(), t.asn(), true, true, null, null, true, "available"));
        assertFinds(d.validate(RulesProfile.LEGACY_2020), "E_TGW_SG_REFERENCING_UNSUPPORTED", "tgw-1");
        assertNone(d.validate(RulesProfile.CURRENT), "E_TGW_SG_REFERENCING_UNSUPPORTED");
    }
}
