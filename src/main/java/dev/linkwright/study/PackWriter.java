package dev.linkwright.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.io.AtomicFiles;
import dev.linkwright.io.DesignFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Adds authored exercises to pack files, creating the pack when the file does not exist. The new
 * pack is read back with {@link PackReader} before anything is written, so a pack file is never
 * left invalid; the write itself is atomic, keeping the previous version as {@code .bak}.
 *
 * <pre>{@code
 * Pack pack = new PackWriter().add(Path.of("my-pack.json"), entry);
 * }</pre>
 */
public final class PackWriter {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Adds {@code exercise} (a pack entry, as {@link ExerciseAuthor} makes) to the pack in
     * {@code file}; an exercise with the same id is replaced. Returns the pack as written.
     */
    public Pack add(Path file, ObjectNode exercise) throws IOException, DesignFormatException {
        ObjectNode pack;
        if (Files.exists(file)) {
            Pack existing = new PackReader().read(file); // refuse to touch a pack that is already broken
            pack = (ObjectNode) mapper.readTree(Files.readAllBytes(file));
            if (existing.exercises().isEmpty() && !pack.has("exercises")) {
                pack.putArray("exercises");
            }
        } else {
            pack = newPack(file);
        }
        ArrayNode list = (ArrayNode) pack.get("exercises");
        String id = exercise.path("id").asText();
        boolean replaced = false;
        for (int i = 0; i < list.size(); i++) {
            if (id.equals(list.get(i).path("id").asText())) {
                list.set(i, exercise);
                replaced = true;
            }
        }
        if (!replaced) {
            list.add(exercise);
        }
        byte[] bytes = (mapper.writeValueAsString(pack) + "\n").getBytes(StandardCharsets.UTF_8);
        Pack written = new PackReader().read(bytes, file.toString(), file.toString());
        AtomicFiles.writeKeepingBackup(file, bytes);
        return written;
    }

    private ObjectNode newPack(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        String id = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[^a-z0-9]+", "");
        ObjectNode pack = mapper.createObjectNode();
        pack.put("format", PackReader.FORMAT_NAME);
        pack.put("formatVersion", PackReader.FORMAT_VERSION);
        pack.put("id", id.isEmpty() ? "my-pack" : id);
        pack.put("title", name.isEmpty() ? "My exercises" : name);
        pack.put("topic", "custom");
        pack.putArray("exercises");
        return pack;
    }

    /** The pack entry as JSON text (for sharing or showing). */
    public String toText(JsonNode exercise) throws IOException {
        return mapper.writeValueAsString(exercise);
    }
}
