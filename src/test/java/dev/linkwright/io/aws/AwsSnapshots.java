package dev.linkwright.io.aws;

import dev.linkwright.io.DesignFormatException;
import dev.linkwright.testing.SharedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The shared AWS snapshot corpus ({@code ../shared/aws-snapshots}), imported once per test run. */
public final class AwsSnapshots {

    private static final Map<String, ImportedSnapshot> CACHE = new ConcurrentHashMap<>();

    private AwsSnapshots() {
    }

    public static Path root() {
        return SharedFiles.root().resolve("aws-snapshots");
    }

    /** Every snapshot: the parent of each {@code aws_configs} folder, as a path relative to the corpus. */
    public static List<String> all() {
        try (Stream<Path> walk = Files.walk(root())) {
            return walk.filter(p -> Files.isDirectory(p) && p.getFileName().toString().equals("aws_configs"))
                    .map(p -> root().relativize(p.getParent()).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The snapshot folder of {@code name}, e.g. "batfish/test-transit-gateway". */
    public static Path folder(String name) {
        return root().resolve(name);
    }

    /** The imported snapshot {@code name} ("batfish/test-nat-gateway"), imported once. */
    public static ImportedSnapshot get(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            try {
                return new AwsSnapshotImporter().importFolder(folder(n));
            } catch (DesignFormatException e) {
                throw new AssertionError(n + " does not import: " + e.describeAll(), e);
            }
        });
    }
}
