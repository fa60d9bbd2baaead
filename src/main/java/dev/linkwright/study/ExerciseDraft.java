package dev.linkwright.study;

import dev.linkwright.model.RulesProfile;
import java.util.List;

/**
 * What an author says about an exercise besides its design and answer: id, title, topic,
 * difficulty, an optional pinned profile, the task text, the explanation and hints. Fields left
 * empty are filled by {@link ExerciseAuthor} from what the engine says.
 */
public record ExerciseDraft(String id, String title, String topic, Difficulty difficulty, RulesProfile profile, String task,
                            String explanation, List<String> hints) {

    public ExerciseDraft {
        if (id == null || !id.matches("[a-z0-9][a-z0-9._-]{0,99}")) {
            throw new IllegalArgumentException("an exercise id is lower-case letters, digits, '.', '_' or '-' (like 'my-peering-1'), not '"
                    + id + "'");
        }
        title = title == null ? "" : title;
        topic = topic == null || topic.isBlank() ? "custom" : topic;
        difficulty = difficulty == null ? Difficulty.MEDIUM : difficulty;
        task = task == null ? "" : task;
        explanation = explanation == null ? "" : explanation;
        hints = hints == null ? List.of() : List.copyOf(hints);
    }

    /** A draft with only an id; everything else takes its default or comes from the engine. */
    public static ExerciseDraft named(String id) {
        return new ExerciseDraft(id, "", "custom", Difficulty.MEDIUM, null, "", "", List.of());
    }
}
