package dev.linkwright.ui.simulation;

import dev.linkwright.analysis.flows.Failure;
import dev.linkwright.analysis.flows.FailureOptions;
import dev.linkwright.command.CommandStack;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Topology;
import dev.linkwright.ui.canvas.DiagramCanvas;
import dev.linkwright.ui.panel.PanelTabs;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The live traffic simulator in the main window: the Flows, Trace and What-if tabs of the bottom
 * strip, the packets over the canvas, the new-flow gesture on the canvas, "Add flow from here" and
 * "Fail ..." in elements' right-click menus, the what-if banner and the flows figure for the status
 * bar. One call wires it: {@code new Simulator(design, commandStack, canvas, panels)}.
 */
public final class Simulator implements AutoCloseable {

    private final FlowsViewModel model;
    private final DiagramCanvas canvas;
    private final PanelTabs panels;
    private final FlowsView flowsView;
    private final TracePlayerView playerView;
    private final WhatIfPanel whatIfPanel;
    private final SimulationLayer layer;
    private final Label statusLabel = new Label();
    private final HBox banner;

    public Simulator(ObservableValue<Design> design, ObservableValue<CommandStack> commands, DiagramCanvas canvas, PanelTabs panels) {
        this.canvas = canvas;
        this.panels = panels;
        this.model = new FlowsViewModel(design, commands, Platform::runLater, true);
        this.flowsView = new FlowsView(model);
        this.playerView = new TracePlayerView(model.player());
        this.whatIfPanel = new WhatIfPanel(model);
        this.layer = new SimulationLayer(model, canvas::getGeometry,
                () -> canvas.getDesign() == null ? new Topology() : canvas.getDesign().topology());
        canvas.getStylesheets().add(Simulator.class.getResource("simulation.css").toExternalForm());
        panels.getStylesheets().add(Simulator.class.getResource("simulation.css").toExternalForm());
        canvas.addOverlay(layer);
        canvas.addScreenOverlay(layer.packetCanvas());
        layer.packetCanvas().widthProperty().bind(canvas.widthProperty());
        layer.packetCanvas().heightProperty().bind(canvas.heightProperty());
        layer.setScreenMapping(() -> canvas.diagramToSceneProperty().get(), canvas::getZoom);
        canvas.diagramToSceneProperty().addListener((o, was, is) -> layer.viewMoved());
        layer.setOnAnimating(canvas::setDiagramCached);
        canvas.geometryProperty().addListener((o, was, is) -> layer.geometryChanged());
        flowsView.setOnPlay(this::play);
        installTabs();
        installPicking();
        canvas.addElementMenuContributor(this::elementMenu);
        banner = whatIfBanner();
        StackPane.setAlignment(banner, Pos.TOP_CENTER);
        StackPane.setMargin(banner, new Insets(8, 0, 0, 0));
        canvas.getChildren().add(banner);
        statusLabel.setId("status-flows");
        statusLabel.textProperty().bind(model.statusTextProperty());
        statusLabel.setOnMouseClicked(e -> panels.show("flows"));
        statusLabel.getStyleClass().add("status-flows");
        model.rows().addListener((javafx.collections.ListChangeListener<FlowRow>) c -> updateStatusStyle());
    }

    public FlowsViewModel model() {
        return model;
    }

    public FlowsView flowsView() {
        return flowsView;
    }

    public TracePlayerView playerView() {
        return playerView;
    }

    public WhatIfPanel whatIfPanel() {
        return whatIfPanel;
    }

    public SimulationLayer layer() {
        return layer;
    }

    /** "flows 3/4 as intended", red when an intent is broken; a click opens the Flows tab. */
    public Label statusLabel() {
        return statusLabel;
    }

    private void updateStatusStyle() {
        boolean broken = model.rows().stream().anyMatch(r -> r.baseline() != null && !r.baseline().intentHeld());
        statusLabel.getStyleClass().remove("status-flows-broken");
        if (broken) {
            statusLabel.getStyleClass().add("status-flows-broken");
        }
    }

    // ---- tabs ------------------------------------------------------------------------------------------

