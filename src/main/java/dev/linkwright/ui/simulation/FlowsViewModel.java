package dev.linkwright.ui.simulation;

import dev.linkwright.analysis.Trace;
import dev.linkwright.analysis.flows.Failure;
import dev.linkwright.analysis.flows.FailureOptions;
import dev.linkwright.analysis.flows.Failures;
import dev.linkwright.analysis.flows.FixAdvisor;
import dev.linkwright.analysis.flows.FixSuggestion;
import dev.linkwright.analysis.flows.FlowEvaluation;
import dev.linkwright.analysis.flows.FlowEvaluationService;
import dev.linkwright.analysis.flows.FlowEvaluator;
import dev.linkwright.analysis.flows.FlowResult;
import dev.linkwright.analysis.flows.WhatIfComparison;
import dev.linkwright.command.Command;
import dev.linkwright.command.CommandStack;
import dev.linkwright.command.Edits;
import dev.linkwright.command.PutFlow;
import dev.linkwright.command.RemoveFlow;
import dev.linkwright.model.Design;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.Flow;
import dev.linkwright.model.FlowIntent;
import dev.linkwright.model.Protocol;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.TopologyListener;
import dev.linkwright.validation.Finding;
import dev.linkwright.validation.FlowIntentCheck;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The simulator's state for the open design: its flows with live verdicts (re-evaluated after every
 * edit, off the UI thread in the app), the new-flow gesture (pick a source, then a destination, on
 * the canvas), intents and the findings for broken ones, the what-if failures with the before/after
 * comparison, the selected flow's trace in a {@link TracePlayerViewModel}, and live traffic.
 *
 * <p>Edits of flows and one-click fixes go through the design's {@link CommandStack}; a what-if is
 * not an edit and never reaches the undo history.
 *
 * <pre>{@code
 * FlowsViewModel flows = new FlowsViewModel(main.designProperty(), main.commandStackProperty(), Platform::runLater, true);
 * flows.startNewFlow();          // then two clicks on the canvas: flows.elementPicked(id) ...
 * flows.statusTextProperty();    // "flows 3/4 as intended"
 * }</pre>
 */
public final class FlowsViewModel implements AutoCloseable {

    /** The new-flow gesture. */
    public enum PickState {
        /** Not defining a flow. */
        IDLE,
        /** Waiting for the source to be clicked. */
        SOURCE,
        /** Waiting for the destination to be clicked. */
        DESTINATION
    }

    private static final Set<ElementKind> ENDS = EnumSet.of(ElementKind.INSTANCE, ElementKind.NETWORK_INTERFACE,
            ElementKind.INTERFACE_ENDPOINT, ElementKind.LOAD_BALANCER, ElementKind.NAT_GATEWAY, ElementKind.ON_PREMISES_HOST,
            ElementKind.ON_PREMISES_NETWORK, ElementKind.INTERNET, ElementKind.INTERNET_HOST, ElementKind.AWS_SERVICE,
            ElementKind.GATEWAY_ENDPOINT);

    private final ObservableValue<Design> design;
    private final ObservableValue<CommandStack> commands;
    private final Executor ui;
    private final FlowEvaluationService service;
    private final TopologyListener topologyListener = change -> requestEvaluation();
    private final Runnable flowsListener = this::requestEvaluation;
    private Design attached;
    private boolean evaluationScheduled;
    private long evaluations;

