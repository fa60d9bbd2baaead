package dev.linkwright.ui.study;

import dev.linkwright.study.Exercise;
import dev.linkwright.study.ExerciseProgress;
import dev.linkwright.study.StudyTopics;
import dev.linkwright.study.TopicSummary;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The pack browser: progress per topic, and the exercises by topic with what the student did with each. */
final class ExerciseBrowser extends VBox {

    private final StudyViewModel model;
    private final VBox progressRows = new VBox(5);
    private final TreeView<Object> tree = new TreeView<>();
    private final javafx.scene.control.Button openPack = new javafx.scene.control.Button("Open pack…");
    private boolean updating;

    ExerciseBrowser(StudyViewModel model) {
        super(8);
        this.model = model;
        getStyleClass().add("study-browser");
        setPadding(new Insets(10));
        setPrefWidth(330);
        setMinWidth(240);
        Label heading = new Label("Your progress");
        heading.getStyleClass().add("study-heading");
        progressRows.setId("study-progress");
        tree.setId("study-exercises");
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new ExerciseCell());
        VBox.setVgrow(tree, Priority.ALWAYS);
        Label list = new Label("Exercises");
        list.getStyleClass().add("study-heading");
        openPack.setId("study-open-pack");
        openPack.getStyleClass().add("flat");
        openPack.setTooltip(new javafx.scene.control.Tooltip("Add the exercises of a pack file (shared with you, or your own)"));
        javafx.scene.layout.Region spring = new javafx.scene.layout.Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox listHeader = new HBox(6, list, spring, openPack);
        listHeader.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(heading, progressRows, listHeader, tree);
        model.exercises().addListener((ListChangeListener<Exercise>) c -> buildTree());
        buildTree();
        showProgress();
        model.topics().addListener((ListChangeListener<TopicSummary>) c -> {
            showProgress();
            tree.refresh();
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (!updating && is != null && is.getValue() instanceof Exercise e && e != model.getExercise()) {
                model.select(e);
            }
        });
        model.exerciseProperty().addListener((o, was, is) -> reveal(is));
    }

    /** What "Open pack…" does (the view asks for a file); the button is hidden without one. */
    void setOnOpenPack(Runnable action) {
        openPack.setOnAction(e -> action.run());
        openPack.setVisible(action != null);
        openPack.setManaged(action != null);
    }

    private void buildTree() {
        TreeItem<Object> root = new TreeItem<>("exercises");
        Map<String, TreeItem<Object>> byTopic = new LinkedHashMap<>();
        model.exercises().stream().map(Exercise::topic).distinct()
                .sorted(java.util.Comparator.comparingInt(StudyTopics::order).thenComparing(t -> t))
                .forEach(t -> {
                    TreeItem<Object> item = new TreeItem<>(t);
                    item.setExpanded(true);
                    byTopic.put(t, item);
                    root.getChildren().add(item);
                });
        for (Exercise e : model.exercises()) {
            byTopic.get(e.topic()).getChildren().add(new TreeItem<>(e));
        }
        tree.setRoot(root);
    }

    private void showProgress() {
        progressRows.getChildren().clear();
        for (TopicSummary s : model.topics()) {
            Label title = new Label(s.title());
            title.getStyleClass().add("study-topic-title");
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            Label count = new Label(s.solved() + "/" + s.exercises());
            count.getStyleClass().add("text-muted");
            ProgressBar bar = new ProgressBar(s.solvedFraction());
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.getStyleClass().add("study-topic-bar");
            VBox row = new VBox(2, new HBox(6, title, count), bar);
            javafx.scene.control.Tooltip.install(row, new javafx.scene.control.Tooltip(
                    s.describe() + (s.maxScore() > 0 ? " · score " + s.score() + " of " + s.maxScore() : "")));
            row.getStyleClass().add("study-topic-row");
            row.setUserData(s.topic());
            progressRows.getChildren().add(row);
        }
    }

    private void reveal(Exercise e) {
        updating = true;
        try {
            for (TreeItem<Object> topic : tree.getRoot().getChildren()) {
                for (TreeItem<Object> item : topic.getChildren()) {
                    if (item.getValue() == e) {
                        tree.getSelectionModel().select(item);
                        tree.scrollTo(Math.max(0, tree.getRow(item) - 3));
                    }
                }
            }
        } finally {
            updating = false;
        }
    }

    /** A topic title, or an exercise with its mode, difficulty and a mark for solved (✓) or tried (•). */
    private final class ExerciseCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("study-topic", "study-exercise-solved");
            setGraphic(null);
            if (empty || item == null) {
                setText(null);
                return;
            }
            if (item instanceof Exercise e) {
                ExerciseProgress p = model.progressOf(e);
                String mark = p.solved() ? "✓ " : p.attempts() > 0 || p.revealed() ? "• " : "   ";
                setText(null);
                Label name = new Label(mark + e.title());
                Label kind = new Label("     " + e.mode().label() + " · " + e.difficulty().wire()
                        + (e.profilePinned() ? " · " + e.profile().wire() : ""));
                kind.getStyleClass().add("text-muted");
                kind.setStyle("-fx-font-size: 0.85em;");
                setGraphic(new VBox(0, name, kind));
                if (p.solved()) {
                    getStyleClass().add("study-exercise-solved");
                }
            } else {
                setText(StudyTopics.title(item.toString()));
                getStyleClass().add("study-topic");
            }
        }
    }
}
