package dev.linkwright.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.linkwright.testing.HostileJson;
import dev.linkwright.testing.HostileJson.Mutation;
import dev.linkwright.testing.SharedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damages every sample, every encoded scenario and the public scenario file with every
 * {@link Mutation} (truncation, flipped and random bytes, deep nesting, wrong types, huge numbers
 * and strings, duplicate ids and keys, cyclic containment, missing values, many elements) thousands
 * of times, and opens each result as the app and the command line do ({@link DesignFiles#load}):
 * it either opens or is refused with a located {@link DesignFormatException}, never anything else.
 * The timeout only catches a hang; it is far above the run's usual time.
 */
class HostileInputFuzzTest {

    static final int ROUNDS_PER_MUTATION = 14;

    @TempDir
    Path dir;

    static List<Path> corpus() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("samples", "src/test/resources/scenarios")) {
            try (Stream<Path> s = Files.list(Path.of(folder))) {
                s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        files.add(SharedFiles.publicScenarios());
        return files;
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void damagedFilesOpenOrAreRefusedWithALocatedProblem() throws Exception {
        Random random = new Random(20261125);
        Map<Mutation, int[]> triedAndRefused = new EnumMap<>(Mutation.class);
        Path target = dir.resolve("fuzz.json");
        for (Path file : corpus()) {
            byte[] original = Files.readAllBytes(file);
            for (int round = 0; round < ROUNDS_PER_MUTATION; round++) {
                for (Mutation mutation : Mutation.values()) {
                    Files.write(target, HostileJson.mutate(mutation, original, random));
                    int[] counts = triedAndRefused.computeIfAbsent(mutation, m -> new int[2]);
                    counts[0]++;
                    if (!opensOrIsRefusedCleanly(target, file.getFileName() + " " + mutation + " round " + round)) {
                        counts[1]++;
                    }
                }
            }
        }
        int tried = triedAndRefused.values().stream().mapToInt(c -> c[0]).sum();
        System.out.println("design file fuzz: " + corpus().size() + " files, " + tried + " damaged copies opened; refused per mutation: "
                + HostileJson.describe(triedAndRefused));
        assertThat(tried).isGreaterThanOrEqualTo(3000);
        assertThat(triedAndRefused.keySet()).containsExactlyInAnyOrder(Mutation.values());
        assertThat(triedAndRefused.get(Mutation.RANDOM_BYTES)[1]).as("random bytes are always refused")
                .isEqualTo(triedAndRefused.get(Mutation.RANDOM_BYTES)[0]);
    }

    /** True when it opened, false when refused with a located problem; fails on anything else. */
    private static boolean opensOrIsRefusedCleanly(Path file, String what) {
        try {
            DesignFiles.load(file);
            return true;
        } catch (DesignFormatException e) {
            assertThat(e.problems()).as(what).isNotEmpty();
            assertThat(e.getMessage()).as(what).startsWith(file.toString()).doesNotContain("Exception").doesNotContain("\tat ");
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            fail(what + ": " + e, e);
            return false;
        }
    }
}
