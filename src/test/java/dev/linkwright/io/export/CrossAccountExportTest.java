package dev.linkwright.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkwright.io.export.cloudformation.CloudFormationExporter;
import dev.linkwright.io.export.terraform.TerraformExporter;
import dev.linkwright.model.Design;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Links between accounts and Regions: each side is created through its own provider or stack. */
class CrossAccountExportTest {

    private static final Design DESIGN = ExportTesting.load(Path.of("src/test/resources/export/cross-account.json"));

    private static JsonNode terraform() throws Exception {
        return new TerraformExporter().render(DESIGN, ExportOptions.defaults(), new SummaryBuilder(ExportFormat.TERRAFORM_JSON),
                ExportProgress.NONE).path("resource");
    }

    private static JsonNode stack(JsonNode doc, String name) {
        for (JsonNode s : doc.path("Stacks")) {
            if (s.path("StackName").asText().equals(name)) {
                return s.path("Template");
            }
        }
        throw new AssertionError("no stack " + name);
    }

    @Test
    void terraformAcceptsCrossAccountPeeringInTheAccepterAccount() throws Exception {
        JsonNode tf = terraform();
        JsonNode pcx = tf.path("aws_vpc_peering_connection").path("pcx_data");
        assertThat(pcx.path("peer_owner_id").asText()).isEqualTo("222222222222");
        assertThat(pcx.has("auto_accept")).isFalse();
        assertThat(tf.path("aws_vpc_peering_connection_accepter").path("pcx_data_accepter").path("provider").asText())
                .isEqualTo("aws.acct222222222222_us_east_1");
        JsonNode eu = tf.path("aws_vpc_peering_connection").path("pcx_eu");
        assertThat(eu.path("peer_region").asText()).isEqualTo("us-east-1");
        assertThat(tf.path("aws_vpc_peering_connection_accepter").path("pcx_eu_accepter").path("provider").asText())
                .isEqualTo("aws.acct111111111111_us_east_1");
    }

    @Test
    void terraformSharesTheTransitGatewayAndAcceptsTheAttachment() throws Exception {
        JsonNode tf = terraform();
        assertThat(tf.path("aws_ram_principal_association").path("tgw_shared_share_111111111111").path("principal").asText())
                .isEqualTo("111111111111");
        assertThat(tf.path("aws_ec2_transit_gateway_vpc_attachment").path("tgw_att_app").path("provider").asText())
                .isEqualTo("aws.acct111111111111_us_east_1");
        assertThat(tf.path("aws_ec2_transit_gateway_vpc_attachment_accepter").path("tgw_att_app").path("provider").asText())
                .isEqualTo("aws.acct222222222222_us_east_1");
        assertThat(tf.path("aws_ec2_transit_gateway_route").path("tgw_rtb_default_route_10_200_0_0_16")
                .path("transit_gateway_route_table_id").asText())
                .as("the modelled default table is the one AWS creates")
                .isEqualTo("${aws_ec2_transit_gateway.tgw_shared.association_default_route_table_id}");
    }

    @Test
    void terraformProposesTheDirectConnectAssociationFromTheGatewaysAccount() throws Exception {
        JsonNode tf = terraform();
        JsonNode proposal = tf.path("aws_dx_gateway_association_proposal").path("dxgw_shared_proposal_vgw_app");
        assertThat(proposal.path("provider").asText()).isEqualTo("aws.acct111111111111_us_east_1");
        assertThat(proposal.path("dx_gateway_owner_account_id").asText()).isEqualTo("222222222222");
        assertThat(tf.path("aws_dx_gateway_association").path("dxgw_shared_association_vgw_app").path("proposal_id").asText())
                .isEqualTo("${aws_dx_gateway_association_proposal.dxgw_shared_proposal_vgw_app.id}");
    }

    @Test
    void aSecurityGroupOfAnotherAccountIsNamedWithItsAccount() throws Exception {
        JsonNode rule = terraform().path("aws_vpc_security_group_ingress_rule").path("sg_app_ingress_1");
        assertThat(rule.path("referenced_security_group_id").asText()).isEqualTo("222222222222/${aws_security_group.sg_data.id}");
    }

    @Test
    void cloudFormationGivesTheRequesterTheAccepterRoleFromTheOtherStack() throws Exception {
        SummaryBuilder summary = new SummaryBuilder(ExportFormat.CLOUDFORMATION_JSON);
        JsonNode doc = new CloudFormationExporter(false).render(DESIGN, ExportOptions.defaults(), "x", "x", summary, ExportProgress.NONE)
                .document();
        JsonNode apps = stack(doc, "x-111111111111-us-east-1");
        JsonNode shared = stack(doc, "x-222222222222-us-east-1");
        assertThat(apps.path("Resources").path("PcxData").path("Properties").path("PeerRoleArn").path("Ref").asText())
                .isEqualTo("PcxDataAccepterRoleArn");
        assertThat(shared.path("Resources").path("PcxDataAccepterRole").path("Type").asText()).isEqualTo("AWS::IAM::Role");
        assertThat(shared.path("Outputs").has("PcxDataAccepterRoleArn")).isTrue();
        assertThat(shared.path("Resources").path("TgwSharedShare").path("Properties").path("Principals").get(0).asText())
                .isEqualTo("111111111111");
        assertThat(apps.path("Resources").path("TgwAttApp").path("Condition").asText()).isEqualTo("HasTgwSharedId");
        assertThat(doc.path("Linkwright").path("DeployOrder").get(0).asText()).isEqualTo("x-222222222222-us-east-1");
        assertThat(summary.build().notes()).anyMatch(n -> n.contains("update x-222222222222-us-east-1 with parameter PcxDataId"));
    }
}