    private final ObservableList<FlowRow> rows = FXCollections.observableArrayList();
    private final ObservableList<FlowRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<FlowEvaluation> evaluation = new ReadOnlyObjectWrapper<>(this, "evaluation");
    private final ReadOnlyObjectWrapper<WhatIfComparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "no flows");
    private final ObservableList<Finding> intentFindings = FXCollections.observableArrayList();
    private final ObservableList<Finding> intentFindingsView = FXCollections.unmodifiableObservableList(intentFindings);
    private final ObjectProperty<RulesProfile> profile = new SimpleObjectProperty<>(this, "profile", RulesProfile.CURRENT);
    private final ObservableList<Failure> failures = FXCollections.observableArrayList();
    private final ObservableList<Failure> failuresView = FXCollections.unmodifiableObservableList(failures);
    private final ReadOnlyBooleanWrapper whatIfActive = new ReadOnlyBooleanWrapper(this, "whatIfActive");
    private final ReadOnlyObjectWrapper<PickState> pickState = new ReadOnlyObjectWrapper<>(this, "pickState", PickState.IDLE);
    private final ReadOnlyObjectWrapper<ElementId> pickedSource = new ReadOnlyObjectWrapper<>(this, "pickedSource");
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper(this, "prompt", "");
    private final ObjectProperty<Protocol> draftProtocol = new SimpleObjectProperty<>(this, "draftProtocol", Protocol.TCP);
    private final ObjectProperty<Integer> draftPort = new SimpleObjectProperty<>(this, "draftPort", 443);
    private final ObjectProperty<FlowIntent> draftIntent = new SimpleObjectProperty<>(this, "draftIntent", FlowIntent.NONE);
    private final ObjectProperty<ElementId> selectedFlow = new SimpleObjectProperty<>(this, "selectedFlow");
    private final BooleanProperty liveTraffic = new SimpleBooleanProperty(this, "liveTraffic");
    private final TracePlayerViewModel player = new TracePlayerViewModel();

    /**
     * A view model over the design in {@code design}, editing through {@code commands}; results are
     * delivered through {@code ui} (the UI thread). With {@code background} the flows are traced on a
     * worker thread, otherwise right away (tests).
     */
    public FlowsViewModel(ObservableValue<Design> design, ObservableValue<CommandStack> commands, Executor ui, boolean background) {
        this.design = design;
        this.commands = commands;
        this.ui = ui;
        this.service = background ? new FlowEvaluationService(ui, r -> show(r.current(), r.baseline())) : null;
        design.addListener((o, was, is) -> attach(is));
        profile.addListener((o, was, is) -> requestEvaluation());
        failures.addListener((javafx.collections.ListChangeListener<Failure>) c -> {
            whatIfActive.set(!failures.isEmpty());
            requestEvaluation();
        });
        selectedFlow.addListener((o, was, is) -> showSelectedTrace());
        player.fixSourceProperty().set(t -> attached == null ? List.of() : FixAdvisor.suggest(t, attached.topology()));
        player.onApplyFixProperty().set(this::applyFix);
        attach(design.getValue());
    }

    private void attach(Design d) {
        if (attached != null) {
            attached.topology().removeListener(topologyListener);
            attached.removeFlowListener(flowsListener);
        }
        attached = d;
        failures.clear();
        cancelPicking();
        selectedFlow.set(null);
        player.setTrace(null);
        if (d != null) {
            d.topology().addListener(topologyListener);
            d.addFlowListener(flowsListener);
        }
        requestEvaluation();
    }

    // ---- evaluation ------------------------------------------------------------------------------------

    /** Re-evaluates soon (once for any number of calls before it runs). */
    public void requestEvaluation() {
        if (evaluationScheduled) {
            return;
        }
        evaluationScheduled = true;
        ui.execute(this::evaluateNow);
    }

    private void evaluateNow() {
        evaluationScheduled = false;
        Design d = attached;
        if (d == null || d.flows().isEmpty()) {
            FlowEvaluation empty = FlowEvaluation.empty(profile.get());
            show(empty, empty);
            return;
        }
        Failures whatIf = new Failures(failures);
        var snapshot = d.topology().snapshot();
        if (service != null) {
            service.submit(snapshot, d.flows(), profile.get(), whatIf);
        } else {
            FlowEvaluation now = FlowEvaluator.evaluate(snapshot, d.flows(), profile.get(), whatIf);
            show(now, whatIf.isEmpty() ? now : FlowEvaluator.evaluate(snapshot, d.flows(), profile.get(), Failures.none()));
        }
    }

    private void show(FlowEvaluation now, FlowEvaluation baseline) {
        evaluations++;
        evaluation.set(now);
        comparison.set(WhatIfComparison.compare(baseline, now));
        List<FlowRow> list = new ArrayList<>();
        for (FlowResult r : now.results()) {
            list.add(new FlowRow(r.flow(), r, baseline.result(r.flow().id()).orElse(r)));
        }
        if (attached != null && now.results().isEmpty()) {
            attached.flows().forEach(f -> list.add(new FlowRow(f, null, null)));
        }
        rows.setAll(list);
        intentFindings.setAll(FlowIntentCheck.findings(baseline));
        String text = now.statusText();
        if (!now.failures().isEmpty()) {
            text += " · what-if: " + now.failures().failures().size() + " failed";
        }
        statusText.set(text);
        showSelectedTrace();
    }

    /** How many evaluations were shown (for tests and the benchmark). */
    public long evaluationCount() {
        return evaluations;
    }

    public ObservableList<FlowRow> rows() {
        return rowsView;
    }

    public ReadOnlyObjectProperty<FlowEvaluation> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    /** The flows before and after the what-if (identical sides without one). */
    public ReadOnlyObjectProperty<WhatIfComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** "flows 3/4 as intended", for the status bar. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** {@code E_INTENT_VIOLATED} findings of the design as it is (never of a what-if). */
    public ObservableList<Finding> intentFindings() {
        return intentFindingsView;
    }

    public ObjectProperty<RulesProfile> profileProperty() {
        return profile;
    }

    public FlowRow row(ElementId flowId) {
        return rows.stream().filter(r -> r.flow().id().equals(flowId)).findFirst().orElse(null);
    }

    // ---- defining flows --------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<PickState> pickStateProperty() {
        return pickState.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ElementId> pickedSourceProperty() {
        return pickedSource.getReadOnlyProperty();
    }

    /** What the user is asked to do now, or why a pick was refused. */
    public ReadOnlyStringProperty promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    public ObjectProperty<Protocol> draftProtocolProperty() {
        return draftProtocol;
    }

    public ObjectProperty<Integer> draftPortProperty() {
        return draftPort;
    }

    public ObjectProperty<FlowIntent> draftIntentProperty() {
        return draftIntent;
    }

    /** Starts the new-flow gesture: the next click on the canvas picks the source. */
    public void startNewFlow() {
        pickedSource.set(null);
        pickState.set(PickState.SOURCE);
        prompt.set("Click the source on the canvas: an instance, interface, endpoint, on-premises host or network. Esc cancels.");
    }

    public void cancelPicking() {
        pickState.set(PickState.IDLE);
        pickedSource.set(null);
        prompt.set("");
    }

    /** "Add flow from here": starts a flow with {@code source} and waits for the destination. */
    public void addFlowFrom(ElementId source) {
        startNewFlow();
        elementPicked(source);
    }

    /** True when {@code id} can be an end of a flow. */
    public boolean canBeFlowEnd(ElementId id) {
        return attached != null && attached.topology().owner(id).map(e -> ENDS.contains(e.kind())).orElse(false);
    }

    /**
     * An element was clicked while picking: it becomes the source or, second, the destination, and
     * the flow is created (with the draft protocol, port and intent). Returns true when taken.
     */
    public boolean elementPicked(ElementId id) {
        if (pickState.get() == PickState.IDLE || id == null) {
            return false;
        }
        if (!canBeFlowEnd(id)) {
            Element e = attached == null ? null : attached.topology().find(id).orElse(null);
            prompt.set((e == null ? "'" + id + "'" : e.kind().phrase().substring(0, 1).toUpperCase() + e.kind().phrase().substring(1)
                    + " (" + id + ")") + " cannot send or receive traffic itself; click an instance, interface, endpoint, load balancer,"
                    + " on-premises host or network, or the internet.");
            return false;
        }
        if (pickState.get() == PickState.SOURCE) {
            pickedSource.set(id);
            pickState.set(PickState.DESTINATION);
            prompt.set("From " + id + ": now click the destination. Esc cancels.");
            return true;
        }
        if (id.equals(pickedSource.get())) {
            prompt.set("The destination must differ from the source; click another element.");
            return false;
        }
        Flow flow = new Flow(freshFlowId(), "", pickedSource.get().value(), id.value(), draftProtocol.get(),
                draftProtocol.get().hasPorts() ? draftPort.get() : null, Flow.DEFAULT_SOURCE_PORT, draftIntent.get());
        cancelPicking();
        execute(new PutFlow(flow));
        selectedFlow.set(flow.id());
        return true;
    }

    private ElementId freshFlowId() {
        for (int n = 1; ; n++) {
            ElementId id = ElementId.of("flow-" + n);
            if (attached == null || attached.flow(id).isEmpty() && !attached.topology().contains(id)) {
                return id;
            }
        }
    }

    /** Replaces a flow (protocol, port, intent or name changed) as one undoable edit. */
    public void updateFlow(Flow changed) {
        execute(new PutFlow(changed));
    }

    /** Sets the intent of a flow. */
    public void setIntent(ElementId flowId, FlowIntent intent) {
        if (attached == null) {
            return;
        }
        attached.flow(flowId).ifPresent(f -> updateFlow(new Flow(f.id(), f.name(), f.from(), f.to(), f.protocol(), f.port(),
                f.sourcePort(), intent)));
    }

    public void removeFlow(ElementId flowId) {
        execute(new RemoveFlow(flowId));
        if (flowId.equals(selectedFlow.get())) {
            selectedFlow.set(null);
        }
    }

    private void execute(Command c) {
        CommandStack stack = commands.getValue();
        if (stack != null) {
            stack.execute(c);
        }
    }

    /** Applies a one-click fix as one undoable edit. */
    public void applyFix(FixSuggestion fix) {
        if (!fix.applicable()) {
            return;
        }
        List<Command> parts = fix.replacements().stream().map(e -> Edits.change(e, "rules")).toList();
        execute(Edits.group(fix.title(), parts));
    }

    // ---- the selected flow and its trace ---------------------------------------------------------------

    public ObjectProperty<ElementId> selectedFlowProperty() {
        return selectedFlow;
    }

    /** The trace player showing the selected flow's trace (with the what-if, when one is active). */
    public TracePlayerViewModel player() {
        return player;
    }

    private void showSelectedTrace() {
        ElementId id = selectedFlow.get();
        FlowRow row = id == null ? null : row(id);
        Trace t = row == null || row.result() == null ? null : row.result().trace();
        if (t == null ? player.getTrace() != null : !t.equals(player.getTrace())) {
            player.setTrace(t);
        }
    }

    /** Live traffic: packets run continuously along every flow while the user edits. */
    public BooleanProperty liveTrafficProperty() {
        return liveTraffic;
    }

    // ---- what-if ---------------------------------------------------------------------------------------

    /** The failed components (what-if); changing them never edits the design. */
    public ObservableList<Failure> failures() {
        return failuresView;
    }

    public ReadOnlyBooleanProperty whatIfActiveProperty() {
        return whatIfActive.getReadOnlyProperty();
    }

    /** The failures offered for an element (for its right-click menu). */
    public List<FailureOptions.Option> failureOptions(ElementId id) {
        return attached == null ? List.of() : FailureOptions.of(attached.topology(), id);
    }

    public void fail(Failure f) {
        if (!failures.contains(f)) {
            failures.add(f);
        }
    }

    public void restore(Failure f) {
        failures.remove(f);
    }

    /** Every failure on {@code id} (whole element or parts). */
    public List<Failure> failuresOf(ElementId id) {
        return failures.stream().filter(f -> f.element().equals(id)).toList();
    }

    public void clearWhatIf() {
        failures.clear();
    }

    @Override
    public void close() {
        if (service != null) {
            service.close();
        }
    }
}
