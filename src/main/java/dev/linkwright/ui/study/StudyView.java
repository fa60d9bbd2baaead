package dev.linkwright.ui.study;

import dev.linkwright.io.DesignFormatException;
import dev.linkwright.model.ElementId;
import dev.linkwright.study.BuiltInPacks;
import dev.linkwright.study.Pack;
import dev.linkwright.study.StudyProgress;
import java.util.List;
import javafx.application.Platform;
import dev.linkwright.study.ProgressStore;
import dev.linkwright.ui.canvas.DiagramCanvas;
import dev.linkwright.ui.common.DialogService;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * Study mode: the pack browser with progress per topic on the left, the exercise's design on the
 * same canvas as the editor in the middle with the trace player under it after a reveal, and the
 * task card on the right. Bound to a {@link StudyViewModel}; clicks on the canvas go to it.
 *
 * <pre>{@code
 * StudyView view = new StudyView(new StudyViewModel(BuiltInPacks.load(), new ProgressStore(file)));
 * }</pre>
 */
public final class StudyView extends BorderPane {

    private final StudyViewModel model;
    private final StudySelection selection = new StudySelection();
    private final DiagramCanvas canvas = new DiagramCanvas(selection);
    private final TracePlayer tracePlayer;
    private final TaskCard card;
    private final ExerciseBrowser browser;

    /** Study mode with the simple trace list, without "Open pack…". */
    public StudyView(StudyViewModel model) {
        this(model, new TraceListPlayer(), null);
    }

    /**
     * Study mode showing traces in {@code tracePlayer} (the simulator can take the list's place);
     * with {@code dialogs}, "Open pack…" asks for pack files and reports located problems.
     */
    public StudyView(StudyViewModel model, TracePlayer tracePlayer, DialogService dialogs) {
        this.model = model;
        this.tracePlayer = tracePlayer;
        setId("study-view");
        getStyleClass().add("study-view");
        getStylesheets().add(StudyView.class.getResource("study.css").toExternalForm());
        canvas.setId("study-canvas");
        Label empty = new Label("Choose an exercise on the left: its design opens here.");
        empty.getStyleClass().add("study-empty");
        canvas.setPlaceholder(new StackPane(empty));
        selection.setOnClick(model::elementClicked);
        card = new TaskCard(model);
        browser = new ExerciseBrowser(model);
        browser.setOnOpenPack(dialogs == null ? null : () -> openPack(dialogs));
        BorderPane middle = new BorderPane(canvas);
        middle.setBottom(tracePlayer.node());
        setLeft(browser);
        setCenter(middle);
        setRight(card);

        model.designProperty().addListener((o, was, is) -> canvas.setDesign(is));
        model.highlighted().addListener((ListChangeListener<ElementId>) c -> selection.show(model.highlighted()));
        model.traceProperty().addListener((o, was, is) -> tracePlayer.show(is));
        tracePlayer.setOnHopChosen(canvas::reveal);
        canvas.setDesign(model.designProperty().get());
    }

    /**
     * Study mode over the built-in packs with progress kept in {@code store}. The packs are read on
     * a background thread (a first read takes a moment while the JVM warms up); until then the
     * node says it is loading, and if the packs cannot be read it says so in a sentence.
     */
    public static javafx.scene.Node builtIn(ProgressStore store, DialogService dialogs) {
        Label loading = new Label("Loading the exercises…");
        loading.getStyleClass().add("study-empty");
        StackPane holder = new StackPane(loading);
        holder.setId("study-loading");
        Thread worker = new Thread(() -> {
            try {
                List<Pack> packs = BuiltInPacks.load();
                StudyProgress progress = store.loadOrStartOver();
                Platform.runLater(() -> holder.getChildren().setAll(
                        new StudyView(new StudyViewModel(packs, store, progress), new TraceListPlayer(), dialogs)));
            } catch (DesignFormatException | RuntimeException e) {
                Platform.runLater(() -> loading.setText("The built-in study packs could not be read: " + e.getMessage()));
            }
        }, "study-packs-loader");
        worker.setDaemon(true);
        worker.start();
        return holder;
    }

    private void openPack(DialogService dialogs) {
        dialogs.chooseFileToOpen("Open a study pack", null).ifPresent(file -> {
            List<String> problems = model.openPack(file);
            if (!problems.isEmpty()) {
                dialogs.showError("Cannot open " + file.getFileName(), file.getFileName() + " is not a study pack Linkwright can read.",
                        problems);
            }
        });
    }

    public StudyViewModel model() {
        return model;
    }

    /** The canvas the exercise's design is drawn on. */
    public DiagramCanvas canvas() {
        return canvas;
    }

    public TracePlayer tracePlayer() {
        return tracePlayer;
    }
}
