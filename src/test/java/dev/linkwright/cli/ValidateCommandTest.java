package dev.linkwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkwright.testing.CliResult;
import dev.linkwright.testing.SharedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code validate}: exit codes 0 / 1 / 2, the JSON shape, the text listing, profiles. */
class ValidateCommandTest {

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleValidatesWithoutErrors(Path sample) throws Exception {
        CliResult r = CliResult.run("validate", sample.toString(), "--json");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("findings").isArray()).isTrue();
        for (JsonNode f : json.path("findings")) {
            assertThat(f.path("severity").asText()).isEqualTo("warning");
        }
    }

    @Test
    void errorsExitWithOneAndListEveryField() throws Exception {
        CliResult r = CliResult.run("validate", SharedFiles.publicScenarios() + "#V08", "--json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        JsonNode findings = new ObjectMapper().readTree(r.out()).path("findings");
        JsonNode first = findings.get(0);
        assertThat(first.path("code").asText()).isEqualTo("E_VPCE_AZ_NOT_SUPPORTED");
        assertThat(first.path("severity").asText()).isEqualTo("error");
        assertThat(first.path("elements")).extracting(JsonNode::asText).contains("vpce-c1", "c-vpce");
        assertThat(first.path("message").asText()).contains("use1-az1");
        assertThat(first.path("fix").asText()).isNotBlank();
        assertThat(first.path("rule").asText()).isEqualTo("R-PL-3");
        for (JsonNode f : findings) {
            assertThat(f.fieldNames()).toIterable().containsExactlyInAnyOrder("code", "severity", "elements", "message", "fix", "rule");
        }
    }

    @Test
    void textListsFindingsWithCounts() {
        CliResult r = CliResult.run("validate", SharedFiles.publicScenarios() + "#V08");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("1 error, 2 warnings").contains("error E_VPCE_AZ_NOT_SUPPORTED").contains("Fix: ")
                .contains("warning W_VPCE_SINGLE_AZ");
    }

    @Test
    void warningsAloneExitWithZero() {
        CliResult r = CliResult.run("validate", "samples/privatelink-basic.json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("0 errors").contains("W_VPCE_SINGLE_AZ");
    }

    @Test
    void legacyProfileAppliesThe2020Rules(@TempDir Path dir) throws Exception {
        String design = Files.readString(Path.of("samples/privatelink-basic.json"))
                .replace("\"listeners\": [{\"protocol\": \"TCP\"", "\"listeners\": [{\"protocol\": \"UDP\"");
        Path file = dir.resolve("udp.json");
        // the sample's saved flow is TCP and must be reachable: a UDP listener breaks that intent, which is not this test's point
        com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(design);
        json.remove("flows");
        Files.writeString(file, json.toString());
        assertThat(CliResult.run("validate", file.toString()).exitCode()).isZero();
        CliResult legacy = CliResult.run("validate", file.toString(), "--profile", "legacy-2020");
        assertThat(legacy.exitCode()).as(legacy.out()).isEqualTo(1);
        assertThat(legacy.out()).contains("E_PRIVATELINK_UDP_UNSUPPORTED").contains("legacy-2020");
    }

    @Test
    void badInputExitsWithTwoAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"formatVersion\": 1, \"accounts\": [");
        for (String[] args : new String[][] {{"validate", broken.toString()}, {"validate", dir.resolve("missing.json").toString()},
            {"validate", "samples/privatelink-basic.json", "--profile", "2019"}, {"validate"}, {"validate", dir.toString()}}) {
            CliResult r = CliResult.run(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void aBrokenFlowIntentIsAnErrorWithItsOwnCode() throws Exception {
        CliResult r = CliResult.run("validate", "src/test/resources/flows/broken-intent.json", "--json");
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
        JsonNode findings = new ObjectMapper().readTree(r.out()).path("findings");
        JsonNode intent = null;
        for (JsonNode f : findings) {
            if (f.path("code").asText().equals("E_INTENT_VIOLATED")) {
                intent = f;
            }
        }
        assertThat(intent).as(r.out()).isNotNull();
        assertThat(intent.path("severity").asText()).isEqualTo("error");
        assertThat(intent.path("elements")).extracting(JsonNode::asText).contains("flow-ssh-to-endpoint");
        assertThat(intent.path("message").asText()).contains("must be reachable but is blocked by");
    }
}
