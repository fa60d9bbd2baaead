package dev.linkwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.testing.CliResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code study check} and {@code study list}: exit codes, the closing count, located errors without stack traces. */
class StudyCommandTest {

    @Test
    void checkBuiltinVerifiesEveryExercise() {
        CliResult r = CliResult.run("study", "check", "--builtin");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        String last = r.out().strip().lines().reduce((a, b) -> b).orElse("");
        assertThat(last).matches("\\d+ exercises verified");
        assertThat(Integer.parseInt(last.split(" ")[0])).isGreaterThanOrEqualTo(30);
    }

    @Test
    void aWrongAnswerExitsOneAndNamesTheExercise(@TempDir Path dir) throws Exception {
        Path pack = Files.writeString(dir.resolve("p.json"), dev.linkwright.study.StudyTestPacks.oneWrongPredict());
        CliResult r = CliResult.run("study", "check", pack.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("WRONG test-pack/closed-sg").contains("1 exercise has a wrong answer: test-pack/closed-sg")
                .contains("0 exercises verified, 1 wrong");
    }

    @Test
    void badInputExitsTwoWithLocatedErrorsAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path pack = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"linkwright-study-pack\", \"formatVersion\": 1,\n \"id\": \"x\", \"title\": \"t\", \"exercises\": [{\"id\": \"Bad!\"}]}");
        CliResult r = CliResult.run("study", "check", pack.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("bad.json:2:").contains("$.exercises[0]").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(CliResult.run("study", "check").exitCode()).isEqualTo(2);
        assertThat(CliResult.run("study", "check", dir.resolve("missing.json").toString()).err()).contains("no such file");
    }

    @Test
    void listShowsEveryBuiltInExercise() {
        CliResult r = CliResult.run("study", "list");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("privatelink/pl-classic").contains("Spot the flaw").contains("PrivateLink and endpoint services")
                .containsPattern("\\d+ exercises in 7 packs");
    }
}