    private void installTabs() {
        Label flowsTitle = new Label();
        flowsTitle.setId("tab-title-flows");
        flowsTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            long ok = model.rows().stream().filter(r -> r.result() != null && r.result().reachable()).count();
            int n = model.rows().size();
            return n == 0 ? "Flows" : "Flows " + n + ": ✓" + ok + " ✗" + (n - ok);
        }, model.rows()));
        Label traceTitle = new Label();
        traceTitle.setId("tab-title-trace");
        traceTitle.textProperty().bind(Bindings.createStringBinding(() -> model.player().getTrace() == null ? "Trace"
                : "Trace: " + model.player().counterProperty().get(), model.player().traceProperty(), model.player().counterProperty()));
        Label whatIfTitle = new Label();
        whatIfTitle.setId("tab-title-whatif");
        whatIfTitle.textProperty().bind(Bindings.createStringBinding(() -> model.failures().isEmpty() ? "What-if"
                : "What-if: " + model.failures().size() + " failed", model.failures()));
        panels.add("flows", flowsTitle, flowsView, false);
        panels.add("trace", traceTitle, playerView, false);
        panels.add("whatif", whatIfTitle, whatIfPanel, false);
    }

    /** Shows the Trace tab and plays {@code flowId}'s trace from the start. */
    public void play(ElementId flowId) {
        if (flowId == null) {
            return;
        }
        model.selectedFlowProperty().set(flowId);
        panels.show("trace");
        model.player().goTo(0);
        model.player().play();
        FlowRow row = model.row(flowId);
        if (row != null && row.result() != null && row.result().trace() != null && !row.result().trace().forward().isEmpty()) {
            canvas.reveal(row.result().trace().forward().get(0).id());
        }
    }

    // ---- the new-flow gesture --------------------------------------------------------------------------

    private void installPicking() {
        canvas.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (model.pickStateProperty().get() == FlowsViewModel.PickState.IDLE || e.getButton() != MouseButton.PRIMARY
                    || !e.isStillSincePress()) {
                return;
            }
            canvas.elementAt(e.getSceneX(), e.getSceneY()).ifPresent(model::elementPicked);
        });
        canvas.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.pickStateProperty().get() != FlowsViewModel.PickState.IDLE) {
                model.cancelPicking();
                e.consume();
            }
        });
        model.pickStateProperty().addListener((o, was, is) -> {
            canvas.setCursor(is == FlowsViewModel.PickState.IDLE ? null : javafx.scene.Cursor.CROSSHAIR);
            if (is != FlowsViewModel.PickState.IDLE) {
                panels.show("flows");
            }
        });
    }

    // ---- right-click menus ------------------------------------------------------------------------------

    private void elementMenu(ElementId id, List<MenuItem> items) {
        if (model.canBeFlowEnd(id)) {
            if (model.pickStateProperty().get() == FlowsViewModel.PickState.DESTINATION) {
                MenuItem to = new MenuItem("Add flow to here");
                to.setId("menu-flow-to-here");
                to.setOnAction(e -> model.elementPicked(id));
                items.add(to);
            }
            MenuItem from = new MenuItem("Add flow from here");
            from.setId("menu-flow-from-here");
            from.setOnAction(e -> model.addFlowFrom(id));
            items.add(from);
        }
        List<Failure> failed = model.failuresOf(id);
        List<FailureOptions.Option> options = model.failureOptions(id);
        if (!items.isEmpty() && (!failed.isEmpty() || !options.isEmpty())) {
            items.add(new SeparatorMenuItem());
        }
        for (Failure f : failed) {
            MenuItem restore = new MenuItem("Restore " + f.label() + " (what-if)");
            restore.setId("menu-restore");
            restore.setOnAction(e -> model.restore(f));
            items.add(restore);
        }
        List<FailureOptions.Option> notFailed = options.stream().filter(o -> !failed.contains(o.failure())).toList();
        if (notFailed.size() == 1) {
            items.add(failItem(notFailed.get(0)));
        } else if (notFailed.size() > 1) {
            Menu fail = new Menu("What-if: fail");
            fail.setId("menu-fail-sub");
            notFailed.forEach(o -> fail.getItems().add(failItem(o)));
            items.add(fail);
        }
    }

    private MenuItem failItem(FailureOptions.Option o) {
        MenuItem item = new MenuItem(o.label() + " (what-if)");
        item.setId("menu-fail");
        item.setMnemonicParsing(false);
        item.setOnAction(e -> {
            model.fail(o.failure());
            panels.show("whatif");
        });
        return item;
    }

    // ---- the what-if banner ------------------------------------------------------------------------------

    private HBox whatIfBanner() {
        Label text = new Label();
        text.setId("whatif-banner-text");
        text.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = model.failures().size();
            var c = model.comparisonProperty().get();
            long flipped = c == null ? 0 : c.flipped().size();
            return "WHAT-IF  ·  " + n + (n == 1 ? " component" : " components") + " failed  ·  " + flipped
                    + (flipped == 1 ? " flow flips" : " flows flip") + "  ·  the design is unchanged";
        }, model.failures(), model.comparisonProperty()));
        Button clear = new Button("Clear all");
        clear.setId("whatif-banner-clear");
        clear.setOnAction(e -> model.clearWhatIf());
        Button show = new Button("Compare");
        show.setOnAction(e -> panels.show("whatif"));
        HBox box = new HBox(10, text, show, clear);
        box.setId("whatif-banner");
        box.getStyleClass().add("whatif-banner");
        box.setAlignment(Pos.CENTER);
        box.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        box.visibleProperty().bind(model.whatIfActiveProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }


    /** The nodes the main window places: the status label. */
    public Node statusNode() {
        return statusLabel;
    }

    @Override
    public void close() {
        model.close();
    }
}
