package dev.linkwright.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.io.DesignFormatException;
import dev.linkwright.io.DesignReader;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Flow;
import dev.linkwright.model.FlowIntent;
import dev.linkwright.model.Protocol;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Authoring: exercises made from an open design carry the engine's answer, so they pass study check. */
class ExerciseAuthorStudyTest {

    private static Design b2() throws DesignFormatException {
        return new DesignReader().read(StudyFixtures.B2.getBytes(StandardCharsets.UTF_8), "b2.json");
    }

    @Test
    void authoredExercisesOfEveryModeAreSavedIntoAPackAndPassTheChecker(@TempDir Path dir) throws Exception {
        Design design = b2();
        Flow flow = new Flow(ElementId.of("f1"), "A to B", "i-a1", "i-b1", Protocol.TCP, 5432, 40000, FlowIntent.MUST_BE_REACHABLE);
        ExerciseAuthor author = new ExerciseAuthor();
        ObjectNode predict = author.predict(design, flow, ExerciseDraft.named("my-predict"));
        assertThat(predict.at("/answer/verdict").asText()).isEqualTo("reachable");

        Design broken = b2();
        broken.putFlow(flow, -1);
        Design fixed = broken.copy();
        // break it: B's route back to A is gone
        ObjectNode tree = new dev.linkwright.io.DesignWriter().toTree(broken);
        ((com.fasterxml.jackson.databind.node.ArrayNode) tree.at("/accounts/0/regions/0/vpcs/1/routeTables/0/routes")).removeAll();
        broken = new DesignReader().read(tree.toString().getBytes(StandardCharsets.UTF_8), "broken.json");
        ObjectNode fix = author.fix(broken, fixed, ExerciseDraft.named("my-fix"));
        assertThat(fix.at("/answer/solution").size()).isPositive();

        Design flawed = new DesignReader().read(StudyFixtures.B2.replace("\"10.1.0.0/16\"]", "\"10.0.0.0/16\"]")
                .replace("{\"destination\": \"10.1.0.0/16\", \"target\": \"pcx-AB\"}", "").getBytes(StandardCharsets.UTF_8), "f.json");
        ObjectNode spot = author.spot(flawed, ExerciseDraft.named("my-spot"));
        assertThat(spot.at("/answer/findings/0/code").asText()).startsWith("E_");

        Path packFile = dir.resolve("My Exercises.json");
        PackWriter writer = new PackWriter();
        writer.add(packFile, predict);
        writer.add(packFile, fix);
        Pack pack = writer.add(packFile, spot);
        assertThat(pack.id()).isEqualTo("my-exercises");
        assertThat(pack.exercises()).extracting(Exercise::id).containsExactly("my-predict", "my-fix", "my-spot");
        Pack reread = new PackReader().read(packFile);
        for (Exercise e : reread.exercises()) {
            CheckResult r = new ExerciseChecker().check(e);
            assertThat(r.failures()).as(e.key() + ": " + r.engineSays()).isEmpty();
            assertThat(e.rules()).isNotEmpty();
        }
        // adding the same id again replaces it
        assertThat(writer.add(packFile, predict).exercises()).hasSize(3);
        assertThat(Files.exists(dev.linkwright.io.AtomicFiles.backupOf(packFile))).isTrue();
    }

    @Test
    void aFixNeedsIntentsAndASpotNeedsAFlaw() throws Exception {
        ExerciseAuthor author = new ExerciseAuthor();
        assertThatThrownBy(() -> author.fix(b2(), b2(), ExerciseDraft.named("x"))).hasMessageContaining("must be reachable");
        assertThatThrownBy(() -> author.spot(b2(), ExerciseDraft.named("y"))).hasMessageContaining("finds nothing");
        assertThatThrownBy(() -> ExerciseDraft.named("Bad Id")).hasMessageContaining("lower-case");
    }

    @Test
    void aBrokenPackFileIsNeverOverwritten(@TempDir Path dir) throws Exception {
        Path packFile = Files.writeString(dir.resolve("p.json"), "{\"format\": \"linkwright-study-pack\"}");
        Flow flow = new Flow(ElementId.of("f1"), "", "i-a1", "i-b1", Protocol.TCP, 5432, 40000, FlowIntent.NONE);
        ObjectNode entry = new ExerciseAuthor().predict(b2(), flow, ExerciseDraft.named("p1"));
        assertThatThrownBy(() -> new PackWriter().add(packFile, entry)).isInstanceOf(DesignFormatException.class);
        assertThat(Files.readString(packFile)).isEqualTo("{\"format\": \"linkwright-study-pack\"}");
    }
}
