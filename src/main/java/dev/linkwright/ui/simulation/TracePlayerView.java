package dev.linkwright.ui.simulation;

import dev.linkwright.analysis.StepResult;
import dev.linkwright.analysis.flows.FixSuggestion;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The trace player: play, pause, step back and forward, a speed slider and the hop counter; below,
 * what was checked at the current hop (each step with its result, the rule or route that matched
 * and the packet's addresses there) and, at the blocking hop, the reason in one sentence with the
 * rule reference and "Show fix suggestions". Bound to a {@link TracePlayerViewModel}; the study mode
 * reuses it for a revealed trace.
 */
public final class TracePlayerView extends BorderPane {

    private final TracePlayerViewModel model;

    public TracePlayerView(TracePlayerViewModel model) {
        this.model = model;
        setId("trace-player");
        getStyleClass().add("trace-player");
        setTop(controls());
        setCenter(body());
        Label empty = new Label("Select a flow in the Flows tab and press Play to watch its packets hop by hop.");
        empty.setId("trace-empty");
        empty.getStyleClass().add("sim-empty");
        empty.setWrapText(true);
        empty.visibleProperty().bind(model.traceProperty().isNull());
        empty.managedProperty().bind(empty.visibleProperty());
        getCenter().visibleProperty().bind(model.traceProperty().isNotNull());
        setBottom(empty);
    }

    public TracePlayerViewModel model() {
        return model;
    }

    private HBox controls() {
        Button back = button(Material2AL.FAST_REWIND, "Step back one hop", "trace-step-back", model::stepBack);
        Button play = button(Material2MZ.PLAY_ARROW, "Play / pause", "trace-play", model::togglePlay);
        model.playingProperty().addListener((o, was, is) ->
                ((FontIcon) play.getGraphic()).setIconCode(is ? Material2MZ.PAUSE : Material2MZ.PLAY_ARROW));
        Button forward = button(Material2AL.FAST_FORWARD, "Step forward one hop", "trace-step-forward", model::stepForward);
        Button restart = button(Material2MZ.REPLAY, "Back to the first hop", "trace-restart", () -> model.goTo(0));
        for (Button b : new Button[] {back, play, forward, restart}) {
            b.disableProperty().bind(model.traceProperty().isNull());
        }
        Label counter = new Label();
        counter.setId("trace-counter");
        counter.textProperty().bind(model.counterProperty());
        counter.setMinWidth(70);
        Label verdict = new Label();
        verdict.setId("trace-verdict");
        verdict.textProperty().bind(model.verdictTextProperty());
        verdict.getStyleClass().add("trace-verdict");
        model.verdictTextProperty().addListener((o, was, is) -> {
            verdict.getStyleClass().removeAll("verdict-ok", "verdict-blocked");
            verdict.getStyleClass().add(is.startsWith("Reachable") ? "verdict-ok" : "verdict-blocked");
        });
        Slider speed = new Slider(0.25, 6, model.speedProperty().get());
        speed.setId("trace-speed");
        speed.setPrefWidth(120);
        speed.valueProperty().bindBidirectional(model.speedProperty());
        speed.setTooltip(new Tooltip("Speed: hops per second"));
        Label speedLabel = new Label("speed");
        speedLabel.getStyleClass().add("text-muted");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(6, restart, back, play, forward, counter, new Separator(Orientation.VERTICAL), speedLabel, speed, spring, verdict);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        return bar;
    }

    private static Button button(org.kordamp.ikonli.Ikon icon, String tip, String id, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().add("flat");
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private HBox body() {
        Label title = new Label();
        title.setId("trace-hop-title");
        title.getStyleClass().add("trace-hop-title");
        title.textProperty().bind(model.hopTitleProperty());
        ListView<TracePlayerViewModel.StepLine> steps = new ListView<>(model.stepLines());
        steps.setId("trace-steps");
        steps.setCellFactory(v -> new StepCell());
        steps.setFocusTraversable(false);
        VBox.setVgrow(steps, Priority.ALWAYS);
        VBox hop = new VBox(4, title, steps);
        hop.setPadding(new Insets(0, 8, 6, 8));
        HBox.setHgrow(hop, Priority.ALWAYS);

        Label callout = new Label();
        callout.setId("trace-callout");
        callout.getStyleClass().add("trace-callout");
        callout.setWrapText(true);
        callout.setMinHeight(Region.USE_PREF_SIZE);
        callout.setMaxWidth(Double.MAX_VALUE);
        callout.textProperty().bind(model.calloutProperty());
        Button showFixes = new Button("Show fix suggestions");
        showFixes.setId("trace-show-fixes");
        showFixes.setOnAction(e -> model.showFixes());
        ListView<FixSuggestion> fixes = new ListView<>(model.fixes());
        fixes.setId("trace-fixes");
        fixes.setCellFactory(v -> new FixCell(model));
        fixes.setPlaceholder(new Label("No suggestion."));
        fixes.visibleProperty().bind(model.fixesShownProperty());
        fixes.managedProperty().bind(fixes.visibleProperty());
        VBox.setVgrow(fixes, Priority.ALWAYS);
        VBox blocked = new VBox(6, callout, showFixes, fixes);
        blocked.setId("trace-blocked-box");
        blocked.setPadding(new Insets(0, 8, 6, 0));
        blocked.setPrefWidth(430);
        blocked.setMinWidth(300);
        blocked.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.atBlockerProperty().get() || model.fixesShownProperty().get(),
                model.atBlockerProperty(), model.fixesShownProperty()));
        blocked.managedProperty().bind(blocked.visibleProperty());
        return new HBox(hop, blocked);
    }

    /** One checked step: result mark, what was checked, what matched, the packet there. */
    private static final class StepCell extends ListCell<TracePlayerViewModel.StepLine> {
        @Override
        protected void updateItem(TracePlayerViewModel.StepLine item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("step-pass", "step-fail", "step-note");
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label mark = new Label(item.result() == StepResult.PASS ? "✓" : item.result() == StepResult.FAIL ? "✗" : "•");
            mark.getStyleClass().add("step-mark");
            mark.setMinWidth(16);
            Label action = new Label(item.action());
            action.getStyleClass().add("step-action");
            action.setMinWidth(180);
            Label detail = new Label(item.detail());
            detail.setWrapText(true);
            detail.setMinHeight(Region.USE_PREF_SIZE);
            Label packet = new Label(item.packet());
            packet.getStyleClass().add("step-packet");
            VBox text = new VBox(1, detail, packet);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox row = new HBox(8, mark, action, text);
            row.setAlignment(Pos.TOP_LEFT);
            detail.maxWidthProperty().bind(widthProperty().subtract(240));
            setText(null);
            setGraphic(row);
            getStyleClass().add(item.result() == StepResult.PASS ? "step-pass" : item.result() == StepResult.FAIL ? "step-fail" : "step-note");
        }
    }

    /** One fix suggestion with its explanation and, when mechanical, an Apply button. */
    private static final class FixCell extends ListCell<FixSuggestion> {
        private final TracePlayerViewModel model;

        FixCell(TracePlayerViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(FixSuggestion item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label title = new Label(item.title());
            title.getStyleClass().add("fix-title");
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE);
            Label why = new Label(item.explanation());
            why.setWrapText(true);
            why.setMinHeight(Region.USE_PREF_SIZE);
            why.getStyleClass().add("text-muted");
            VBox text = new VBox(2, title, why);
            text.maxWidthProperty().bind(widthProperty().subtract(item.applicable() ? 90 : 30));
            title.maxWidthProperty().bind(text.maxWidthProperty());
            why.maxWidthProperty().bind(text.maxWidthProperty());
            HBox row = new HBox(8, text);
            if (item.applicable() && model.onApplyFixProperty().get() != null) {
                Button apply = new Button("Apply");
                apply.getStyleClass().add("fix-apply");
                apply.setOnAction(e -> model.applyFix(item));
                row.getChildren().add(apply);
            }
            setText(null);
            setGraphic(row);
        }
    }
}
