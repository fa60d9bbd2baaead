package dev.linkwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkwright.io.aws.AwsSnapshots;
import dev.linkwright.testing.CliResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportAwsCommandTest {

    private static String snapshot(String name) {
        return AwsSnapshots.folder(name).toString();
    }

    @Test
    void importWritesADesignThatInfoReadsAndPrintsTheReport(@TempDir Path dir) {
        Path out = dir.resolve("lb.json");
        CliResult r = CliResult.run("import-aws", snapshot("batfish/test-load-balancer"), "-o", out.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("LoadBalancers").contains("TargetGroups").contains("its VPC is not in the snapshot")
                .contains("Notes and assumptions").contains("Network Load Balancer").contains("written to " + out);
        assertThat(Files.exists(out)).isTrue();
        CliResult info = CliResult.run("info", out.toString());
        assertThat(info.exitCode()).isZero();
        assertThat(info.out()).contains("vpc-015b20578b48c1349").contains("us-east-2");
    }

    @Test
    void theReportAsJsonListsKindsSkippedFilesNotesAndCounts() throws Exception {
        CliResult r = CliResult.run("import-aws", snapshot("batfish/hybrid-cloud-aws"), "--json");
        assertThat(r.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("layout").asText()).isEqualTo("<region>");
        assertThat(json.path("counts").path("vpc").asInt()).isEqualTo(4);
        assertThat(json.path("skippedFiles").toString()).contains("DhcpOptions.json");
        assertThat(json.path("notes").toString()).contains("inferred");
        assertThat(json.path("kinds").get(0).path("kind").asText()).isEqualTo("AvailabilityZones");
    }

    @Test
    void everyCommandThatTakesATopologyTakesASnapshotFolder(@TempDir Path dir) {
        CliResult info = CliResult.run("info", snapshot("batfish/test-transit-gateway"));
        assertThat(info.exitCode()).isZero();
        assertThat(info.out()).contains("Account 554773406868").contains("vpc-0404e08ceddf7f650");
        Path out = dir.resolve("x.json");
        assertThat(CliResult.run("convert", snapshot("batfish/test-nat-gateway"), "-o", out.toString()).exitCode()).isZero();
        assertThat(Files.exists(out)).isTrue();
    }

    static java.util.List<String> snapshots() {
        return AwsSnapshots.all();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("snapshots")
    void everySnapshotFolderCanBeValidatedDirectly(String snapshot) {
        CliResult r = CliResult.run("validate", snapshot(snapshot));
        assertThat(r.exitCode()).as(r.err()).isIn(0, 1);
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void badInputExitsTwoWithTheReasonAndNoStackTrace(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("aws_configs"));
        Files.writeString(dir.resolve("aws_configs/Vpcs.json"), "{\"Vpcs\": [{\"VpcId\": \"vpc-1\", \"CidrBlock\": 16}");
        CliResult r = CliResult.run("import-aws", dir.toString(), "-o", dir.resolve("out.json").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Vpcs.json:1:").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.exists(dir.resolve("out.json"))).isFalse();
        CliResult missing = CliResult.run("import-aws", dir.resolve("nope").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such folder");
        assertThat(CliResult.run("info", dir.resolve("aws_configs").toString()).exitCode()).isEqualTo(2);
    }
}
