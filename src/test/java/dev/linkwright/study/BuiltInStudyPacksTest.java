package dev.linkwright.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every built-in exercise is proved by the checker; the packs cover the topics, modes and difficulties. */
class BuiltInStudyPacksTest {

    private static List<Exercise> exercises;

    @BeforeAll
    static void load() throws Exception {
        exercises = new ArrayList<>();
        BuiltInPacks.load().forEach(p -> exercises.addAll(p.exercises()));
    }

    @Test
    void everyBuiltInExercisePassesStudyCheck() {
        ExerciseChecker checker = new ExerciseChecker();
        List<String> wrong = new ArrayList<>();
        for (Exercise e : exercises) {
            CheckResult r = checker.check(e);
            if (!r.ok()) {
                wrong.add(e.key() + ": " + r.failures() + " (engine: " + r.engineSays() + ")");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void thereAreAtLeastThirtyWithUniqueKeys() {
        assertThat(exercises).hasSizeGreaterThanOrEqualTo(30);
        Set<String> keys = new HashSet<>();
        exercises.forEach(e -> assertThat(keys.add(e.key())).as(e.key()).isTrue());
    }

    @Test
    void everyTopicHasExercisesOfEveryMode() {
        Set<String> topics = new HashSet<>();
        exercises.forEach(e -> topics.add(e.topic()));
        assertThat(topics).containsAll(StudyTopics.known());
        Set<ExerciseMode> modes = EnumSet.noneOf(ExerciseMode.class);
        Set<Difficulty> levels = EnumSet.noneOf(Difficulty.class);
        exercises.forEach(e -> {
            modes.add(e.mode());
            levels.add(e.difficulty());
        });
        assertThat(modes).containsExactlyInAnyOrder(ExerciseMode.values());
        assertThat(levels).containsExactlyInAnyOrder(Difficulty.values());
    }

    @Test
    void everyExplanationCitesTheRulebookInItsText() {
        for (Exercise e : exercises) {
            assertThat(RulebookRules.citedIn(e.explanation())).as(e.key()).isNotEmpty().allMatch(RulebookRules::exists);
            assertThat(e.rules()).as(e.key()).isNotEmpty().allMatch(RulebookRules::exists);
        }
    }

    @Test
    void exercisesAboutChangedBehaviourStateBothProfiles() {
        List<Exercise> pinned = exercises.stream().filter(Exercise::profilePinned).toList();
        assertThat(pinned).hasSizeGreaterThanOrEqualTo(3);
        for (Exercise e : pinned) {
            boolean both = e.answer() instanceof Answer.Predict p ? p.otherProfile() != null
                    : e.answer() instanceof Answer.Spot s && s.otherProfile() != null;
            assertThat(both).as(e.key() + " checks the other profile too").isTrue();
            assertThat(e.explanation()).as(e.key()).containsIgnoringCase("2020").containsAnyOf("today", "Today", "current");
        }
    }

    @Test
    void theClassicTrapsAreThere() {
        Set<String> ids = new HashSet<>();
        exercises.forEach(e -> ids.add(e.id()));
        assertThat(ids).contains("pcx-not-transitive", "dx-gateway-endpoint-from-onprem", "pl-az-names-vs-ids", "pl-pending-acceptance",
                "pl-nlb-source-at-target", "nacl-return-ephemeral", "vpn-edge-to-edge", "tgw-spokes-isolated",
                "nat-fix-private-nat-subnet", "igw-no-public-ip", "pcx-spot-sg-reference-cross-region", "nlb-az-without-targets",
                "pl-udp-then-and-now");
    }

    @Test
    void theRulebookListMatchesTheSharedRulebookWhenPresent() throws Exception {
        java.nio.file.Path book = java.nio.file.Path.of(System.getProperty("linkwright.shared", "../shared"), "spec", "aws-network-rules.md");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(book), "shared rulebook not present");
        Set<String> ids = new HashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\*\\*(R-[A-Z0-9]+-[0-9]+) ")
                .matcher(java.nio.file.Files.readString(book));
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertThat(RulebookRules.all().keySet()).containsExactlyInAnyOrderElementsOf(ids);
    }
}
