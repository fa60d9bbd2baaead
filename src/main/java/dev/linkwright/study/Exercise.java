package dev.linkwright.study;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkwright.model.Design;
import dev.linkwright.model.RulesProfile;
import java.util.List;
import java.util.Objects;

/**
 * One exercise of a pack: a design, a task, the stated answer, an explanation that cites the
 * rulebook, hints revealed one by one, a topic and a difficulty, and the rules profile it is
 * graded under. Read from pack files by {@link PackReader}; see {@code docs/study.md}.
 *
 * <p>An exercise is immutable: {@link #design()} hands out a fresh copy of its design each time,
 * so a student's edits never change the exercise.
 *
 * <pre>{@code
 * Exercise e = BuiltInPacks.load().get(0).exercises().get(0);
 * Design d = e.design();                 // the student's own copy
 * PredictGrade g = new PredictGrader().grade(e, d, PredictResponse.blocked("sg-p1"));
 * }</pre>
 */
public final class Exercise {

    private final String packId;
    private final String id;
    private final String title;
    private final ExerciseMode mode;
    private final String topic;
    private final Difficulty difficulty;
    private final RulesProfile profile;
    private final boolean profilePinned;
    private final String task;
    private final PredictQuestion question;
    private final Answer answer;
    private final String explanation;
    private final List<String> rules;
    private final List<String> hints;
    private final JsonNode designDocument;
    private final Design design;

    /** The parts of an exercise; {@code question} only for Predict, {@code profile} null for the default. */
    public Exercise(String packId, String id, String title, ExerciseMode mode, String topic, Difficulty difficulty,
                    RulesProfile profile, String task, PredictQuestion question, Answer answer, String explanation,
                    List<String> rules, List<String> hints, JsonNode designDocument, Design design) {
        this.packId = Objects.requireNonNull(packId);
        this.id = Objects.requireNonNull(id);
        this.title = title == null || title.isBlank() ? id : title;
        this.mode = Objects.requireNonNull(mode);
        this.topic = Objects.requireNonNull(topic);
        this.difficulty = Objects.requireNonNull(difficulty);
        this.profilePinned = profile != null;
        this.profile = profile == null ? RulesProfile.CURRENT : profile;
        this.task = task == null ? "" : task;
        this.question = question;
        this.answer = Objects.requireNonNull(answer);
        this.explanation = explanation == null ? "" : explanation;
        this.rules = List.copyOf(rules);
        this.hints = List.copyOf(hints);
        this.designDocument = designDocument.deepCopy();
        this.design = design.copy();
        if ((mode == ExerciseMode.PREDICT) != (question != null)) {
            throw new IllegalArgumentException("a Predict exercise, and only one, has a question");
        }
    }

    public String packId() {
        return packId;
    }

    public String id() {
        return id;
    }

    /** {@code <pack>/<exercise>}: how progress remembers the exercise. */
    public String key() {
        return packId + "/" + id;
    }

    public String title() {
        return title;
    }

    public ExerciseMode mode() {
        return mode;
    }

    /** The topic id (see {@link StudyTopics}). */
    public String topic() {
        return topic;
    }

    public Difficulty difficulty() {
        return difficulty;
    }

    /** The rules profile the exercise is graded under ({@code current} unless pinned). */
    public RulesProfile profile() {
        return profile;
    }

    /** True when the pack pins the profile (the exercise is about behaviour that changed over time). */
    public boolean profilePinned() {
        return profilePinned;
    }

    /** What the student is asked, in words. */
    public String task() {
        return task;
    }

    /** The reachability question (Predict only; null otherwise). */
    public PredictQuestion question() {
        return question;
    }

    /** The stated answer, checked by {@code study check}. */
    public Answer answer() {
        return answer;
    }

    /** Why the answer is what it is, citing the rulebook. */
    public String explanation() {
        return explanation;
    }

    /** The rulebook rule ids the explanation rests on. */
    public List<String> rules() {
        return rules;
    }

    /** Hints in the order they are revealed. */
    public List<String> hints() {
        return hints;
    }

    /** A fresh copy of the exercise's design (with its flows). */
    public Design design() {
        return design.copy();
    }

    /** The design as a design-file tree (a copy). */
    public JsonNode designDocument() {
        return designDocument.deepCopy();
    }

    @Override
    public String toString() {
        return key() + " (" + mode.wire() + ", " + difficulty.wire() + ")";
    }
}
