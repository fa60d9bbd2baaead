package dev.linkwright.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.io.AtomicFiles;
import dev.linkwright.io.DesignFormatException;
import dev.linkwright.io.FormatProblem;
import dev.linkwright.io.LocatedJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Keeps a student's {@link StudyProgress} in a JSON file, by default
 * {@code progress.json} in the user data folder (the folder can be moved with the system property
 * {@code linkwright.home}). Saves are atomic ({@link AtomicFiles}): a crash mid-save leaves the
 * previous file. A damaged file is set aside as {@code progress.json.damaged} by
 * {@link #loadOrStartOver()} instead of stopping the app.
 *
 * <pre>{@code
 * ProgressStore store = new ProgressStore(ProgressStore.defaultLocation());
 * StudyProgress progress = store.loadOrStartOver();
 * }</pre>
 */
public final class ProgressStore {

    /** The value of the progress file's {@code format} field. */
    public static final String FORMAT_NAME = "linkwright-study-progress";
    private static final int FORMAT_VERSION = 1;

    private final Path file;

    /** A store writing to {@code file}. */
    public ProgressStore(Path file) {
        this.file = file;
    }

    /** {@code <linkwright.home, else the user data folder>/progress.json}. */
    public static Path defaultLocation() {
        String home = System.getProperty("linkwright.home");
        Path folder = home != null && !home.isBlank() ? Path.of(home) : dev.linkwright.io.UserDataFolder.resolve();
        return folder.resolve("progress.json");
    }

    public Path file() {
        return file;
    }

    /** The saved progress (empty when there is no file yet); a damaged file is an error with its location. */
    public StudyProgress load() throws DesignFormatException {
        if (!Files.exists(file)) {
            return new StudyProgress(System.getProperty("user.name"));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DesignFormatException(new FormatProblem(file.toString(), "", 0, 0, "could not be read: " + e.getMessage()));
        }
        LocatedJson json = LocatedJson.parse(bytes, file.toString());
        JsonNode root = json.root();
        if (!root.isObject() || !FORMAT_NAME.equals(root.path("format").asText())) {
            throw new DesignFormatException(json.problemAt("", "not a Linkwright progress file (expected \"format\": \"" + FORMAT_NAME + "\")"));
        }
        StudyProgress progress = new StudyProgress(root.path("user").asText(System.getProperty("user.name")));
        JsonNode list = root.path("exercises");
        if (!list.isArray()) {
            throw new DesignFormatException(json.problemAt("/exercises", "expected a list of exercises"));
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            try {
                Instant last = n.hasNonNull("lastAttempt") ? Instant.parse(n.get("lastAttempt").asText()) : null;
                progress.put(new ExerciseProgress(n.path("key").asText(), n.path("topic").asText(), n.path("attempts").asInt(),
                        n.path("bestScore").asInt(), n.path("maxScore").asInt(), n.path("solved").asBoolean(),
                        n.path("hintsUsed").asInt(), n.path("revealed").asBoolean(), last));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new DesignFormatException(json.problemAt("/exercises/" + i, e.getMessage()));
            }
        }
        return progress;
    }

    /**
     * The saved progress; when the file is damaged it is moved aside to {@code <file>.damaged}
     * and an empty progress is returned, so a student is never locked out of Study mode.
     */
    public StudyProgress loadOrStartOver() {
        try {
            return load();
        } catch (DesignFormatException e) {
            try {
                Files.move(file, file.resolveSibling(file.getFileName() + ".damaged"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ignored) {
                // keep going with an empty progress; the next save replaces the damaged file
            }
            return new StudyProgress(System.getProperty("user.name"));
        }
    }

    /** Writes {@code progress} atomically. */
    public void save(StudyProgress progress) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT_NAME);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("user", progress.user());
        ArrayNode list = root.putArray("exercises");
        for (ExerciseProgress p : progress.all()) {
            ObjectNode n = list.addObject();
            n.put("key", p.key());
            n.put("topic", p.topic());
            n.put("attempts", p.attempts());
            n.put("bestScore", p.bestScore());
            n.put("maxScore", p.maxScore());
            n.put("solved", p.solved());
            n.put("hintsUsed", p.hintsUsed());
            n.put("revealed", p.revealed());
            if (p.lastAttempt() != null) {
                n.put("lastAttempt", p.lastAttempt().toString());
            }
        }
        AtomicFiles.write(file, (mapper.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
