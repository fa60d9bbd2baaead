package dev.linkwright.study;

import dev.linkwright.model.Design;
import java.util.ArrayList;
import java.util.List;

/**
 * Grades Fix-it attempts: runs every flow intent of the student's design through the engine under
 * the exercise's profile. Solved when every intent holds, whatever edits got there.
 */
public final class FixGrader {

    private final StudyEngine engine;

    public FixGrader() {
        this(new StudyEngine());
    }

    public FixGrader(StudyEngine engine) {
        this.engine = engine;
    }

    /** Grades {@code edited}, the student's copy of {@code exercise}'s design. */
    public FixGrade grade(Exercise exercise, Design edited) {
        if (exercise.mode() != ExerciseMode.FIX) {
            throw new IllegalArgumentException(exercise.key() + " is not a Fix-it exercise");
        }
        List<IntentResult> intents = engine.intents(edited, exercise.profile());
        List<String> right = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (IntentResult r : intents) {
            (r.holds() ? right : missed).add(r.describe());
        }
        boolean all = !intents.isEmpty() && missed.isEmpty();
        return new FixGrade(intents, all ? 1 : 0, 1, right, missed);
    }
}
