package dev.linkwright.ui.study;

import dev.linkwright.analysis.Verdict;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.FlowIntent;
import dev.linkwright.study.Exercise;
import dev.linkwright.study.ExerciseMode;
import dev.linkwright.study.Grade;
import dev.linkwright.study.IntentResult;
import dev.linkwright.study.StudyTopics;
import dev.linkwright.validation.Finding;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The task card on the right of Study mode: the question, the answer controls of the exercise's
 * mode, hints one by one, the grade, the reveal, and retry / next. It only shows the view model's
 * state and forwards the student's actions.
 */
final class TaskCard extends ScrollPane {

    private final StudyViewModel model;
    private final Label title = wrapped("study-title", "study-card-title");
    private final Label meta = wrapped("study-meta", "text-muted");
    private final Label task = wrapped("study-task", null);
    private final Label question = wrapped("study-question", "study-question");

    private final ToggleButton reachable = new ToggleButton("Reachable");
    private final ToggleButton blocked = new ToggleButton("Blocked");
    private final Label picked = wrapped("study-picked", null);
    private final Button submit = button("Check answer", "study-submit");
    private final VBox predictPane;

    private final VBox intentList = new VBox(3);
    private final Label editing = wrapped("study-editing", "text-muted");
    private final TextArea editor = new TextArea();
    private final Label editProblem = wrapped("study-edit-problem", "study-problem");
    private final Button apply = button("Apply edit", "study-apply-edit");
    private final Button undo = button("Undo", "study-undo-edit");
    private final Button check = button("Check intents", "study-check");
    private final VBox fixPane;

    private final Label clicks = wrapped("study-clicks", null);
    private final Button clear = button("Clear", "study-clear-clicks");
    private final Button submitSpot = button("Check answer", "study-submit-spot");
    private final VBox spotPane;

    private final Button hint = button("Hint", "study-hint");
    private final VBox hintList = new VBox(3);
    private final Label score = wrapped("study-score", "study-score");
    private final VBox gradeLines = new VBox(3);
    private final Button reveal = button("Reveal answer", "study-reveal");
    private final Label explanation = wrapped("study-explanation", "study-explanation");
    private final Button retry = button("Retry", "study-retry");
    private final Button next = button("Next exercise", "study-next");
    private final Label status = wrapped("study-status", "text-muted");
    private final VBox content;

    TaskCard(StudyViewModel model) {
        this.model = model;
        setId("study-task-card");
        getStyleClass().add("study-card");
        setFitToWidth(true);
        setPrefWidth(380);
        setMinWidth(300);

        ToggleGroup verdicts = new ToggleGroup();
        reachable.setToggleGroup(verdicts);
        blocked.setToggleGroup(verdicts);
        reachable.setId("study-answer-reachable");
        blocked.setId("study-answer-blocked");
        reachable.setOnAction(e -> model.chooseReachable());
        blocked.setOnAction(e -> model.chooseBlocked());
        submit.setOnAction(e -> model.submit());
        predictPane = new VBox(8, question, new HBox(8, reachable, blocked), picked, submit);

        intentList.setId("study-intents");
        editor.setId("study-editor");
        editor.setPrefRowCount(12);
        editor.setWrapText(false);
        editor.getStyleClass().add("study-editor");
        apply.setOnAction(e -> model.applyEdit(editor.getText()));
        undo.setOnAction(e -> model.undoEdit());
        check.setOnAction(e -> model.check());
        check.getStyleClass().add("accent");
        fixPane = new VBox(8, heading("Intents"), intentList, heading("Edit"), editing, editor, editProblem, new HBox(8, apply, undo), check);

        clear.setOnAction(e -> model.clearClicks());
        submitSpot.setOnAction(e -> model.submit());
        spotPane = new VBox(8, clicks, new HBox(8, clear, submitSpot));
        submit.getStyleClass().add("accent");
        submitSpot.getStyleClass().add("accent");

        hint.setOnAction(e -> model.showHint());
        hintList.setId("study-hints");
        gradeLines.setId("study-grade-lines");
        reveal.setOnAction(e -> model.reveal());
        retry.setOnAction(e -> model.retry());
        next.setOnAction(e -> model.next());

        content = new VBox(10, title, meta, task, predictPane, fixPane, spotPane, new Separator(), hint, hintList, score, gradeLines,
                reveal, explanation, new Separator(), new HBox(8, retry, next), status);
        content.setPadding(new Insets(12));
        setContent(content);

        model.exerciseProperty().addListener((o, was, is) -> refresh());
        model.phaseProperty().addListener((o, was, is) -> refresh());
        model.chosenVerdictProperty().addListener((o, was, is) -> refresh());
        model.pickedElementProperty().addListener((o, was, is) -> refresh());
        model.gradeProperty().addListener((o, was, is) -> refresh());
        model.hintsLeftProperty().addListener((o, was, is) -> refresh());
        model.editProblemProperty().addListener((o, was, is) -> refresh());
        model.canUndoProperty().addListener((o, was, is) -> refresh());
        model.editorTextProperty().addListener((o, was, is) -> editor.setText(is));
        model.spotClicks().addListener((ListChangeListener<ElementId>) c -> refresh());
        model.hints().addListener((ListChangeListener<String>) c -> refresh());
        model.intents().addListener((ListChangeListener<IntentResult>) c -> refresh());
        status.textProperty().bind(model.statusProperty());
        refresh();
    }

