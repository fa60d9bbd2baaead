package dev.linkwright.io.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.io.DesignFormatException;
import dev.linkwright.io.DesignReader;
import dev.linkwright.io.DesignWriter;
import dev.linkwright.testing.HostileJson;
import dev.linkwright.testing.TestFolders;
import dev.linkwright.testing.HostileJson.Mutation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damages every JSON file of every AWS snapshot in the shared corpus with the {@link Mutation}s of
 * {@link HostileJson}, a few per file, each inside a copy of its own snapshot (so its objects are
 * converted, not skipped for want of their VPC), and imports the copy: the import either succeeds,
 * and its design saves and opens again, or fails with located problems naming a file, never
 * anything else. The timeout only catches a hang.
 */
class AwsImportFuzzTest {

    static final int MUTATIONS_PER_FILE = 6;

    @TempDir
    Path dir;

    /** The folders imported as a whole: each snapshot and the fixtures folder of single kinds. */
    static List<Path> snapshots() {
        List<Path> folders = new ArrayList<>();
        AwsSnapshots.all().forEach(name -> folders.add(AwsSnapshots.folder(name)));
        folders.add(AwsSnapshots.folder("batfish/fixtures"));
        return folders;
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void damagedSnapshotFilesImportOrFailWithALocatedProblem() throws Exception {
        Random random = new Random(31);
        Map<Mutation, int[]> triedAndRefused = new EnumMap<>(Mutation.class);
        List<String> failures = new ArrayList<>();
        int files = 0;
        int next = 0;
        for (Path snapshot : snapshots()) {
            Path copy = dir.resolve("s" + files);
            TestFolders.copyTree(snapshot, copy);
            for (Path file : TestFolders.jsonFiles(copy)) {
                files++;
                byte[] original = Files.readAllBytes(file);
                for (int i = 0; i < MUTATIONS_PER_FILE; i++) {
                    Mutation mutation = Mutation.values()[next++ % Mutation.values().length];
                    Files.write(file, HostileJson.mutate(mutation, original, random));
                    int[] counts = triedAndRefused.computeIfAbsent(mutation, m -> new int[2]);
                    counts[0]++;
                    String what = snapshot.getFileName() + "/" + copy.relativize(file) + " " + mutation + " #" + i;
                    Outcome outcome = importOnce(copy, what);
                    if (outcome.failure() != null) {
                        failures.add(outcome.failure());
                    } else if (!outcome.imported()) {
                        counts[1]++;
                    }
                }
                Files.write(file, original);
            }
        }
        int tried = triedAndRefused.values().stream().mapToInt(c -> c[0]).sum();
        System.out.println("AWS import fuzz: " + snapshots().size() + " snapshots, " + files + " files, " + tried
                + " damaged imports; refused per mutation: " + HostileJson.describe(triedAndRefused));
        assertThat(failures).as("imports that neither succeeded nor failed cleanly").isEmpty();
        assertThat(files).isGreaterThan(400);
        assertThat(tried).isGreaterThanOrEqualTo(2400);
        assertThat(triedAndRefused.keySet()).containsExactlyInAnyOrder(Mutation.values());
    }

    /** How one import ended: imported, refused cleanly, or {@code failure} says what went wrong. */
    private record Outcome(boolean imported, String failure) {
    }

    private static Outcome importOnce(Path folder, String what) {
        try {
            ImportedSnapshot s = new AwsSnapshotImporter().importFolder(folder);
            String json = new DesignWriter().toJson(s.design());
            try {
                new DesignReader().read(json.getBytes(StandardCharsets.UTF_8), "imported.json");
            } catch (DesignFormatException e) {
                return new Outcome(true, what + ": imported, but the design does not open again: " + e.getMessage());
            }
            return new Outcome(true, null);
        } catch (DesignFormatException e) {
            String all = e.describeAll();
            if (e.problems().isEmpty() || e.problems().stream().anyMatch(p -> p.file().isBlank())
                    || all.contains("Exception") || all.contains("\tat ")) {
                return new Outcome(false, what + ": refused without a clear, located problem: " + all);
            }
            return new Outcome(false, null);
        } catch (RuntimeException | StackOverflowError e) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            return new Outcome(false, what + ": " + trace.toString().lines().limit(6).reduce((a, b) -> a + "\n" + b).orElse(""));
        }
    }
}
