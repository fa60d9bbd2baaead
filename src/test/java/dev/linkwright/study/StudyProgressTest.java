package dev.linkwright.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linkwright.io.DesignFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scores and progress: best score kept, per-topic summary, saved atomically and read back. */
class StudyProgressTest {

    private static final Instant T = Instant.parse("2025-01-02T03:04:05Z");

    @Test
    void theBestScoreAndSolvedAreKeptAcrossAttempts() throws Exception {
        Exercise e = StudyFixtures.exercise("closed-sg");
        StudyProgress progress = new StudyProgress("student");
        PredictGrader grader = new PredictGrader();
        progress.record(e, grader.grade(e, e.design(), PredictResponse.blocked("sg-b1")), 1, false, T);
        ExerciseProgress p = progress.record(e, grader.grade(e, e.design(), PredictResponse.reachable()), 0, true, T.plusSeconds(60));
        assertThat(p.attempts()).isEqualTo(2);
        assertThat(p.bestScore()).isEqualTo(2);
        assertThat(p.maxScore()).isEqualTo(2);
        assertThat(p.solved()).isTrue();
        assertThat(p.hintsUsed()).isEqualTo(1);
        assertThat(p.revealed()).isTrue();
        assertThat(p.lastAttempt()).isEqualTo(T.plusSeconds(60));
    }

    @Test
    void theSummaryCountsPerTopicInTopicOrder() throws Exception {
        List<Exercise> all = new java.util.ArrayList<>();
        BuiltInPacks.load().forEach(pk -> all.addAll(pk.exercises()));
        Exercise classic = all.stream().filter(x -> x.id().equals("pcx-classic")).findFirst().orElseThrow();
        Exercise transitive = all.stream().filter(x -> x.id().equals("pcx-not-transitive")).findFirst().orElseThrow();
        StudyProgress progress = new StudyProgress("student");
        progress.record(classic, new PredictGrader().grade(classic, classic.design(), PredictResponse.reachable()), 0, false, T);
        progress.record(transitive, new PredictGrader().grade(transitive, transitive.design(), PredictResponse.reachable()), 0, false, T);
        List<TopicSummary> summary = progress.summary(all);
        assertThat(summary).extracting(TopicSummary::topic).startsWith(StudyTopics.known().toArray(String[]::new));
        TopicSummary peering = summary.stream().filter(s -> s.topic().equals("peering")).findFirst().orElseThrow();
        assertThat(peering.attempted()).isEqualTo(2);
        assertThat(peering.solved()).isEqualTo(1);
        assertThat(peering.score()).isEqualTo(1);
        assertThat(peering.maxScore()).isEqualTo(3);
        assertThat(peering.describe()).startsWith("1 of ").endsWith("solved, 1 tried");
        assertThat(peering.title()).isEqualTo("Peering and edge-to-edge");
    }

    @Test
    void progressIsSavedAndReadBack(@TempDir Path dir) throws Exception {
        Exercise e = StudyFixtures.exercise("closed-sg");
        StudyProgress progress = new StudyProgress("student");
        progress.record(e, new PredictGrader().grade(e, e.design(), PredictResponse.blocked("sg-b1")), 2, false, T);
        Path file = dir.resolve("nested").resolve("progress.json");
        ProgressStore store = new ProgressStore(file);
        store.save(progress);
        assertThat(file).exists();
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("progress.json"); // no temp file left
        }
        StudyProgress back = store.load();
        assertThat(back.user()).isEqualTo("student");
        assertThat(back.get(e.key())).contains(progress.get(e.key()).orElseThrow());
    }

    @Test
    void noFileMeansNoProgress(@TempDir Path dir) throws Exception {
        assertThat(new ProgressStore(dir.resolve("progress.json")).load().all()).isEmpty();
    }

    @Test
    void aDamagedFileIsLocatedAndCanBeSetAside(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("progress.json"), "{\"format\": \"linkwright-study-progress\",\n \"exercises\": [{\"key\": \"\"}]}");
        ProgressStore store = new ProgressStore(file);
        assertThatThrownBy(store::load).isInstanceOf(DesignFormatException.class).hasMessageContaining("progress.json:2:");
        assertThat(store.loadOrStartOver().all()).isEmpty();
        assertThat(dir.resolve("progress.json.damaged")).exists();
        assertThat(file).doesNotExist();
    }

    @Test
    void theDefaultLocationIsInTheUserDataFolder() {
        String old = System.getProperty("linkwright.home");
        try {
            System.clearProperty("linkwright.home");
            assertThat(ProgressStore.defaultLocation()).isEqualTo(dev.linkwright.io.UserDataFolder.resolve().resolve("progress.json"));
            System.setProperty("linkwright.home", "/tmp/lw-home");
            assertThat(ProgressStore.defaultLocation()).isEqualTo(Path.of("/tmp/lw-home", "progress.json"));
        } finally {
            if (old == null) {
                System.clearProperty("linkwright.home");
            } else {
                System.setProperty("linkwright.home", old);
            }
        }
    }
}
