package dev.linkwright.io.export.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.linkwright.io.export.ExportFormat;
import dev.linkwright.io.export.ExportOptions;
import dev.linkwright.io.export.ExportProgress;
import dev.linkwright.io.export.ExportSummary;
import dev.linkwright.io.export.ExportTesting;
import dev.linkwright.io.export.SummaryBuilder;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TerraformExportTest {

    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern REFERENCE = Pattern.compile(
            "(data\\.[a-z0-9_]+\\.[A-Za-z0-9_]+|var\\.[A-Za-z0-9_]+|aws_[a-z0-9_]+\\.[A-Za-z0-9_]+)(\\.([a-z0-9_]+))?");

    static Stream<Path> designs() {
        return ExportTesting.samplesAndScenarios();
    }

    private static JsonNode render(Design design, ExportOptions options) throws Exception {
        return new TerraformExporter().render(design, options, new SummaryBuilder(ExportFormat.TERRAFORM_JSON), ExportProgress.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void everyReferenceNamesSomethingTheConfigurationDefines(Path file) throws Exception {
        JsonNode tf = render(ExportTesting.load(file), ExportOptions.defaults());
        Set<String> defined = definedAddresses(tf);
        Set<String> used = new HashSet<>();
        collectReferences(tf.path("resource"), used);
        collectReferences(tf.path("data"), used);
        collectReferences(tf.path("provider"), used);
        assertThat(defined).containsAll(used);
        assertThat(used).as("resources refer to each other").isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void everyResourceHasADeclaredProviderAndTheLinkwrightTags(Path file) throws Exception {
        JsonNode tf = render(ExportTesting.load(file), ExportOptions.defaults());
        Set<String> aliases = new HashSet<>();
        tf.path("provider").path("aws").forEach(p -> aliases.add("aws." + p.path("alias").asText()));
        forEachBlock(tf.path("resource"), (type, name, body) -> {
            assertThat(aliases).as("%s.%s provider", type, name).contains(body.path("provider").asText());
            if (TerraformConfig.TAGGABLE.contains(type)) {
                assertThat(body.path("tags").has("Name")).as("%s.%s Name tag", type, name).isTrue();
                assertThat(body.path("tags").path("linkwright:id").asText()).as("%s.%s id tag", type, name).isNotEmpty();
            }
        });
        tf.path("provider").path("aws").forEach(p -> assertThat(p.path("allowed_account_ids").size()).isEqualTo(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void everyArgumentIsOneTheProviderKnows(Path file) throws Exception {
        JsonNode tf = render(ExportTesting.load(file), ExportOptions.defaults());
        forEachBlock(tf.path("resource"), (type, name, body) -> checkArguments(type, name, body, TerraformSchema.RESOURCES));
        forEachBlock(tf.path("data"), (type, name, body) -> checkArguments(type, name, body, TerraformSchema.DATA_SOURCES));
        Set<String> attributes = new HashSet<>();
        collectAttributes(tf.path("resource"), attributes);
        assertThat(TerraformSchema.ATTRIBUTES).containsAll(attributes);
    }

    private static void checkArguments(String type, String name, JsonNode body, Map<String, Set<String>> schema) {
        assertThat(schema).as("resource type %s is in the curated list", type).containsKey(type);
        body.fieldNames().forEachRemaining(arg -> {
            if (!TerraformSchema.META.contains(arg)) {
                assertThat(schema.get(type)).as("argument %s of %s.%s", arg, type, name).contains(arg);
            }
            JsonNode value = body.get(arg);
            if (TerraformSchema.BLOCKS.containsKey(arg) && value.isArray()) {
                value.forEach(block -> block.fieldNames().forEachRemaining(
                        inner -> assertThat(TerraformSchema.BLOCKS.get(arg)).as("%s.%s %s.%s", type, name, arg, inner).contains(inner)));
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void referencesAreExpressionsNeverLiteralElementIds(Path file) throws Exception {
        Design design = ExportTesting.load(file);
        Set<String> ids = new HashSet<>(ExportTesting.ids(design));
        design.topology().all(dev.linkwright.model.Account.class).forEach(a -> ids.remove(a.id().value())); // account numbers are literal
        JsonNode tf = render(design, ExportOptions.defaults());
        forEachBlock(tf.path("resource"), (type, name, body) -> body.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("tags") && !f.getKey().equals("name") && !f.getKey().equals("description")) {
                assertLiteralsAreNotIds(f.getValue(), ids, type + "." + name + "." + f.getKey());
            }
        }));
    }

    private static void assertLiteralsAreNotIds(JsonNode value, Set<String> ids, String where) {
        if (value.isTextual()) {
            assertThat(ids).as(where + " = " + value.asText()).doesNotContain(value.asText());
        }
        value.forEach(child -> assertLiteralsAreNotIds(child, ids, where));
    }

    @Test
    void privateLinkBasicHasOneProviderPerAccountAndTheServiceWiredAcrossThem() throws Exception {
        JsonNode tf = render(ExportTesting.basic(), ExportOptions.defaults());
        assertThat(tf.path("provider").path("aws").size()).isEqualTo(2);
        JsonNode endpoint = tf.path("resource").path("aws_vpc_endpoint").path("vpce_a");
        assertThat(endpoint.path("service_name").asText()).isEqualTo("${aws_vpc_endpoint_service.vpce_svc_1234.service_name}");
        assertThat(endpoint.path("provider").asText()).isEqualTo("aws.acct111111111111_us_east_1");
        JsonNode accepter = tf.path("resource").path("aws_vpc_endpoint_connection_accepter").path("vpce_a_accepter");
        assertThat(accepter.path("provider").asText()).as("the provider accepts").isEqualTo("aws.acct222222222222_us_east_1");
        assertThat(tf.path("resource").path("aws_vpc_endpoint_service_allowed_principal").path("vpce_svc_1234_principal_1")
                .path("principal_arn").asText()).isEqualTo("arn:aws:iam::111111111111:root");
        assertThat(tf.path("resource").path("aws_lb_listener").path("nlb_b_tcp_443").path("default_action").get(0)
                .path("target_group_arn").asText()).isEqualTo("${aws_lb_target_group.tg_b.arn}");
    }

    @Test
    void hybridSampleWritesDirectConnectWithTheConnectionAsAVariable() throws Exception {
        SummaryBuilder summary = new SummaryBuilder(ExportFormat.TERRAFORM_JSON);
        JsonNode tf = new TerraformExporter().render(ExportTesting.load(Path.of("samples/hybrid-privatelink.json")),
                ExportOptions.defaults(), summary, ExportProgress.NONE);
        JsonNode vif = tf.path("resource").path("aws_dx_private_virtual_interface").path("pvif_corp");
        assertThat(vif.path("connection_id").asText()).isEqualTo("${var.dxcon_corp_connection_id}");
        assertThat(vif.path("dx_gateway_id").asText()).isEqualTo("${aws_dx_gateway.dxgw_corp.id}");
        assertThat(tf.path("resource").path("aws_dx_gateway_association").size()).isEqualTo(1);
        assertThat(tf.path("data").path("aws_ec2_managed_prefix_list").path("pl_s3").path("name").asText())
                .isEqualTo("com.amazonaws.us-east-1.s3");
        assertThat(summary.build().inputs()).extracting(ExportSummary.Input::name).contains("dxcon_corp_connection_id");
    }

    @Test
    void transitGatewayHubWritesAssociationsPropagationsAndTheVpnAttachmentThroughTheVpn() throws Exception {
        JsonNode tf = render(ExportTesting.load(Path.of("samples/transit-gateway-hub.json")), ExportOptions.defaults());
        JsonNode resources = tf.path("resource");
        assertThat(resources.path("aws_ec2_transit_gateway_vpc_attachment").size()).isEqualTo(3);
        assertThat(resources.path("aws_ec2_transit_gateway_route_table_association").size()).isEqualTo(4);
        assertThat(resources.path("aws_ec2_transit_gateway_route_table_propagation").size()).isEqualTo(6);
        assertThat(resources.path("aws_ec2_transit_gateway_route_table_association").path("tgw_att_vpn_association")
                .path("transit_gateway_attachment_id").asText()).isEqualTo("${aws_vpn_connection.vpn_dc.transit_gateway_attachment_id}");
        assertThat(resources.path("aws_route").path("rtb_prod_route_10_0_0_0_8").path("depends_on").get(0).asText())
                .as("a route to the TGW waits for the VPC's attachment").isEqualTo("aws_ec2_transit_gateway_vpc_attachment.tgw_att_prod");
    }

    @Test
    void aSelectionExportsItsElementsAndAsksForWhatLiesOutside() throws Exception {
        SummaryBuilder summary = new SummaryBuilder(ExportFormat.TERRAFORM_JSON);
        JsonNode tf = new TerraformExporter().render(ExportTesting.basic(),
                ExportOptions.defaults().withScope(Set.of(ElementId.of("vpc-a"))), summary, ExportProgress.NONE);
        assertThat(tf.path("resource").path("aws_vpc").has("vpc_a")).isTrue();
        assertThat(tf.path("resource").path("aws_vpc").has("vpc_b")).isFalse();
        assertThat(tf.path("resource").path("aws_vpc_endpoint").path("vpce_a").path("service_name").asText())
                .isEqualTo("${var.vpce_svc_1234_service_name}");
        assertThat(tf.path("variable").path("vpce_svc_1234_service_name").has("default")).isFalse();
        assertThat(summary.build().inputs()).extracting(ExportSummary.Input::name).contains("vpce_svc_1234_service_name");
    }

    @Test
    void privateLinkBasicMatchesTheGoldenFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("privatelink-basic.tf.json");
        new TerraformExporter().export(ExportTesting.basic(), ExportOptions.defaults(), out, ExportProgress.NONE);
        ExportTesting.assertMatchesGolden("privatelink-basic.tf.json", Files.readString(out));
        assertThat(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).readTree(out.toFile()).isObject()).isTrue();
    }

    // ---- helpers ---------------------------------------------------------------------------------

    interface BlockVisitor {
        void visit(String type, String name, JsonNode body);
    }

    static void forEachBlock(JsonNode section, BlockVisitor visitor) {
        Iterator<Map.Entry<String, JsonNode>> types = section.fields();
        while (types.hasNext()) {
            Map.Entry<String, JsonNode> type = types.next();
            type.getValue().fields().forEachRemaining(b -> visitor.visit(type.getKey(), b.getKey(), b.getValue()));
        }
    }

    static Set<String> definedAddresses(JsonNode tf) {
        Set<String> defined = new HashSet<>();
        forEachBlock(tf.path("resource"), (type, name, body) -> defined.add(type + "." + name));
        forEachBlock(tf.path("data"), (type, name, body) -> defined.add("data." + type + "." + name));
        tf.path("variable").fieldNames().forEachRemaining(v -> defined.add("var." + v));
        return defined;
    }

    /** Addresses inside ${...} and in depends_on. */
    static void collectReferences(JsonNode node, Set<String> into) {
        if (node.isTextual()) {
            Matcher m = INTERPOLATION.matcher(node.asText());
            while (m.find()) {
                Matcher r = REFERENCE.matcher(m.group(1));
                while (r.find()) {
                    into.add(r.group(1));
                }
            }
        }
        if (node.isObject() && node.has("depends_on")) {
            node.get("depends_on").forEach(d -> into.add(d.asText()));
        }
        node.forEach(child -> collectReferences(child, into));
    }

    static void collectAttributes(JsonNode node, Set<String> into) {
        if (node.isTextual()) {
            Matcher m = INTERPOLATION.matcher(node.asText());
            while (m.find()) {
                Matcher r = REFERENCE.matcher(m.group(1));
                while (r.find()) {
                    if (r.group(3) != null && !r.group(1).startsWith("var.")) {
                        into.add(r.group(3));
                    }
                }
            }
        }
        node.forEach(child -> collectAttributes(child, into));
    }
}
