package dev.linkwright.ui.study;

import dev.linkwright.analysis.Trace;
import dev.linkwright.analysis.Verdict;
import dev.linkwright.command.CommandStack;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.study.Answer;
import dev.linkwright.study.ElementJsonEdit;
import dev.linkwright.study.Exercise;
import dev.linkwright.study.ExerciseMode;
import dev.linkwright.study.ExerciseProgress;
import dev.linkwright.study.ExpectedFinding;
import dev.linkwright.study.FixGrade;
import dev.linkwright.study.FixGrader;
import dev.linkwright.study.Grade;
import dev.linkwright.study.IntentResult;
import dev.linkwright.study.Pack;
import dev.linkwright.study.PredictGrade;
import dev.linkwright.study.PredictGrader;
import dev.linkwright.study.PredictResponse;
import dev.linkwright.study.ProgressStore;
import dev.linkwright.study.RulebookRules;
import dev.linkwright.study.SpotGrade;
import dev.linkwright.study.SpotGrader;
import dev.linkwright.study.StudyEngine;
import dev.linkwright.study.StudyProgress;
import dev.linkwright.study.TopicSummary;
import dev.linkwright.validation.Finding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state and actions of Study mode, without a window: the exercise list with progress per
 * topic, the open exercise with the student's own copy of its design, the answer being built
 * (verdict and blocking component, edits, clicked elements), hints revealed one by one, the grade,
 * and the reveal (explanation, trace). Grading uses the same engines as real designs; every
 * graded attempt is recorded in the student's progress and saved.
 *
 * <pre>{@code
 * StudyViewModel vm = new StudyViewModel(BuiltInPacks.load(), new ProgressStore(file));
 * vm.select(vm.exercises().get(0));
 * vm.chooseBlocked(); vm.elementClicked(ElementId.of("sg-p1")); vm.submit();
 * }</pre>
 */
public final class StudyViewModel {

    /** Engine hints a Fix-it exercise offers before its authored ones: the reason code, then where. */
    static final int ENGINE_HINTS = 2;

    private final ProgressStore store;
    private final StudyProgress progress;
    private final PredictGrader predictGrader;
    private final FixGrader fixGrader;
    private final SpotGrader spotGrader;
    private final StudyEngine engine;

    private final ObservableList<Exercise> exercises = FXCollections.observableArrayList();
    private final ObservableList<TopicSummary> topics = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Exercise> exercise = new ReadOnlyObjectWrapper<>(this, "exercise");
    private final ReadOnlyObjectWrapper<Design> design = new ReadOnlyObjectWrapper<>(this, "design");
    private final ReadOnlyObjectWrapper<StudyPhase> phase = new ReadOnlyObjectWrapper<>(this, "phase", StudyPhase.IDLE);
    private final ReadOnlyObjectWrapper<Verdict> chosenVerdict = new ReadOnlyObjectWrapper<>(this, "chosenVerdict");
    private final ReadOnlyObjectWrapper<ElementId> pickedElement = new ReadOnlyObjectWrapper<>(this, "pickedElement");
    private final ObservableList<ElementId> spotClicks = FXCollections.observableArrayList();
    private final ObservableList<String> hints = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper hintsLeft = new ReadOnlyIntegerWrapper(this, "hintsLeft");
    private final ReadOnlyObjectWrapper<Grade> grade = new ReadOnlyObjectWrapper<>(this, "grade");
    private final ObservableList<IntentResult> intents = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper editorText = new ReadOnlyStringWrapper(this, "editorText", "");
    private final ReadOnlyStringWrapper editProblem = new ReadOnlyStringWrapper(this, "editProblem", "");
    private final ReadOnlyObjectWrapper<Trace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ObservableList<ElementId> highlighted = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Choose an exercise on the left.");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    // read-only views made once: a view made per call would be collected, and its listeners with it
    private final ObservableList<Exercise> exercisesView = FXCollections.unmodifiableObservableList(exercises);
    private final ObservableList<TopicSummary> topicsView = FXCollections.unmodifiableObservableList(topics);
    private final ObservableList<ElementId> spotClicksView = FXCollections.unmodifiableObservableList(spotClicks);
    private final ObservableList<String> hintsView = FXCollections.unmodifiableObservableList(hints);
    private final ObservableList<IntentResult> intentsView = FXCollections.unmodifiableObservableList(intents);
    private final ObservableList<ElementId> highlightedView = FXCollections.unmodifiableObservableList(highlighted);
    private CommandStack stack;

