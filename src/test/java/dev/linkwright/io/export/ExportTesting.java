package dev.linkwright.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.io.DesignFiles;
import dev.linkwright.io.DesignFormatException;
import dev.linkwright.model.Design;
import dev.linkwright.model.Element;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Fixtures of the export tests: the samples, the encoded scenarios, golden files. */
public final class ExportTesting {

    public static final Path GOLDEN = Path.of("src/test/resources/export/golden");

    private ExportTesting() {
    }

    /** Every design in samples/. */
    public static Stream<Path> samples() {
        return list(Path.of("samples"));
    }

    /** The samples, the public scenarios encoded as designs and the export fixtures (cross-account links). */
    public static Stream<Path> samplesAndScenarios() {
        return Stream.concat(Stream.concat(samples(), list(Path.of("src/test/resources/scenarios"))),
                list(Path.of("src/test/resources/export")));
    }

    private static Stream<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Design load(Path file) {
        try {
            return DesignFiles.load(file);
        } catch (DesignFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static Design basic() {
        return load(Path.of("samples/privatelink-basic.json"));
    }

    public static List<String> ids(Design design) {
        List<String> ids = new ArrayList<>();
        for (Element e : design.topology().elements()) {
            ids.add(e.id().value());
        }
        return ids;
    }

    /**
     * Compares {@code actual} with the golden file {@code name}. With -Dlinkwright.updateGolden=true
     * the file is (re)written instead; a missing file is written and the test fails once.
     */
    public static void assertMatchesGolden(String name, String actual) {
        Path file = GOLDEN.resolve(name);
        String normalised = actual.replace("\r\n", "\n");
        try {
            if (Boolean.getBoolean("linkwright.updateGolden") || !Files.exists(file)) {
                boolean existed = Files.exists(file);
                Files.createDirectories(file.getParent());
                Files.writeString(file, normalised, StandardCharsets.UTF_8);
                assertThat(existed || Boolean.getBoolean("linkwright.updateGolden"))
                        .as("golden file %s was missing and has been written; check it and run again", file).isTrue();
                return;
            }
            assertThat(normalised).as("output differs from golden file %s (update with -Dlinkwright.updateGolden=true)", file)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
