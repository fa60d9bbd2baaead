package dev.linkwright.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linkwright.io.DesignFormatException;
import dev.linkwright.io.FormatProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pack files are read like design files: every problem located by file, line:column, JSON path and what was expected. */
class PackReaderStudyTest {

    private static List<FormatProblem> problems(String text) {
        try {
            StudyFixtures.read(text);
        } catch (DesignFormatException e) {
            return e.problems();
        }
        throw new AssertionError("expected the pack to be refused");
    }

    @Test
    void readsEveryModeWithSharedDesignAndPatch() throws Exception {
        Pack pack = StudyFixtures.read(StudyFixtures.allModes());
        assertThat(pack.id()).isEqualTo("test-pack");
        assertThat(pack.exercises()).extracting(Exercise::mode)
                .containsExactly(ExerciseMode.PREDICT, ExerciseMode.FIX, ExerciseMode.SPOT);
        Exercise predict = pack.exercises().get(0);
        assertThat(predict.key()).isEqualTo("test-pack/closed-sg");
        assertThat(predict.topic()).isEqualTo("peering");
        assertThat(predict.question().text()).isEqualTo("Can i-a1 reach i-b1 on TCP 5432?");
        assertThat(predict.designDocument().at(StudyFixtures.SG_B1_RULE + "/source").asText()).isEqualTo("10.9.0.0/16");
        assertThat(pack.exercises().get(1).design().flows()).hasSize(1);
    }

    @Test
    void theDesignHandedOutIsACopy() throws Exception {
        Exercise e = StudyFixtures.exercise("fix-route");
        e.design().removeFlow(dev.linkwright.model.ElementId.of("f1"));
        assertThat(e.design().flows()).hasSize(1);
    }

