package dev.linkwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkwright.testing.CliResult;
import dev.linkwright.testing.SharedFiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code reach} command: exit codes, JSON shape, text trace, bad input without stack traces. */
class ReachCommandTest {

    private static final String SAMPLE = "samples/privatelink-basic.json";

    @Test
    void reachableFlowExitsZeroAndPassesThePrivateLinkChain() throws Exception {
        CliResult r = CliResult.run("reach", SAMPLE, "--from", "instance-a", "--to", "vpce-a", "--port", "443", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode t = new ObjectMapper().readTree(r.out());
        assertThat(t.path("verdict").asText()).isEqualTo("REACHABLE");
        assertThat(t.path("disposition").asText()).isEqualTo("ACCEPTED");
        assertThat(t.path("blockedAt").isNull()).isTrue();
        assertThat(t.path("alsoBlocking").isArray()).isTrue();
        List<String> ids = new ArrayList<>();
        t.path("forward").forEach(h -> ids.add(h.path("id").asText()));
        assertThat(ids).containsSubsequence("instance-a", "vpce-a", "vpce-svc-1234", "nlb-b");
        assertThat(ids.get(ids.size() - 1)).startsWith("instance-b");
        JsonNode step = t.path("forward").get(0).path("steps").get(0);
        assertThat(step.has("action")).isTrue();
        assertThat(step.has("detail")).isTrue();
        assertThat(t.path("return").size()).isPositive();
    }

    @Test
    void blockedFlowExitsOneAndNamesTheBlocker() throws Exception {
        String s45 = SharedFiles.publicScenarios() + "#S45";
        CliResult r = CliResult.run("reach", s45, "--from", "i-a1", "--to", "i-b1", "--port", "5432", "--src-port", "49152", "--json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        JsonNode b = new ObjectMapper().readTree(r.out()).path("blockedAt");
        assertThat(b.path("id").asText()).isEqualTo("nacl-b");
        assertThat(b.path("direction").asText()).isEqualTo("return");
        assertThat(b.path("code").asText()).isEqualTo("SUBNET_ACL_RESTRICTION");
        assertThat(b.path("message").asText()).isNotBlank();
        assertThat(b.path("rule").asText()).isEqualTo("R-NACL-3");
    }

    @Test
    void textTraceReadsHopByHop() {
        CliResult r = CliResult.run("reach", SAMPLE, "--from", "instance-a", "--to", "vpce-a", "--port", "443");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("REACHABLE").contains("Forward path:").contains("Return path:").contains("nlb-b");
    }

    @Test
    void badInputExitsTwoWithTheReasonAndNoStackTrace() {
        CliResult unknown = CliResult.run("reach", SAMPLE, "--from", "no-such-id", "--to", "vpce-a", "--port", "443");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no-such-id").doesNotContain("Exception").doesNotContain("\tat ");
        for (String[] args : List.of(
                new String[] {"reach", SAMPLE, "--from", "instance-a", "--to", "vpce-a", "--port", "70000"},
                new String[] {"reach", SAMPLE, "--from", "instance-a", "--to", "vpce-a", "--port", "0"},
                new String[] {"reach", SAMPLE, "--from", "instance-a", "--to", "vpce-a"},
                new String[] {"reach", SAMPLE, "--from", "instance-a", "--to", "vpce-a", "--port", "443", "--protocol", "gre"},
                new String[] {"reach", SAMPLE, "--from", "instance-a", "--to", "vpce-a", "--port", "443", "--profile", "2019"},
                new String[] {"reach", SAMPLE, "--from", "instance-a", "--to", "vpce-a", "--port", "443", "--src-ip", "10.9.9.9"},
                new String[] {"reach", SAMPLE, "--from", "rtb-a", "--to", "vpce-a", "--port", "443"},
                new String[] {"reach", SAMPLE, "--from", "instance-a", "--to", "no.such.name", "--port", "443"},
                new String[] {"reach", "no-such-file.json", "--from", "instance-a", "--to", "vpce-a", "--port", "443"},
                new String[] {"reach", SAMPLE, "--to", "vpce-a", "--port", "443"})) {
            CliResult r = CliResult.run(args);
            assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).isNotBlank().doesNotContain("\tat ");
        }
    }

    @Test
    void icmpNeedsNoPort() {
        CliResult r = CliResult.run("reach", SAMPLE, "--from", "instance-a", "--to", "instance-b1", "--protocol", "icmp");
        assertThat(r.exitCode()).isIn(0, 1);
        assertThat(r.err()).isEmpty();
    }
}
