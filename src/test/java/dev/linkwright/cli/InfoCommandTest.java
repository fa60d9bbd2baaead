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

class InfoCommandTest {

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleIsSummarised(Path sample) {
        CliResult r = CliResult.run("info", sample.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("elements").contains("Account").contains("VPC");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void jsonNamesCountsAccountsAndVpcs() throws Exception {
        CliResult r = CliResult.run("info", "samples/privatelink-basic.json", "--json");
        assertThat(r.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("counts").path("instance").asInt()).isEqualTo(3);
        assertThat(json.path("accounts").get(1).path("regions").get(0).path("vpcs").get(0).path("cidrs").get(0).asText())
                .isEqualTo("10.1.0.0/16");
    }

    @Test
    void aBrokenFileExitsTwoWithTheLocationAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(Path.of("samples/privatelink-basic.json")).substring(0, 300));
        CliResult r = CliResult.run("info", broken.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("broken.json:5:").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMissingFileAndAMissingArgumentAreUsageErrors() {
        assertThat(CliResult.run("info", "no-such.json").exitCode()).isEqualTo(2);
        CliResult r = CliResult.run("info");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required parameter");
    }

    @Test
    void aScenarioEntryCanBeOpenedDirectly() {
        CliResult r = CliResult.run("info", SharedFiles.publicScenarios() + "#S39");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("VPC VPC-A").contains("Transit gateway");
    }

    @Test
    void helpAndVersionWork() {
        CliResult help = CliResult.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("info");
        assertThat(CliResult.run("--version").out()).contains("Linkwright");
        assertThat(CliResult.run("no-such-command").exitCode()).isEqualTo(2);
    }
}
