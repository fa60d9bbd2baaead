package dev.linkwright.study;

import java.util.List;
import java.util.Optional;

/**
 * A pack of exercises as read from one pack file: an id, a title, where it came from (a file
 * name, or {@code builtin:<name>}) and its exercises in file order.
 */
public record Pack(String id, String title, String description, String source, List<Exercise> exercises) {

    public Pack {
        exercises = List.copyOf(exercises);
        description = description == null ? "" : description;
    }

    /** The exercise with {@code exerciseId}, if the pack has it. */
    public Optional<Exercise> exercise(String exerciseId) {
        return exercises.stream().filter(e -> e.id().equals(exerciseId)).findFirst();
    }
}
