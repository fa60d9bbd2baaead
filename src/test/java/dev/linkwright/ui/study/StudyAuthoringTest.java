package dev.linkwright.ui.study;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.io.BuiltInSamples;
import dev.linkwright.model.Design;
import dev.linkwright.study.CheckResult;
import dev.linkwright.study.Exercise;
import dev.linkwright.study.ExerciseChecker;
import dev.linkwright.study.Pack;
import dev.linkwright.study.ProgressStore;
import dev.linkwright.study.StudyProgress;
import dev.linkwright.study.StudyTestPacks;
import dev.linkwright.ui.common.DialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Authoring from the open design into a pack file, and opening that pack in Study mode. */
class StudyAuthoringTest {

    @TempDir
    Path dir;

    /** Answers file choosers from queues and records what was shown. */
    static final class Dialogs implements DialogService {
        final Deque<Path> toSave = new ArrayDeque<>();
        final Deque<Path> toOpen = new ArrayDeque<>();
        final List<String> shown = new ArrayList<>();

        @Override
        public Optional<Path> chooseFileToOpen(String title, Path initialDirectory) {
            return Optional.ofNullable(toOpen.poll());
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, Path initialDirectory, String suggestedName) {
            return Optional.ofNullable(toSave.poll());
        }

        @Override
        public void showError(String headline, String message, List<String> details) {
            shown.add("error: " + headline + " " + details);
        }

        @Override
        public void showInformation(String headline, String message) {
            shown.add("info: " + headline + " " + message);
        }
    }

    @Test
    void theSampleFlowsBecomePredictExercisesThatPassTheCheckerAndOpenInStudyMode() throws Exception {
        Design sample = BuiltInSamples.load(BuiltInSamples.DEFAULT);
        Dialogs dialogs = new Dialogs();
        Path packFile = dir.resolve("shared.json");
        dialogs.toSave.add(packFile);
        Pack pack = new StudyAuthoring(dialogs, () -> sample).saveFlowsAsPredict().orElseThrow();
        assertThat(pack.exercises()).hasSize(sample.flows().size());
        assertThat(dialogs.shown.get(0)).startsWith("info: Saved 1 exercise").contains("study check shared.json");
        for (Exercise e : pack.exercises()) {
            CheckResult r = new ExerciseChecker().check(e);
            assertThat(r.failures()).as(r.engineSays()).isEmpty();
        }

        StudyViewModel vm = new StudyViewModel(List.of(StudyTestPacks.allModes()), new ProgressStore(dir.resolve("p.json")),
                new StudyProgress("t"));
        int before = vm.exercises().size();
        assertThat(vm.openPack(packFile)).isEmpty();
        assertThat(vm.exercises()).hasSize(before + pack.exercises().size());
        assertThat(vm.topics()).extracting(t -> t.topic()).contains("custom");
        assertThat(vm.openPack(packFile)).isEmpty(); // the same pack again replaces, not doubles
        assertThat(vm.exercises()).hasSize(before + pack.exercises().size());
    }

    @Test
    void aDesignWithoutFlawsOrFlowsSaysSoAndABrokenPackIsReportedWithItsLocation() throws Exception {
        Design empty = Design.empty();
        Dialogs dialogs = new Dialogs();
        StudyAuthoring authoring = new StudyAuthoring(dialogs, () -> empty);
        assertThat(authoring.saveFlowsAsPredict()).isEmpty();
        assertThat(authoring.saveAsSpot()).isEmpty();
        assertThat(dialogs.shown).anyMatch(s -> s.startsWith("info: No flows")).anyMatch(s -> s.startsWith("info: Nothing to spot"));

        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"linkwright-study-pack\",\n \"formatVersion\": 1, \"id\": 5}");
        StudyViewModel vm = new StudyViewModel(List.of(StudyTestPacks.allModes()), new ProgressStore(dir.resolve("p.json")),
                new StudyProgress("t"));
        assertThat(vm.openPack(broken)).anyMatch(p -> p.contains("broken.json:2:") && p.contains("$.id"));
    }
}
