package dev.linkwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkwright.io.DesignFiles;
import dev.linkwright.io.DesignFormatException;
import dev.linkwright.io.aws.AwsSnapshotImporter;
import dev.linkwright.io.aws.AwsSnapshots;
import dev.linkwright.testing.CliResult;
import dev.linkwright.testing.HostileJson;
import dev.linkwright.testing.TestFolders;
import dev.linkwright.testing.HostileJson.Mutation;
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
 * Runs the command line in-process ({@link LinkwrightCli#run}) on damaged copies of every sample
 * and scenario ({@code validate}, {@code reach}, {@code convert}, {@code export}) and of every AWS
 * snapshot ({@code import-aws}): an input that cannot be read exits 2 with the reason on stderr
 * naming the file; any run, whatever its exit code, prints no stack trace. The timeout only catches
 * a hang.
 */
class CommandLineFuzzTest {

    static final int MUTATIONS_PER_COMMAND = 4;
    static final int MUTATIONS_PER_SNAPSHOT = 10;

    @TempDir
    Path dir;

    private final Random random = new Random(4242);
    private final Map<Mutation, int[]> triedAndRefused = new EnumMap<>(Mutation.class);
    private final List<String> failures = new ArrayList<>();
    private int next;

    static List<Path> designs() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("samples", "src/test/resources/scenarios")) {
            try (Stream<Path> s = Files.list(Path.of(folder))) {
                s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void damagedInputsExitTwoWithAMessageNamingTheFileAndNeverATrace() throws Exception {
        int runs = 0;
        for (Path design : designs()) {
            byte[] original = Files.readAllBytes(design);
            List<String> reachArgs = reachArguments(original);
            for (String command : List.of("validate", "reach", "convert", "export")) {
                for (int i = 0; i < MUTATIONS_PER_COMMAND; i++) {
                    Mutation mutation = nextMutation();
                    Path damaged = dir.resolve(design.getFileName().toString());
                    Files.write(damaged, HostileJson.mutate(mutation, original, random));
                    List<String> args = new ArrayList<>(List.of(command, damaged.toString()));
                    switch (command) {
                        case "reach" -> args.addAll(reachArgs);
                        case "convert" -> args.addAll(List.of("-o", dir.resolve("converted.json").toString()));
                        case "export" -> args.addAll(List.of("-f", i % 2 == 0 ? "svg" : "tf-json", "-o", dir.resolve("exported").toString()));
                        default -> { }
                    }
                    check(mutation, damaged, args, readable(damaged));
                    runs++;
                }
            }
        }
        for (String name : AwsSnapshots.all()) {
            Path copy = dir.resolve("snapshot-" + runs);
            TestFolders.copyTree(AwsSnapshots.folder(name), copy);
            List<Path> files = TestFolders.jsonFiles(copy);
            for (int i = 0; i < MUTATIONS_PER_SNAPSHOT; i++) {
                Mutation mutation = nextMutation();
                Path file = files.get(random.nextInt(files.size()));
                byte[] original = Files.readAllBytes(file);
                Files.write(file, HostileJson.mutate(mutation, original, random));
                check(mutation, copy, List.of("import-aws", copy.toString(), "-o", dir.resolve("imported.json").toString()),
                        importable(copy));
                Files.write(file, original);
                runs++;
            }
        }
        int refused = triedAndRefused.values().stream().mapToInt(c -> c[1]).sum();
        System.out.println("command line fuzz: " + runs + " runs, " + refused + " refused with exit 2; per mutation: "
                + HostileJson.describe(triedAndRefused));
        assertThat(failures).as("runs that crashed, printed a trace or did not name the file").isEmpty();
        assertThat(runs).isGreaterThanOrEqualTo(500);
        assertThat(triedAndRefused.keySet()).containsExactlyInAnyOrder(Mutation.values());
    }

    private Mutation nextMutation() {
        return Mutation.values()[next++ % Mutation.values().length];
    }

    /**
     * Runs {@code args}: when the input cannot be read ({@code readable} is false) it must exit 2 and
     * say so naming {@code input}; in every case stderr holds no stack trace and stays short.
     */
    private void check(Mutation mutation, Path input, List<String> args, boolean readable) {
        int[] counts = triedAndRefused.computeIfAbsent(mutation, m -> new int[2]);
        counts[0]++;
        CliResult r;
        try {
            r = CliResult.run(args.toArray(String[]::new));
        } catch (RuntimeException | Error e) {
            failures.add(args + " " + mutation + ": escaped the command line: " + e);
            return;
        }
        String what = args.get(0) + " " + mutation + " (" + input.getFileName() + "): exit " + r.exitCode() + ", stderr: "
                + r.err().lines().limit(3).toList();
        if (r.exitCode() == LinkwrightCli.BAD_INPUT) {
            counts[1]++;
        }
        if (r.err().contains("Exception") || r.err().contains("\tat ") || r.err().contains("unexpected problem")) {
            failures.add(what + ": stack trace or unexpected problem");
        } else if (r.err().lines().count() > 60 || r.err().lines().anyMatch(l -> l.length() > 2_000)) {
            failures.add(what + ": stderr is not a short message");
        } else if (r.exitCode() < 0 || r.exitCode() > 2) {
            failures.add(what + ": exit code out of range");
        } else if (!readable && (r.exitCode() != LinkwrightCli.BAD_INPUT || !r.err().contains(input.toString()))) {
            failures.add(what + ": unreadable input must exit 2 naming " + input);
        }
    }

    private static boolean readable(Path design) {
        try {
            DesignFiles.load(design);
            return true;
        } catch (DesignFormatException e) {
            return false;
        }
    }

    private static boolean importable(Path folder) {
        try {
            new AwsSnapshotImporter().importFolder(folder);
            return true;
        } catch (DesignFormatException e) {
            return false;
        }
    }

    /** {@code --from}, {@code --to} and {@code --port} of the design's first flow, or of its first and last instance. */
    private static List<String> reachArguments(byte[] design) throws IOException {
        JsonNode root = new ObjectMapper().readTree(design);
        JsonNode flow = root.path("flows").path(0);
        if (flow.has("from") && flow.has("to")) {
            return List.of("--from", flow.get("from").asText(), "--to", flow.get("to").asText(), "--port",
                    flow.path("port").asText("443").replaceAll("-.*", ""));
        }
        List<String> instances = root.findValues("instances").stream().flatMap(a -> {
            List<String> ids = new ArrayList<>();
            a.forEach(i -> ids.add(i.path("id").asText()));
            return ids.stream();
        }).toList();
        String from = instances.isEmpty() ? "internet" : instances.get(0);
        String to = instances.size() < 2 ? "10.0.0.10" : instances.get(instances.size() - 1);
        return List.of("--from", from, "--to", to, "--port", "443");
    }
}
