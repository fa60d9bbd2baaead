package dev.linkwright.io;

import dev.linkwright.model.Design;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The sample designs shipped on the classpath under {@code /samples/} (the project's
 * {@code samples/} folder), found whether they sit in a folder ({@code mvn javafx:run}) or in the
 * jar ({@code java -jar}).
 *
 * <pre>{@code
 * Design d = BuiltInSamples.load(BuiltInSamples.DEFAULT);
 * }</pre>
 */
public final class BuiltInSamples {

    /** The sample the app opens on: the classic PrivateLink picture. */
    public static final String DEFAULT = "privatelink-basic.json";

    private static final String FOLDER = "/samples/";

    private BuiltInSamples() {
    }

    /** File names of the samples, sorted, the default first. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        URL url = BuiltInSamples.class.getResource(FOLDER + DEFAULT);
        if (url != null) {
            try {
                names.addAll(listFolderOf(url.toURI()));
            } catch (IOException | URISyntaxException | RuntimeException e) {
                names.clear();
            }
            if (names.isEmpty()) {
                names.add(DEFAULT);
            }
        }
        Collections.sort(names);
        if (names.remove(DEFAULT)) {
            names.add(0, DEFAULT);
        }
        return names;
    }

    private static List<String> listFolderOf(URI sample) throws IOException {
        if ("jar".equals(sample.getScheme())) {
            FileSystem fs;
            boolean close = false;
            try {
                fs = FileSystems.newFileSystem(sample, Map.of());
                close = true;
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(sample);
            }
            try {
                return jsonFiles(fs.getPath(FOLDER));
            } finally {
                if (close) {
                    fs.close();
                }
            }
        }
        return jsonFiles(Path.of(sample).getParent());
    }

    private static List<String> jsonFiles(Path folder) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).forEach(names::add);
        }
        return names;
    }

    /** Loads the sample {@code name}; a broken sample is reported like any broken file. */
    public static Design load(String name) throws DesignFormatException {
        byte[] bytes = bytes(name).orElseThrow(() -> new DesignFormatException(
                new FormatProblem(name, "", 0, 0, "there is no built-in sample with this name")));
        return new DesignReader().read(bytes, name);
    }

    /** The title written in the sample {@code name}, or its file name without {@code .json}. */
    public static String title(String name) {
        return text(name, "title", name.replaceFirst("\\.json$", ""));
    }

    /** The description written in the sample {@code name}, or "" when it has none. */
    public static String description(String name) {
        return text(name, "description", "");
    }

    private static String text(String name, String field, String fallback) {
        return bytes(name).map(b -> {
            try {
                com.fasterxml.jackson.databind.JsonNode value = new com.fasterxml.jackson.databind.ObjectMapper().readTree(b).get(field);
                return value != null && value.isTextual() && !value.textValue().isBlank() ? value.textValue() : fallback;
            } catch (IOException e) {
                return fallback;
            }
        }).orElse(fallback);
    }

    /** The raw bytes of the sample {@code name}, if it exists. */
    public static Optional<byte[]> bytes(String name) {
        if (name.contains("/") || name.contains("\\")) {
            return Optional.empty();
        }
        try (InputStream in = BuiltInSamples.class.getResourceAsStream(FOLDER + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