    /** Study mode over {@code packs}, keeping progress in {@code store} (loaded now; a damaged file is set aside). */
    public StudyViewModel(List<Pack> packs, ProgressStore store) {
        this(packs, store, store.loadOrStartOver(), new StudyEngine());
    }

    /** Study mode over {@code packs} with {@code progress} already loaded from {@code store}. */
    public StudyViewModel(List<Pack> packs, ProgressStore store, StudyProgress progress) {
        this(packs, store, progress, new StudyEngine());
    }

    StudyViewModel(List<Pack> packs, ProgressStore store, StudyProgress progress, StudyEngine engine) {
        this.store = store;
        this.progress = progress;
        this.engine = engine;
        this.predictGrader = new PredictGrader(engine);
        this.fixGrader = new FixGrader(engine);
        this.spotGrader = new SpotGrader(engine);
        packs.forEach(p -> exercises.addAll(p.exercises()));
        refreshTopics();
    }

    // ---- state ------------------------------------------------------------------------------------

    /** Every exercise of every pack, in pack order. */
    public ObservableList<Exercise> exercises() {
        return exercisesView;
    }

    /** Progress per topic, in topic order. */
    public ObservableList<TopicSummary> topics() {
        return topicsView;
    }

    /** What the student did with {@code e} so far. */
    public ExerciseProgress progressOf(Exercise e) {
        return progress.of(e);
    }

    public ReadOnlyObjectProperty<Exercise> exerciseProperty() {
        return exercise.getReadOnlyProperty();
    }

    public Exercise getExercise() {
        return exercise.get();
    }

