package dev.linkwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkwright.io.export.ExportFormat;
import dev.linkwright.testing.CliResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExportCommandTest {

    private static final String BASIC = "samples/privatelink-basic.json";

    @ParameterizedTest(name = "{0}")
    @EnumSource(ExportFormat.class)
    void privateLinkBasicExportsToEveryFormat(ExportFormat format, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("out" + format.extension());
        CliResult r = CliResult.run("export", BASIC, "--format", format.wire(), "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(Files.size(out)).isPositive();
        assertThat(r.out()).contains("wrote " + out).contains("exported 22 elements");
    }

    @Test
    void theSummarySaysWhatWasNotExportedAndWhy(@TempDir Path dir) {
        CliResult r = CliResult.run("export", "samples/hybrid-privatelink.json", "--format", "cfn-json", "-o",
                dir.resolve("hybrid.json").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("not exported").contains("dxgw-corp").contains("no Direct Connect resource types")
                .contains("inputs to supply").contains("Deploy the stacks in this order");
    }

    @Test
    void onlyExportsTheSelectedElements(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("a.tf.json");
        CliResult r = CliResult.run("export", BASIC, "--format", "tf-json", "-o", out.toString(), "--only", "vpc-a");
        assertThat(r.exitCode()).isZero();
        String json = Files.readString(out);
        assertThat(new ObjectMapper().readTree(json).path("resource").path("aws_vpc").has("vpc_b")).isFalse();
        assertThat(r.out()).contains("vpce_svc_1234_service_name");
    }

    @Test
    void aSavedFlowIsTracedAndDrawnWithItsBlockerBadged(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("flow.svg");
        CliResult r = CliResult.run("export", "samples/peering-non-transitive.json", "--format", "svg", "-o", out.toString(),
                "--flow", "flow-app-db");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String svg = Files.readString(out);
        assertThat(svg).contains("lw-flow").contains("data-hops=\"app pcx-ab\"").contains("lw-badge-error");
        CliResult unknown = CliResult.run("export", "samples/peering-non-transitive.json", "--format", "svg", "-o", out.toString(),
                "--flow", "nope");
        assertBadInput(unknown, "its flows: flow-app-cache, flow-cache-db, flow-app-db");
        assertBadInput(CliResult.run("export", BASIC, "--format", "svg", "-o", out.toString(), "--flow", "flow-client-to-service",
                "--path", "instance-a"), "use one");
    }

    @Test
    void validationFindingsBecomeBadges(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("badges.svg");
        CliResult r = CliResult.run("export", "src/test/resources/scenarios/S01.json", "--format", "svg", "-o", out.toString(), "--badges");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(out)).containsPattern("lw-badge-(error|warning)");
    }

    @Test
    void badInputExitsTwoWithTheReasonAndNoStackTrace(@TempDir Path dir) {
        String out = dir.resolve("x.svg").toString();
        assertBadInput(CliResult.run("export", BASIC, "--format", "jpeg", "-o", out), "'jpeg' is not an export format");
        assertBadInput(CliResult.run("export", "no-such.json", "--format", "svg", "-o", out), "no such file");
        assertBadInput(CliResult.run("export", BASIC, "--format", "tf-json", "-o", out, "--only", "vpc-x"), "vpc-x");
        assertBadInput(CliResult.run("export", BASIC, "--format", "png", "-o", out, "--scale", "0"), "scale");
        assertBadInput(CliResult.run("export", BASIC, "--format", "png", "-o", out, "--scale", "many"), "many");
        assertBadInput(CliResult.run("export", BASIC, "--format", "svg", "-o", dir.resolve("missing/x.svg").toString()), "does not exist");
        assertBadInput(CliResult.run("export", BASIC, "-o", out), "--format");
    }

    private static void assertBadInput(CliResult r, String reason) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains(reason).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void exportIsListedInTheHelp() {
        assertThat(CliResult.run("--help").out()).contains("export");
        assertThat(CliResult.run("export", "--help").out()).contains("--format").contains("--scale").contains("--only");
    }
}
