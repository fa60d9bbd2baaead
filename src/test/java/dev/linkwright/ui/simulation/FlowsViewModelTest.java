package dev.linkwright.ui.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.analysis.flows.Failure;
import dev.linkwright.analysis.flows.FlowOutcome;
import dev.linkwright.command.CommandStack;
import dev.linkwright.command.Edits;
import dev.linkwright.io.BuiltInSamples;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.FlowIntent;
import dev.linkwright.model.NatGateway;
import dev.linkwright.model.RouteTable;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The simulator's view model without a window: flows evaluated right away (no worker thread). */
class FlowsViewModelTest {

    private final SimpleObjectProperty<Design> design = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<CommandStack> commands = new SimpleObjectProperty<>();

    private FlowsViewModel open(String sample) throws Exception {
        Design d = BuiltInSamples.load(sample + ".json");
        design.set(d);
        commands.set(new CommandStack(d));
        return new FlowsViewModel(design, commands, Runnable::run, false);
    }

    private static ElementId id(String s) {
        return ElementId.of(s);
    }

    @Test
    void everyFlowOfTheDesignHasALiveVerdictAndTheStatusCountsIntents() throws Exception {
        FlowsViewModel vm = open("peering-non-transitive");

        assertThat(vm.rows()).extracting(FlowRow::verdictSymbol).containsExactly("✓", "✓", "✗");
        assertThat(vm.statusTextProperty().get()).isEqualTo("flows 3/3 as intended");
        assertThat(vm.intentFindings()).isEmpty();
    }

    @Test
    void deletingTheRouteFlipsTheFlowAtOnceAndBreaksItsIntent() throws Exception {
        FlowsViewModel vm = open("peering-non-transitive");
        RouteTable t = design.get().topology().find(id("rtb-a"), RouteTable.class).orElseThrow();

        commands.get().execute(Edits.change(new RouteTable(t.id(), t.name(), t.parent(), t.main(), List.of(), t.propagatingGateways()),
                "routes"));

        FlowRow row = vm.row(id("flow-app-cache"));
        assertThat(row.verdictSymbol()).isEqualTo("✗");
        assertThat(row.result().blockedAt().elementId()).isEqualTo(id("rtb-a"));
        assertThat(row.intentBroken()).isTrue();
        assertThat(vm.statusTextProperty().get()).isEqualTo("flows 2/3 as intended");
        assertThat(vm.intentFindings()).singleElement().satisfies(f -> assertThat(f.code()).isEqualTo("E_INTENT_VIOLATED"));

        commands.get().undo();
        assertThat(vm.row(id("flow-app-cache")).verdictSymbol()).isEqualTo("✓");
    }

    @Test
    void aFlowIsMadeByPickingASourceThenADestinationAndIsUndoable() throws Exception {
        FlowsViewModel vm = open("privatelink-basic");
        int before = design.get().flows().size();
        vm.draftPortProperty().set(443);
        vm.draftIntentProperty().set(FlowIntent.MUST_BE_REACHABLE);

        vm.startNewFlow();
        assertThat(vm.elementPicked(id("subnet-a"))).isFalse();
        assertThat(vm.promptProperty().get()).contains("cannot send or receive traffic");
        assertThat(vm.elementPicked(id("instance-a"))).isTrue();
        assertThat(vm.pickStateProperty().get()).isEqualTo(FlowsViewModel.PickState.DESTINATION);
        assertThat(vm.elementPicked(id("vpce-a"))).isTrue();

        assertThat(design.get().flows()).hasSize(before + 1);
        FlowRow added = vm.rows().get(before);
        assertThat(added.flow().from()).isEqualTo("instance-a");
        assertThat(added.flow().to()).isEqualTo("vpce-a");
        assertThat(added.flow().intent()).isEqualTo(FlowIntent.MUST_BE_REACHABLE);
        assertThat(added.result().outcome()).isEqualTo(FlowOutcome.REACHABLE);
        assertThat(vm.selectedFlowProperty().get()).isEqualTo(added.flow().id());
        assertThat(vm.player().getTrace()).isEqualTo(added.result().trace());
        assertThat(vm.pickStateProperty().get()).isEqualTo(FlowsViewModel.PickState.IDLE);

        commands.get().undo();
        assertThat(vm.rows()).hasSize(before);
    }

    @Test
    void aWhatIfFlipsFlowsWithoutEditingTheDesign() throws Exception {
        FlowsViewModel vm = open("internet-egress-nat");
        ElementId nat = design.get().topology().all(NatGateway.class).get(0).id();

        vm.fail(vm.failureOptions(nat).get(0).failure());

        assertThat(vm.whatIfActiveProperty().get()).isTrue();
        FlowRow row = vm.row(id("flow-worker-mirror"));
        assertThat(row.verdictSymbol()).isEqualTo("✗");
        assertThat(row.baselineSymbol()).isEqualTo("✓");
        assertThat(row.flippedByWhatIf()).isTrue();
        assertThat(vm.comparisonProperty().get().flipped()).extracting(c -> c.flow().id()).contains(id("flow-worker-mirror"));
        assertThat(vm.statusTextProperty().get()).contains("what-if: 1 failed");
        assertThat(commands.get().canUndo()).isFalse();
        assertThat(vm.intentFindings()).as("a what-if is not the design").isEmpty();

        vm.clearWhatIf();
        assertThat(vm.row(id("flow-worker-mirror")).verdictSymbol()).isEqualTo("✓");
    }

    @Test
    void aOneClickFixIsOneUndoableEdit() throws Exception {
        FlowsViewModel vm = open("peering-non-transitive");
        RouteTable t = design.get().topology().find(id("rtb-a"), RouteTable.class).orElseThrow();
        commands.get().execute(Edits.change(new RouteTable(t.id(), t.name(), t.parent(), t.main(), List.of(), t.propagatingGateways()),
                "routes"));
        vm.selectedFlowProperty().set(id("flow-app-cache"));

        vm.player().showFixes();
        assertThat(vm.player().fixes()).isNotEmpty();
        vm.player().applyFix(vm.player().fixes().get(0));

        assertThat(vm.row(id("flow-app-cache")).verdictSymbol()).isEqualTo("✓");
        assertThat(commands.get().undoDescription()).hasValueSatisfying(d -> assertThat(d).startsWith("Add route"));
    }

    @Test
    void aNewDesignClearsTheWhatIfAndTheSelection() throws Exception {
        FlowsViewModel vm = open("internet-egress-nat");
        vm.fail(Failure.of(design.get().topology().all(NatGateway.class).get(0).id()));
        vm.selectedFlowProperty().set(id("flow-worker-mirror"));

        Design other = BuiltInSamples.load("privatelink-basic.json");
        commands.set(new CommandStack(other));
        design.set(other);

        assertThat(vm.failures()).isEmpty();
        assertThat(vm.selectedFlowProperty().get()).isNull();
        assertThat(vm.rows()).hasSize(other.flows().size());
    }
}