    private void refresh() {
        Exercise e = model.getExercise();
        StudyPhase phase = model.getPhase();
        boolean open = e != null;
        boolean answering = phase == StudyPhase.ANSWERING;
        boolean revealed = phase == StudyPhase.REVEALED;
        title.setText(open ? e.title() : "Study mode");
        meta.setText(open ? e.mode().label() + " · " + e.difficulty().label() + " · " + StudyTopics.title(e.topic())
                + (e.profilePinned() ? " · rules of " + e.profile().wire() : "") : "");
        task.setText(open ? e.task() : "Pick an exercise on the left. Each one is graded by the same engine that analyses real designs.");
        show(predictPane, open && e.mode() == ExerciseMode.PREDICT);
        show(fixPane, open && e.mode() == ExerciseMode.FIX);
        show(spotPane, open && e.mode() == ExerciseMode.SPOT);
        if (open && e.mode() == ExerciseMode.PREDICT) {
            question.setText(e.question().text());
            reachable.setSelected(model.chosenVerdictProperty().get() == Verdict.REACHABLE);
            blocked.setSelected(model.chosenVerdictProperty().get() == Verdict.BLOCKED);
            reachable.setDisable(!answering);
            blocked.setDisable(!answering);
            ElementId p = model.pickedElementProperty().get();
            picked.setText(model.chosenVerdictProperty().get() != Verdict.BLOCKED ? ""
                    : p == null ? "Blocking component: click it on the canvas." : "Blocking component: " + p);
            submit.setDisable(!answering || model.chosenVerdictProperty().get() == null);
        }
        if (open && e.mode() == ExerciseMode.FIX) {
            showIntents(e);
            ElementId p = model.pickedElementProperty().get();
            editing.setText(p == null ? "Click an element on the canvas to edit it." : "Editing " + p + " (its entry in the design file):");
            editor.setDisable(p == null || revealed);
            apply.setDisable(p == null || revealed);
            undo.setDisable(!model.canUndoProperty().get() || revealed);
            check.setDisable(revealed);
            editProblem.setText(model.editProblemProperty().get());
            show(editProblem, !model.editProblemProperty().get().isEmpty());
        }
        if (open && e.mode() == ExerciseMode.SPOT) {
            clicks.setText(model.spotClicks().isEmpty() ? "Click the elements with design errors on the canvas (click again to unmark)."
                    : "Marked: " + model.spotClicks().stream().map(ElementId::value).collect(Collectors.joining(", ")));
            clear.setDisable(!answering || model.spotClicks().isEmpty());
            submitSpot.setDisable(!answering);
        }
        hint.setText("Hint (" + model.hintsLeftProperty().get() + " left)");
        hint.setDisable(!open || model.hintsLeftProperty().get() == 0);
        hintList.getChildren().setAll(model.hints().stream().map(h -> (Node) wrapped(null, "study-hint-text", "💡 " + h)).toList());
        showGrade(model.getGrade());
        reveal.setDisable(!open || revealed);
        show(explanation, revealed);
        explanation.setText(revealed ? revealText(e) : "");
        retry.setDisable(!open);
        next.setDisable(model.exercises().isEmpty());
    }

    private void showIntents(Exercise e) {
        intentList.getChildren().clear();
        if (!model.intents().isEmpty()) {
            for (IntentResult r : model.intents()) {
                Label l = wrapped(null, r.holds() ? "study-intent-ok" : "study-intent-broken", r.describe());
                intentList.getChildren().add(l);
            }
            return;
        }
        var design = model.designProperty().get();
        if (design == null) {
            return;
        }
        design.flows().stream().filter(f -> f.intent() != FlowIntent.NONE).forEach(f -> intentList.getChildren().add(
                wrapped(null, null, "? " + f.label() + (f.intent() == FlowIntent.MUST_BE_REACHABLE ? " must be reachable" : " must be blocked"))));
    }

    private void showGrade(Grade g) {
        gradeLines.getChildren().clear();
        if (g == null) {
            score.setText("");
            show(score, false);
            return;
        }
        show(score, true);
        score.setText((g.solved() ? "✓ " : "✗ ") + "Score " + g.score() + " of " + g.maxScore());
        g.right().forEach(s -> gradeLines.getChildren().add(wrapped(null, "study-right", "✓ " + s)));
        g.missed().forEach(s -> gradeLines.getChildren().add(wrapped(null, "study-missed", "✗ " + s)));
    }

    private String revealText(Exercise e) {
        StringBuilder sb = new StringBuilder();
        if (e.mode() == ExerciseMode.SPOT) {
            sb.append("The flaws:\n");
            for (Finding f : model.flaws(e)) {
                sb.append("• ").append(f.code()).append(" on ").append(f.primaryElement()).append(": ").append(f.message()).append('\n');
            }
            sb.append('\n');
        }
        sb.append(model.explanationText());
        return sb.toString();
    }

    private static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("study-heading");
        return l;
    }

    private static Label wrapped(String id, String style) {
        return wrapped(id, style, "");
    }

    private static Label wrapped(String id, String style, String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        if (id != null) {
            l.setId(id);
        }
        if (style != null) {
            l.getStyleClass().add(style);
        }
        return l;
    }

    private static Button button(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        return b;
    }
}