    /** The student's copy of the open exercise's design (edited in Fix it). */
    public ReadOnlyObjectProperty<Design> designProperty() {
        return design.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StudyPhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public StudyPhase getPhase() {
        return phase.get();
    }

    /** Predict: the verdict chosen so far (null before a choice). */
    public ReadOnlyObjectProperty<Verdict> chosenVerdictProperty() {
        return chosenVerdict.getReadOnlyProperty();
    }

    /** Predict: the blocking component clicked; Fix it: the element being edited. */
    public ReadOnlyObjectProperty<ElementId> pickedElementProperty() {
        return pickedElement.getReadOnlyProperty();
    }

    /** Spot the flaw: the elements clicked, in order. */
    public ObservableList<ElementId> spotClicks() {
        return spotClicksView;
    }

    /** The hints revealed so far. */
    public ObservableList<String> hints() {
        return hintsView;
    }

    public ReadOnlyIntegerProperty hintsLeftProperty() {
        return hintsLeft.getReadOnlyProperty();
    }

    /** The last grade (null before the first). */
    public ReadOnlyObjectProperty<Grade> gradeProperty() {
        return grade.getReadOnlyProperty();
    }

    public Grade getGrade() {
        return grade.get();
    }

    /** Fix it: the intents as the last Check found them. */
    public ObservableList<IntentResult> intents() {
        return intentsView;
    }

    /** Fix it: the picked element's entry, as text to edit. */
    public ReadOnlyStringProperty editorTextProperty() {
        return editorText.getReadOnlyProperty();
    }

    /** Fix it: why the last edit could not be applied (empty when it was). */
    public ReadOnlyStringProperty editProblemProperty() {
        return editProblem.getReadOnlyProperty();
    }

    /** The trace the trace player shows (set by a reveal). */
    public ReadOnlyObjectProperty<Trace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    /** The elements the canvas should show selected: the pick, the clicks, or the flaws after a reveal. */
    public ObservableList<ElementId> highlighted() {
        return highlightedView;
    }

    /** One line about what just happened, for the card's footer. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** Grows with every edit of the design, so views can refresh. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The explanation with the rules it cites and their titles (for the reveal). */
    public String explanationText() {
        Exercise e = exercise.get();
        if (e == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(e.explanation());
        sb.append("\n\nRules:");
        for (String r : e.rules()) {
            sb.append("\n  ").append(r).append(RulebookRules.title(r).map(t -> " — " + t).orElse(""));
        }
        return sb.toString();
    }

    // ---- actions ----------------------------------------------------------------------------------

    /** Opens {@code e} with a fresh copy of its design. */
    public void select(Exercise e) {
        exercise.set(e);
        start();
        status.set(e == null ? "Choose an exercise on the left." : e.mode().label() + ": " + instruction(e.mode()));
    }

    /** Starts the open exercise over: a fresh design, no answer, no hints. */
    public void retry() {
        start();
        status.set("Started over.");
    }

    /** Opens the next exercise in the list (the first after the last). */
    public void next() {
        if (exercises.isEmpty()) {
            return;
        }
        int i = exercise.get() == null ? -1 : exercises.indexOf(exercise.get());
        select(exercises.get((i + 1) % exercises.size()));
    }

    private void start() {
        Exercise e = exercise.get();
        Design d = e == null ? null : e.design();
        stack = d == null ? null : new CommandStack(d);
        if (stack != null) {
            stack.addListener(this::designEdited);
        }
        design.set(d);
        phase.set(e == null ? StudyPhase.IDLE : StudyPhase.ANSWERING);
        chosenVerdict.set(null);
        pickedElement.set(null);
        spotClicks.clear();
        hints.clear();
        grade.set(null);
        intents.clear();
        editorText.set("");
        editProblem.set("");
        trace.set(null);
        highlighted.clear();
        canUndo.set(false);
        updateHintsLeft();
    }

    private static String instruction(ExerciseMode mode) {
        return switch (mode) {
            case PREDICT -> "answer Reachable or Blocked; if blocked, click the blocking component on the canvas, then Check answer.";
            case FIX -> "click an element on the canvas, edit it, Apply; Check runs every intent.";
            case SPOT -> "click every element with a design error, then Check answer.";
        };
    }

    /** Predict: the flow is reachable. */
    public void chooseReachable() {
        if (answering(ExerciseMode.PREDICT)) {
            chosenVerdict.set(Verdict.REACHABLE);
            pickedElement.set(null);
            highlighted.clear();
        }
    }

    /** Predict: the flow is blocked (then click the blocker). */
    public void chooseBlocked() {
        if (answering(ExerciseMode.PREDICT)) {
            chosenVerdict.set(Verdict.BLOCKED);
            status.set("Now click the component that blocks it.");
        }
    }

    /** A click on an element of the canvas: the blocker (Predict), the element to edit (Fix it), a flaw (Spot). */
    public void elementClicked(ElementId id) {
        Exercise e = exercise.get();
        if (e == null || id == null || phase.get() == StudyPhase.REVEALED) {
            return;
        }
        switch (e.mode()) {
            case PREDICT -> {
                if (phase.get() != StudyPhase.ANSWERING) {
                    return;
                }
                chosenVerdict.set(Verdict.BLOCKED);
                pickedElement.set(id);
                highlighted.setAll(id);
                status.set("Blocking component: " + id);
            }
            case FIX -> {
                pickedElement.set(id);
                highlighted.setAll(id);
                editProblem.set("");
                editorText.set(ElementJsonEdit.fragment(design.get(), id).orElse(""));
                status.set(editorText.get().isEmpty() ? id + " has no settings to edit here; pick a resource, route table, security group or ACL."
                        : "Editing " + id + ": change its settings and Apply.");
            }
            case SPOT -> {
                if (phase.get() != StudyPhase.ANSWERING) {
                    return;
                }
                if (spotClicks.contains(id)) {
                    spotClicks.remove(id);
                } else {
                    spotClicks.add(id);
                }
                highlighted.setAll(spotClicks);
                status.set(spotClicks.size() + " element" + (spotClicks.size() == 1 ? "" : "s") + " marked.");
            }
        }
    }

    /** Spot the flaw: forget the clicks. */
    public void clearClicks() {
        spotClicks.clear();
        highlighted.clear();
    }

    private boolean answering(ExerciseMode mode) {
        Exercise e = exercise.get();
        return e != null && e.mode() == mode && phase.get() == StudyPhase.ANSWERING;
    }

    /** Predict and Spot the flaw: grade the answer. */
    public void submit() {
        Exercise e = exercise.get();
        if (e == null || phase.get() != StudyPhase.ANSWERING) {
            return;
        }
        if (e.mode() == ExerciseMode.PREDICT) {
            if (chosenVerdict.get() == null) {
                status.set("Choose Reachable or Blocked first.");
                return;
            }
            PredictGrade g = predictGrader.grade(e, design.get(), new PredictResponse(chosenVerdict.get(), pickedElement.get()));
            graded(e, g);
        } else if (e.mode() == ExerciseMode.SPOT) {
            SpotGrade g = spotGrader.grade(e, design.get(), List.copyOf(spotClicks));
            graded(e, g);
        } else {
            check();
        }
    }

    /** Fix it: run every intent on the edited design. */
    public void check() {
        Exercise e = exercise.get();
        if (e == null || e.mode() != ExerciseMode.FIX || phase.get() == StudyPhase.REVEALED) {
            return;
        }
        FixGrade g = fixGrader.grade(e, design.get());
        intents.setAll(g.intents());
        if (g.solved()) {
            graded(e, g);
        } else {
            grade.set(g);
            String saveProblem = record(e, g);
            status.set(g.broken().size() + " of " + g.intents().size() + " intents do not hold yet." + saveProblem);
        }
    }

    private void graded(Exercise e, Grade g) {
        grade.set(g);
        phase.set(StudyPhase.GRADED);
        String saveProblem = record(e, g);
        status.set((g.solved() ? "Right! " : "Not quite. ") + "Score " + g.score() + " of " + g.maxScore() + ". Reveal shows why."
                + saveProblem);
    }

    /** Records the attempt and saves; returns "" or a sentence saying why the progress could not be saved. */
    private String record(Exercise e, Grade g) {
        progress.record(e, g, hints.size(), phase.get() == StudyPhase.REVEALED);
        refreshTopics();
        return save();
    }

    private String save() {
        try {
            store.save(progress);
            return "";
        } catch (IOException | RuntimeException ex) {
            return " Could not save your progress to " + store.file() + ": " + ex.getMessage();
        }
    }

    /** Fix it: apply the edited text of the picked element as one undoable command. */
    public boolean applyEdit(String text) {
        Exercise e = exercise.get();
        ElementId id = pickedElement.get();
        if (e == null || e.mode() != ExerciseMode.FIX || id == null || phase.get() == StudyPhase.REVEALED) {
            return false;
        }
        try {
            boolean changed = stack.execute(ElementJsonEdit.command(design.get(), id, text));
            editProblem.set("");
            editorText.set(ElementJsonEdit.fragment(design.get(), id).orElse(""));
            status.set(changed ? "Applied: " + stack.undoDescription().orElse("edit") + ". Check to run the intents." : "Nothing changed.");
            return changed;
        } catch (ElementJsonEdit.EditException ex) {
            editProblem.set(ex.getMessage());
            status.set("The edit was not applied.");
            return false;
        }
    }

    /** Fix it: undo the last edit. */
    public void undoEdit() {
        if (stack != null && stack.canUndo() && phase.get() != StudyPhase.REVEALED) {
            stack.undo();
            ElementId id = pickedElement.get();
            editorText.set(id == null ? "" : ElementJsonEdit.fragment(design.get(), id).orElse(""));
            status.set("Undone.");
        }
    }

    private void designEdited() {
        canUndo.set(stack.canUndo());
        revision.set(revision.get() + 1);
        if (phase.get() == StudyPhase.GRADED && exercise.get() != null && exercise.get().mode() == ExerciseMode.FIX) {
            phase.set(StudyPhase.ANSWERING); // an edit after solving reopens the exercise
        }
    }

    /** Reveals the next hint (Fix it: first the engine's reason code, then where, then the authored hints). */
    public void showHint() {
        Exercise e = exercise.get();
        if (e == null || hintsLeft.get() == 0) {
            return;
        }
        int shown = hints.size();
        if (e.mode() == ExerciseMode.FIX && shown < ENGINE_HINTS) {
            hints.add(engineHint(e, shown));
        } else {
            int authored = e.mode() == ExerciseMode.FIX ? shown - ENGINE_HINTS : shown;
            hints.add(e.hints().get(authored));
        }
        updateHintsLeft();
    }

    private String engineHint(Exercise e, int level) {
        List<IntentResult> now = engine.intents(design.get(), e.profile());
        IntentResult broken = now.stream().filter(r -> !r.holds()).findFirst().orElse(null);
        if (broken == null) {
            return "Every intent holds now: press Check.";
        }
        if (broken.trace() == null) {
            return broken.flow().label() + " cannot be analysed: " + broken.problem();
        }
        Trace t = broken.trace();
        if (t.isReachable()) {
            return level == 0 ? "'" + broken.flow().label() + "' must be blocked, but it is reachable."
                    : "Its path: " + String.join(" → ", t.forwardIds().stream().map(ElementId::value).toList());
        }
        return level == 0 ? "'" + broken.flow().label() + "' is blocked with reason code " + t.blockedAt().code() + "."
                : "It is blocked at " + t.blockedAt().elementId() + " on the " + t.blockedAt().direction().wire() + " path ("
                + t.blockedAt().rule() + ").";
    }

    private void updateHintsLeft() {
        Exercise e = exercise.get();
        int total = e == null ? 0 : e.hints().size() + (e.mode() == ExerciseMode.FIX ? ENGINE_HINTS : 0);
        hintsLeft.set(Math.max(0, total - hints.size()));
    }

    /** Shows the answer: the explanation, and the trace (Predict, Fix it) or the flaws (Spot the flaw). */
    public void reveal() {
        Exercise e = exercise.get();
        if (e == null || phase.get() == StudyPhase.REVEALED) {
            return;
        }
        phase.set(StudyPhase.REVEALED);
        switch (e.mode()) {
            case PREDICT -> {
                Trace t = engine.trace(design.get(), e.question(), e.profile());
                trace.set(t);
                highlighted.setAll(StudyEngine.blockingElements(t, design.get()));
            }
            case FIX -> {
                List<IntentResult> now = engine.intents(design.get(), e.profile());
                intents.setAll(now);
                IntentResult shown = now.stream().filter(r -> !r.holds()).findFirst().orElse(now.isEmpty() ? null : now.get(0));
                trace.set(shown == null ? null : shown.trace());
                if (shown != null && shown.trace() != null) {
                    highlighted.setAll(StudyEngine.blockingElements(shown.trace(), design.get()));
                }
            }
            case SPOT -> {
                Set<ElementId> flaws = new LinkedHashSet<>();
                for (Finding f : flaws(e)) {
                    flaws.add(f.primaryElement());
                }
                highlighted.setAll(flaws);
            }
        }
        ExerciseProgress p = progress.of(e);
        progress.put(new ExerciseProgress(p.key(), p.topic(), p.attempts(), p.bestScore(), p.maxScore(), p.solved(), Math.max(p.hintsUsed(),
                hints.size()), true, p.lastAttempt()));
        refreshTopics();
        status.set("Answer revealed." + save());
    }

    /** Spot the flaw: the validator's findings the exercise asks for, on the student's design. */
    public List<Finding> flaws(Exercise e) {
        if (!(e.answer() instanceof Answer.Spot spot)) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (ExpectedFinding f : spot.findings()) {
            codes.add(f.code());
        }
        List<Finding> list = new ArrayList<>();
        for (Finding f : engine.validate(design.get(), e.profile()).findings()) {
            if (codes.contains(f.code())) {
                list.add(f);
            }
        }
        return list;
    }

    /**
     * Adds the exercises of the pack file at {@code file} (a shared or self-authored pack); returns
     * the problems that kept it out, each located, or an empty list when it was added. A pack whose
     * id is already open replaces it.
     */
    public List<String> openPack(java.nio.file.Path file) {
        Pack pack;
        try {
            pack = new dev.linkwright.study.PackReader().read(file);
        } catch (dev.linkwright.io.DesignFormatException ex) {
            return ex.problems().stream().map(dev.linkwright.io.FormatProblem::describe).toList();
        }
        exercises.removeIf(x -> x.packId().equals(pack.id()));
        exercises.addAll(pack.exercises());
        refreshTopics();
        status.set("Opened " + pack.title() + ": " + pack.exercises().size() + " exercise" + (pack.exercises().size() == 1 ? "" : "s") + ".");
        return List.of();
    }

    private void refreshTopics() {
        topics.setAll(progress.summary(exercises));
    }

    /** The progress kept for the student (for tests and the summary). */
    public StudyProgress progress() {
        return progress;
    }
}