    @Test
    void brokenJsonIsLocatedByLineAndColumn() {
        List<FormatProblem> p = problems("{\"format\": \"linkwright-study-pack\",\n  \"id\": }");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).line()).isEqualTo(2);
        assertThat(p.get(0).describe()).startsWith("test.json:2:").contains("not valid JSON");
    }

    @Test
    void aDesignFileIsNotAPack() {
        List<FormatProblem> p = problems(StudyFixtures.B2);
        assertThat(p.get(0).message()).contains("not a study pack").contains("looks like a design file");
    }

    @Test
    void schemaProblemsNameThePathAndTheField() {
        String text = StudyFixtures.pack(StudyFixtures.PREDICT_BLOCKED.replace("\"difficulty\": \"easy\"", "\"difficulty\": \"trivial\", \"colour\": 1"));
        List<FormatProblem> p = problems(text);
        assertThat(p).extracting(FormatProblem::path).contains("$.exercises[0].difficulty", "$.exercises[0]");
        assertThat(p).extracting(FormatProblem::message).anyMatch(m -> m.contains("unknown field 'colour'"));
        assertThat(p).allMatch(x -> x.line() > 0);
    }

    @Test
    void aPredictExerciseNeedsAQuestion() {
        String text = StudyFixtures.pack(StudyFixtures.PREDICT_BLOCKED.replace("\"question\": {\"from\": \"i-a1\", \"to\": \"i-b1\", \"port\": 5432},", ""));
        assertThat(problems(text)).extracting(FormatProblem::message).anyMatch(m -> m.contains("missing required field 'question'"));
    }

    @Test
    void anUnknownSharedDesignIsNamedWithTheOnesThereAre() {
        List<FormatProblem> p = problems(StudyFixtures.pack(StudyFixtures.FIX_ROUTE.replace("\"design\": \"b2\"", "\"design\": \"b9\"")));
        assertThat(p.get(0).path()).isEqualTo("$.exercises[0].design");
        assertThat(p.get(0).message()).contains("no design named 'b9'").contains("it has: b2");
    }

    @Test
    void aPatchThatDoesNotApplyNamesTheOperation() {
        String text = StudyFixtures.pack(StudyFixtures.FIX_ROUTE.replace("/vpcs/1/routeTables/0/routes\", \"value\": []", "/vpcs/7/routeTables/0/routes\", \"value\": []"));
        List<FormatProblem> p = problems(text);
        assertThat(p.get(0).path()).isEqualTo("$.exercises[0].patch[0].path");
        assertThat(p.get(0).message()).contains("does not apply").contains("index 7");
        assertThat(p.get(0).line()).isPositive();
    }

    @Test
    void aPatchThatBreaksTheDesignSaysWhereInTheDesign() {
        String text = StudyFixtures.pack(StudyFixtures.PREDICT_BLOCKED.replace("\"value\": \"10.9.0.0/16\"", "\"value\": \"10.9.0.0/33\""));
        List<FormatProblem> p = problems(text);
        assertThat(p.get(0).path()).isEqualTo("$.exercises[0].patch");
        assertThat(p.get(0).message()).contains("$.accounts[0].regions[0].vpcs[1].securityGroups[0].ingress[0].source");
    }

    @Test
    void aBrokenInlineDesignIsLocatedInThePackFile() {
        String inline = StudyFixtures.SPOT_OVERLAP.replace("\"design\": \"b2\"", "\"design\": " + StudyFixtures.B2.replace("10.1.1.0/24", "10.1.1.0/99"))
                .replace(", \"patch\": [{\"op\": \"replace\", \"path\": \"/accounts/0/regions/0/vpcs/0/cidrs\", \"value\": [\"10.0.0.0/16\", \"10.1.0.0/16\"]},\n"
                        + "                   {\"op\": \"replace\", \"path\": \"/accounts/0/regions/0/vpcs/0/routeTables/0/routes\", \"value\": []}]", "");
        List<FormatProblem> p = problems(StudyFixtures.pack(inline));
        assertThat(p.get(0).path()).startsWith("$.exercises[0].design.accounts[0].regions[0].vpcs[1]").endsWith(".cidr");
        assertThat(p.get(0).line()).isGreaterThan(10);
    }

    @Test
    void aBrokenSharedDesignIsReportedEvenWhenNoExerciseUsesIt() {
        String text = StudyFixtures.pack(StudyFixtures.FIX_ROUTE).replace("\"designs\": {\"b2\":",
                "\"designs\": {\"unused\": {\"formatVersion\": 1, \"accounts\": 3}, \"b2\":");
        List<FormatProblem> p = problems(text);
        assertThat(p.get(0).path()).startsWith("$.designs.unused");
    }

    @Test
    void unknownRulesAndElementsAreRefused() {
        String text = StudyFixtures.pack(StudyFixtures.PREDICT_BLOCKED.replace("\"rules\": [\"R-SG-1\"]", "\"rules\": [\"R-SG-99\"]")
                .replace("\"element\": \"sg-b1\"", "\"element\": \"sg-nope\""));
        List<FormatProblem> p = problems(text);
        assertThat(p).extracting(FormatProblem::path).contains("$.exercises[0].rules[0]", "$.exercises[0].answer.element");
        assertThat(p).extracting(FormatProblem::message).anyMatch(m -> m.contains("'R-SG-99' is not a rule of the rulebook"))
                .anyMatch(m -> m.contains("'sg-nope' does not name any element"));
    }

    @Test
    void duplicateExerciseIdsAreRefused() {
        List<FormatProblem> p = problems(StudyFixtures.pack(StudyFixtures.FIX_ROUTE + "," + StudyFixtures.FIX_ROUTE));
        assertThat(p.get(0).path()).isEqualTo("$.exercises[1].id");
        assertThat(p.get(0).message()).contains("duplicate exercise id 'fix-route'");
    }

    @Test
    void aFixExerciseWithoutIntentsIsRefused() {
        String text = StudyFixtures.pack(StudyFixtures.FIX_ROUTE.replace("\"intent\": \"reachable\"", "\"intent\": \"none\""));
        assertThat(problems(text)).extracting(FormatProblem::message).anyMatch(m -> m.contains("needs flows with an intent"));
    }

    @Test
    void missingFilesAndFoldersAreReportedPlainly(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> new PackReader().read(dir.resolve("nope.json"))).isInstanceOf(DesignFormatException.class)
                .hasMessageContaining("no such file");
        assertThatThrownBy(() -> new PackReader().read(dir)).hasMessageContaining("is a folder");
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        assertThatThrownBy(() -> new PackReader().read(empty)).hasMessageContaining("empty");
    }
}
