package dev.linkwright.ui.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.analysis.flows.FailureOptions;
import dev.linkwright.app.LinkwrightApp;
import dev.linkwright.command.Edits;
import dev.linkwright.io.BuiltInSamples;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.NatGateway;
import dev.linkwright.model.RouteTable;
import dev.linkwright.ui.common.FxDialogService;
import dev.linkwright.ui.common.RecentFiles;
import dev.linkwright.ui.common.Theme;
import dev.linkwright.ui.main.MainWindowViewModel;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The simulator as a user drives it in the main window: real clicks, no sleeps. */
@ExtendWith(ApplicationExtension.class)
class SimulatorWindowTest {

    private MainWindowViewModel model;
    private LinkwrightApp.MainWindow window;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        model = new MainWindowViewModel(new FxDialogService(() -> stage), new RecentFiles(RecentFiles.inMemory()), "test");
        window = LinkwrightApp.open(stage, model);
        stage.show();
    }

    private Simulator simulator() {
        return window.view().simulator();
    }

    private void open(FxRobot robot, String sample) {
        robot.interact(() -> model.openSample(sample + ".json"));
        waitUntil(() -> simulator().model().rows().size() == model.getDesign().flows().size()
                && simulator().model().rows().stream().allMatch(r -> r.result() != null));
        robot.clickOn("#status-flows"); // the Findings tab is in front at first; the flows' status brings Flows forward
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node element(FxRobot robot, String id) {
        ElementId elementId = ElementId.of(id);
        return robot.lookup(n -> elementId.equals(n.getUserData())).tryQuery()
                .orElseThrow(() -> new AssertionError("no node for " + id));
    }

    /**
     * The context-menu request a right-click on {@code node} makes. Monocle's headless glass does not
     * always turn a robot's secondary-button click into one, so the test sends the platform's event
     * itself; everything after it (the element under the pointer, the menu, the item) is the app's.
     */
    private static void rightClick(FxRobot robot, Node node) {
        robot.moveTo(node);
        robot.interact(() -> {
            javafx.geometry.Bounds b = node.localToScene(node.getBoundsInLocal());
            javafx.geometry.Bounds s = node.localToScreen(node.getBoundsInLocal());
            javafx.scene.input.PickResult pick = new javafx.scene.input.PickResult(node, b.getCenterX(), b.getCenterY());
            javafx.event.Event.fireEvent(node, new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    b.getCenterX(), b.getCenterY(), s.getCenterX(), s.getCenterY(), false, pick));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private FlowRow row(String flow) {
        return simulator().model().row(ElementId.of(flow));
    }

    @Test
    void aFlowIsCreatedByClickingASourceAndADestination(FxRobot robot) {
        open(robot, "privatelink-basic");
        int before = model.getDesign().flows().size();

        robot.clickOn("#flows-new");
        assertThat(robot.lookup("#flows-prompt").queryAs(Label.class).getText()).contains("Click the source");
        robot.clickOn(element(robot, "instance-a"));
        assertThat(robot.lookup("#flows-prompt").queryAs(Label.class).getText()).contains("From instance-a");
        robot.clickOn(element(robot, "nlb-b"));

        waitUntil(() -> model.getDesign().flows().size() == before + 1 && simulator().model().rows().size() == before + 1
                && simulator().model().rows().get(before).result() != null);
        FlowRow added = simulator().model().rows().get(before);
        assertThat(added.flow().from()).isEqualTo("instance-a");
        assertThat(added.flow().to()).isEqualTo("nlb-b");
        assertThat(added.verdictSymbol()).isIn("✓", "✗");
        assertThat(robot.lookup("#flows-table").queryTableView().getItems()).hasSize(before + 1);
        assertThat(model.getCommandStack().undoDescription()).hasValueSatisfying(d -> assertThat(d).startsWith("Flow"));
    }

    @Test
    void theVerdictFlipsAsSoonAsARouteIsDeleted(FxRobot robot) {
        open(robot, "peering-non-transitive");
        assertThat(row("flow-app-cache").verdictSymbol()).isEqualTo("✓");
        assertThat(robot.lookup("#status-flows").queryAs(Label.class).getText()).isEqualTo("flows 3/3 as intended");

        robot.interact(() -> {
            RouteTable t = model.getDesign().topology().find(ElementId.of("rtb-a"), RouteTable.class).orElseThrow();
            model.getCommandStack().execute(Edits.change(new RouteTable(t.id(), t.name(), t.parent(), t.main(), List.of(),
                    t.propagatingGateways()), "routes"));
        });

        waitUntil(() -> "✗".equals(row("flow-app-cache").verdictSymbol()));
        assertThat(row("flow-app-cache").result().blockedAt().elementId()).isEqualTo(ElementId.of("rtb-a"));
        assertThat(robot.lookup("#status-flows").queryAs(Label.class).getText()).isEqualTo("flows 2/3 as intended");
        assertThat(robot.lookup("#status-flows").queryAs(Label.class).getStyleClass()).contains("status-flows-broken");
    }

    @Test
    void steppingThroughATraceShowsEachHopOnThePanelAndTheCanvas(FxRobot robot) {
        open(robot, "privatelink-basic");
        robot.clickOn(robot.lookup("#flows-table .table-row-cell").nth(0).queryAs(Node.class));
        robot.clickOn("#flows-play");
        robot.clickOn("#trace-restart");
        robot.clickOn("#trace-step-forward");
        robot.clickOn("#trace-step-forward");
        robot.clickOn("#trace-step-back");
        robot.clickOn("#trace-step-forward");
        WaitForAsyncUtils.waitForFxEvents();

        TracePlayerViewModel player = simulator().model().player();
        assertThat(player.playingProperty().get()).isFalse();
        var hop = player.getTrace().forward().get(2);
        assertThat(player.currentHopProperty().get()).isEqualTo(hop);
        assertThat(robot.lookup("#trace-hop-title").queryAs(Label.class).getText())
                .startsWith("Forward hop 3 of").contains(hop.id().value());
        assertThat(robot.lookup("#trace-steps").queryListView().getItems()).hasSize(hop.steps().size());
        var stop = simulator().layer().route().stops().get(2);
        assertThat(simulator().layer().playedPacket()).isEqualTo(stop.point());
        assertThat(robot.lookup("#sim-hop-outline").query().isVisible()).isTrue();
    }

    @Test
    void aBlockedTraceStopsAtTheBlockerWithTheReasonAndFixSuggestions(FxRobot robot) {
        open(robot, "peering-non-transitive");
        robot.interact(() -> simulator().play(ElementId.of("flow-app-db")));
        robot.interact(() -> simulator().model().player().goTo(99));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#trace-callout").queryAs(Label.class).getText()).contains("pcx-ab").contains("R-PCX-5");
        assertThat(robot.lookup("#sim-block-glow").query().isVisible()).isTrue();
        assertThat(robot.lookup("#sim-callout").queryAs(Label.class).getText()).contains("not transitive");
        robot.clickOn("#trace-show-fixes");
        assertThat(robot.lookup("#trace-fixes").queryListView().getItems()).isNotEmpty();
    }

    @Test
    void failingTheNatGatewayFromItsMenuFlipsTheFlowWithoutEditingTheDesign(FxRobot robot) {
        open(robot, "internet-egress-nat");
        NatGateway nat = model.getDesign().topology().all(NatGateway.class).get(0);
        String label = FailureOptions.of(model.getDesign().topology(), nat.id()).get(0).label();
        long revision = model.getCommandStack().revision();

        rightClick(robot, element(robot, nat.id().value()));
        waitUntil(() -> robot.lookup(label + " (what-if)").tryQuery().isPresent());
        robot.clickOn(label + " (what-if)");

        waitUntil(() -> "✗".equals(row("flow-worker-mirror").verdictSymbol()));
        assertThat(row("flow-worker-mirror").baselineSymbol()).isEqualTo("✓");
        assertThat(robot.lookup("#whatif-banner").query().isVisible()).isTrue();
        assertThat(robot.lookup("#whatif-table").queryTableView().getItems()).anyMatch(c ->
                ((dev.linkwright.analysis.flows.FlowChange) c).flipped());
        assertThat(model.getCommandStack().revision()).isEqualTo(revision);
        assertThat(model.getCommandStack().canUndo()).isFalse();

        robot.clickOn("#whatif-banner-clear");
        waitUntil(() -> "✓".equals(row("flow-worker-mirror").verdictSymbol()));
        assertThat(robot.lookup("#whatif-banner").query().isVisible()).isFalse();
    }

    @Test
    void liveTrafficRunsPacketsOnEveryFlow(FxRobot robot) {
        open(robot, "peering-non-transitive");
        robot.clickOn("#flows-live");
        waitUntil(() -> simulator().layer().frames() > 5 && simulator().layer().livePacketCount() > 0);
        assertThat(simulator().layer().traffic().routes()).hasSize(3);
        robot.clickOn("#flows-live");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(simulator().layer().traffic()).isNull();
    }

    @Test
    void theEmptyFlowsPanelSaysHowToMakeAFlow(FxRobot robot) {
        robot.interact(() -> model.newDesign());
        waitUntil(() -> simulator().model().rows().isEmpty());
        assertThat(robot.lookup("#flows-empty").queryAs(Label.class).getText()).contains("New flow").contains("Add flow from here");
    }
}
