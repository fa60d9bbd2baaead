package dev.linkwright.ui.study;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.analysis.Verdict;
import dev.linkwright.model.ElementId;
import dev.linkwright.study.Exercise;
import dev.linkwright.study.ProgressStore;
import dev.linkwright.study.StudyProgress;
import dev.linkwright.study.StudyTestPacks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Study mode's logic without a window: choosing, clicking, editing, hints, grading, reveal, progress. */
class StudyViewModelTest {

    @TempDir
    Path dir;
    private StudyViewModel vm;
    private ProgressStore store;

    @BeforeEach
    void open() throws Exception {
        store = new ProgressStore(dir.resolve("progress.json"));
        vm = new StudyViewModel(List.of(StudyTestPacks.allModes()), store, new StudyProgress("tester"));
    }

    private Exercise exercise(String id) {
        return vm.exercises().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void predictFromChoiceToGradeToReveal() throws Exception {
        vm.select(exercise("closed-sg"));
        assertThat(vm.getPhase()).isEqualTo(StudyPhase.ANSWERING);
        vm.submit();
        assertThat(vm.getGrade()).isNull();
        assertThat(vm.statusProperty().get()).contains("Reachable or Blocked");
        vm.chooseBlocked();
        vm.elementClicked(ElementId.of("sg-b1"));
        assertThat(vm.pickedElementProperty().get()).isEqualTo(ElementId.of("sg-b1"));
        assertThat(vm.highlighted()).containsExactly(ElementId.of("sg-b1"));
        vm.submit();
        assertThat(vm.getPhase()).isEqualTo(StudyPhase.GRADED);
        assertThat(vm.getGrade().score()).isEqualTo(2);
        assertThat(store.load().get("test-pack/closed-sg").orElseThrow().solved()).isTrue();
        assertThat(vm.topics().get(0).solved()).isEqualTo(1);

        vm.reveal();
        assertThat(vm.getPhase()).isEqualTo(StudyPhase.REVEALED);
        assertThat(vm.traceProperty().get().verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(vm.explanationText()).contains("R-SG-1 — Allow-only, aggregate");
        assertThat(store.load().get("test-pack/closed-sg").orElseThrow().revealed()).isTrue();
        vm.elementClicked(ElementId.of("i-a1"));
        assertThat(vm.pickedElementProperty().get()).isEqualTo(ElementId.of("sg-b1")); // nothing changes after a reveal
    }

    @Test
    void retryAndNextStartOver() {
        vm.select(exercise("closed-sg"));
        vm.chooseReachable();
        vm.submit();
        assertThat(vm.getGrade().score()).isZero();
        vm.retry();
        assertThat(vm.getGrade()).isNull();
        assertThat(vm.chosenVerdictProperty().get()).isNull();
        assertThat(vm.getPhase()).isEqualTo(StudyPhase.ANSWERING);
        vm.next();
        assertThat(vm.getExercise().id()).isEqualTo("fix-route");
        vm.next();
        vm.next();
        assertThat(vm.getExercise().id()).isEqualTo("closed-sg");
        assertThat(vm.progressOf(exercise("closed-sg")).attempts()).isEqualTo(1);
    }

    @Test
    void fixGivesTheEngineHintsFirstAndAcceptsEditsThroughCommands() {
        vm.select(exercise("fix-route"));
        assertThat(vm.hintsLeftProperty().get()).isEqualTo(StudyViewModel.ENGINE_HINTS);
        vm.showHint();
        assertThat(vm.hints().get(0)).contains("reason code NO_ROUTE_TO_DESTINATION");
        vm.showHint();
        assertThat(vm.hints().get(1)).contains("rtb-b").contains("return path");
        assertThat(vm.hintsLeftProperty().get()).isZero();

        vm.elementClicked(ElementId.of("rtb-b"));
        assertThat(vm.editorTextProperty().get()).contains("\"id\" : \"rtb-b\"");
        assertThat(vm.applyEdit("{\"id\": \"rtb-b\", \"routes\": [{\"destination\": \"10.0.0.0/33\", \"target\": \"pcx-AB\"}]}")).isFalse();
        assertThat(vm.editProblemProperty().get()).contains("10.0.0.0/33");
        assertThat(vm.applyEdit("{\"id\": \"rtb-x\"}")).isFalse();
        assertThat(vm.editProblemProperty().get()).contains("keep \"id\": \"rtb-b\"");
        vm.check();
        assertThat(vm.getGrade().solved()).isFalse();
        assertThat(vm.intents()).hasSize(1);

        assertThat(vm.applyEdit("{\"id\": \"rtb-b\", \"main\": true, \"routes\": [{\"destination\": \"10.0.0.0/16\", \"target\": \"pcx-AB\"}]}"))
                .isTrue();
        assertThat(vm.canUndoProperty().get()).isTrue();
        vm.check();
        assertThat(vm.getPhase()).isEqualTo(StudyPhase.GRADED);
        assertThat(vm.getGrade().solved()).isTrue();
        assertThat(vm.progressOf(exercise("fix-route")).attempts()).isEqualTo(2);
        assertThat(vm.progressOf(exercise("fix-route")).hintsUsed()).isEqualTo(2);

        vm.undoEdit();
        assertThat(vm.getPhase()).isEqualTo(StudyPhase.ANSWERING);
        vm.check();
        assertThat(vm.getGrade().solved()).isFalse();
        assertThat(exercise("fix-route").design().topology().find(ElementId.of("rtb-b"))).isPresent();
    }

    @Test
    void spotTogglesClicksAndRevealHighlightsTheFlaws() {
        vm.select(exercise("spot-overlap"));
        vm.elementClicked(ElementId.of("i-b1"));
        vm.elementClicked(ElementId.of("VPC-A"));
        vm.elementClicked(ElementId.of("i-b1"));
        assertThat(vm.spotClicks()).containsExactly(ElementId.of("VPC-A"));
        vm.submit();
        assertThat(vm.getGrade().score()).isEqualTo(1);
        vm.reveal();
        assertThat(vm.highlighted()).containsExactly(ElementId.of("pcx-AB"));
        assertThat(vm.flaws(vm.getExercise())).extracting(f -> f.code()).containsExactly("E_PEERING_CIDR_OVERLAP");
    }

    @Test
    void aProgressFileThatCannotBeWrittenIsReportedNotThrown() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("blocked"));
        java.nio.file.Files.writeString(dir.resolve("blocked-file"), "x");
        StudyViewModel broken = new StudyViewModel(List.of(StudyTestPacks.allModes()),
                new ProgressStore(dir.resolve("blocked-file").resolve("progress.json")), new StudyProgress("t"));
        broken.select(broken.exercises().get(0));
        broken.chooseReachable();
        broken.submit();
        assertThat(broken.getGrade()).isNotNull();
        assertThat(broken.statusProperty().get()).contains("Could not save your progress");
    }
}
