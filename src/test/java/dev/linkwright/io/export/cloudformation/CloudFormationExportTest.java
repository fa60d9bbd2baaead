package dev.linkwright.io.export.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkwright.io.export.ExportFormat;
import dev.linkwright.io.export.ExportOptions;
import dev.linkwright.io.export.ExportProgress;
import dev.linkwright.io.export.ExportSummary;
import dev.linkwright.io.export.ExportTesting;
import dev.linkwright.io.export.SummaryBuilder;
import dev.linkwright.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class CloudFormationExportTest {

    private static final Set<String> PSEUDO_PARAMETERS = Set.of("AWS::AccountId", "AWS::Partition", "AWS::Region",
            "AWS::StackName", "AWS::StackId", "AWS::URLSuffix", "AWS::NoValue");

    static Stream<Path> designs() {
        return ExportTesting.samplesAndScenarios();
    }

    private static JsonNode render(Design design, SummaryBuilder summary) throws Exception {
        return new CloudFormationExporter(false).render(design, ExportOptions.defaults(), "test", "test", summary,
                ExportProgress.NONE).document();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void everyRefGetAttConditionAndDependsOnNamesSomethingTheTemplateDefines(Path file) throws Exception {
        JsonNode doc = render(ExportTesting.load(file), new SummaryBuilder(ExportFormat.CLOUDFORMATION_JSON));
        assertThat(doc.path("Stacks").size()).isPositive();
        for (JsonNode stack : doc.path("Stacks")) {
            checkTemplate(stack.path("StackName").asText(), stack.path("Template"));
        }
    }

    static void checkTemplate(String stack, JsonNode template) {
        Set<String> resources = names(template.path("Resources"));
        Set<String> parameters = names(template.path("Parameters"));
        Set<String> conditions = names(template.path("Conditions"));
        Set<String> refs = new HashSet<>();
        Set<String> atts = new HashSet<>();
        Set<String> usedConditions = new HashSet<>();
        collect(template, refs, atts, usedConditions);
        Set<String> defined = new HashSet<>(resources);
        defined.addAll(parameters);
        defined.addAll(PSEUDO_PARAMETERS);
        assertThat(defined).as("%s: every Ref names a resource or parameter", stack).containsAll(refs);
        assertThat(resources).as("%s: every GetAtt names a resource", stack).containsAll(atts);
        assertThat(conditions).as("%s: every condition used is defined", stack).containsAll(usedConditions);
        template.path("Resources").forEach(r -> r.path("DependsOn").forEach(
                d -> assertThat(resources).as("%s DependsOn", stack).contains(d.asText())));
        assertThat(template.path("AWSTemplateFormatVersion").asText()).isEqualTo("2010-09-09");
        assertThat(resources.size()).as("%s stays within CloudFormation's 500 resources", stack).isLessThanOrEqualTo(500);
    }

    private static Set<String> names(JsonNode section) {
        Set<String> names = new HashSet<>();
        section.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void collect(JsonNode node, Set<String> refs, Set<String> atts, Set<String> conditions) {
        if (node.isObject()) {
            if (node.has("Ref")) {
                refs.add(node.get("Ref").asText());
            }
            if (node.has("Fn::GetAtt")) {
                atts.add(node.get("Fn::GetAtt").get(0).asText());
            }
            if (node.has("Condition") && node.get("Condition").isTextual()) {
                conditions.add(node.get("Condition").asText());
            }
        }
        node.forEach(child -> collect(child, refs, atts, conditions));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void everyResourceTypeAndPropertyIsOneCloudFormationKnows(Path file) throws Exception {
        JsonNode doc = render(ExportTesting.load(file), new SummaryBuilder(ExportFormat.CLOUDFORMATION_JSON));
        for (JsonNode stack : doc.path("Stacks")) {
            stack.path("Template").path("Resources").fields().forEachRemaining(r -> {
                String type = r.getValue().path("Type").asText();
                assertThat(CloudFormationSchema.PROPERTIES).as("type %s of %s", type, r.getKey()).containsKey(type);
                r.getValue().fieldNames().forEachRemaining(k -> assertThat(CloudFormationSchema.RESOURCE_KEYS).contains(k));
                r.getValue().path("Properties").fieldNames().forEachRemaining(p -> assertThat(CloudFormationSchema.PROPERTIES.get(type))
                        .as("property %s of %s (%s)", p, r.getKey(), type).contains(p));
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void aResourceThatNeedsAnotherStacksValueIsConditionalOnIt(Path file) throws Exception {
        JsonNode doc = render(ExportTesting.load(file), new SummaryBuilder(ExportFormat.CLOUDFORMATION_JSON));
        for (JsonNode stack : doc.path("Stacks")) {
            JsonNode template = stack.path("Template");
            template.path("Parameters").fields().forEachRemaining(p -> {
                if (p.getValue().path("Default").asText("x").isEmpty()) {
                    assertThat(template.path("Conditions").has("Has" + p.getKey())).as(p.getKey()).isTrue();
                }
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void yamlHoldsTheSameTemplatesAsJsonWithoutShortFormTags(Path file, @TempDir Path dir) throws Exception {
        Design design = ExportTesting.load(file);
        Path json = dir.resolve("stacks.json");
        Path yaml = dir.resolve("stacks.yaml");
        new CloudFormationExporter(false).export(design, ExportOptions.defaults(), json, ExportProgress.NONE);
        new CloudFormationExporter(true).export(design, ExportOptions.defaults(), yaml, ExportProgress.NONE);
        String text = Files.readString(yaml);
        assertThat(text).doesNotContain("!Ref").doesNotContain("!GetAtt").doesNotContain("!Sub");
        Object fromYaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        JsonNode yamlTree = new ObjectMapper().valueToTree(fromYaml);
        JsonNode jsonTree = new ObjectMapper().readTree(json.toFile());
        assertThat(yamlTree.path("Stacks").size()).isEqualTo(jsonTree.path("Stacks").size());
        for (int i = 0; i < jsonTree.path("Stacks").size(); i++) {
            boolean same = yamlTree.path("Stacks").get(i).path("Template").equals(jsonTree.path("Stacks").get(i).path("Template"));
            assertThat(same).as("stack %d: the YAML template reads back as the JSON one", i).isTrue();
        }
    }

    @Test
    void eachStackIsAlsoWrittenAsItsOwnTemplateNextToTheDocument(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("network.cfn-json");
        ExportSummary s = new CloudFormationExporter(false).export(ExportTesting.basic(), ExportOptions.defaults(), out,
                ExportProgress.NONE);
        JsonNode doc = new ObjectMapper().readTree(out.toFile());
        assertThat(s.files()).hasSize(3).first().isEqualTo(out);
        for (JsonNode stack : doc.path("Stacks")) {
            Path template = dir.resolve(stack.path("TemplateFile").asText());
            assertThat(template.getFileName().toString()).matches("network\\.\\d{12}\\.us-east-1\\.json");
            assertThat(new ObjectMapper().readTree(template.toFile())).isEqualTo(stack.path("Template"));
            assertThat(stack.path("StackName").asText()).matches("network-\\d{12}-us-east-1");
        }
    }

    @Test
    void theConsumerStackTakesTheServiceNameFromTheProviderStack() throws Exception {
        SummaryBuilder summary = new SummaryBuilder(ExportFormat.CLOUDFORMATION_JSON);
        JsonNode doc = render(ExportTesting.basic(), summary);
        assertThat(doc.path("Linkwright").path("DeployOrder").get(0).asText()).isEqualTo("test-222222222222-us-east-1");
        JsonNode consumer = doc.path("Stacks").get(1).path("Template");
        JsonNode provider = doc.path("Stacks").get(0).path("Template");
        assertThat(consumer.path("Resources").path("VpceA").path("Properties").path("ServiceName").path("Ref").asText())
                .isEqualTo("VpceSvc1234ServiceName");
        assertThat(consumer.path("Resources").path("VpceA").path("Condition").asText()).isEqualTo("HasVpceSvc1234ServiceName");
        assertThat(provider.path("Outputs").has("VpceSvc1234ServiceName")).isTrue();
        assertThat(provider.path("Resources").path("VpceSvc1234Permissions").path("Properties").path("AllowedPrincipals").get(0)
                .asText()).isEqualTo("arn:aws:iam::111111111111:root");
        assertThat(summary.build().inputs()).extracting(ExportSummary.Input::name).containsExactly("VpceSvc1234ServiceName");
    }

    @Test
    void directConnectIsReportedNotSilentlyDropped() throws Exception {
        SummaryBuilder summary = new SummaryBuilder(ExportFormat.CLOUDFORMATION_JSON);
        JsonNode doc = render(ExportTesting.load(Path.of("samples/hybrid-privatelink.json")), summary);
        List<String> left = summary.build().notExported().stream().map(n -> n.id().value()).toList();
        assertThat(left).contains("dxcon-corp", "pvif-corp", "dxgw-corp");
        assertThat(doc.path("Linkwright").path("NotExported").toString()).contains("no Direct Connect resource types");
        assertThat(doc.toString()).doesNotContain("AWS::DirectConnect");
    }

    @Test
    void crossAccountPeeringGetsAnAccepterRoleAndStacksThatNeedEachOtherDeployTwice() throws Exception {
        SummaryBuilder summary = new SummaryBuilder(ExportFormat.CLOUDFORMATION_JSON);
        JsonNode doc = render(ExportTesting.load(Path.of("src/test/resources/scenarios/S35.json")), summary);
        String text = doc.toString();
        if (text.contains("AWS::IAM::Role")) {
            assertThat(text).contains("PeerRoleArn").contains("ec2:AcceptVpcPeeringConnection");
        }
        assertThat(doc.path("Linkwright").path("DeployOrder").size()).isEqualTo(doc.path("Stacks").size());
    }

    @Test
    void privateLinkBasicMatchesTheGoldenFiles(@TempDir Path dir) throws Exception {
        for (boolean yaml : new boolean[] {true, false}) {
            String name = "privatelink-basic.cfn-" + (yaml ? "yaml" : "json");
            Path out = dir.resolve(name);
            new CloudFormationExporter(yaml).export(ExportTesting.basic(), ExportOptions.defaults(), out, ExportProgress.NONE);
            ExportTesting.assertMatchesGolden(name, Files.readString(out));
        }
    }
}
