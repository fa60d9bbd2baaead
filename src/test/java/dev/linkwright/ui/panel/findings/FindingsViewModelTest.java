package dev.linkwright.ui.panel.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.command.CommandStack;
import dev.linkwright.command.Edits;
import dev.linkwright.io.BuiltInSamples;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.Vpc;
import dev.linkwright.validation.Finding;
import dev.linkwright.validation.Severity;
import dev.linkwright.validation.ValidationReport;
import dev.linkwright.validation.rules.StandardRules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The findings panel's logic without a window: the test thread plays the UI thread, running the
 * tasks live validation hands over from its background thread.
 */
class FindingsViewModelTest {

    private final BlockingQueue<Runnable> uiTasks = new LinkedBlockingQueue<>();
    private final SimpleObjectProperty<Design> design = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<CommandStack> commands = new SimpleObjectProperty<>();
    private LiveValidation live;
    private FindingsViewModel model;
    private final List<List<ElementId>> revealed = new ArrayList<>();

    @BeforeEach
    void openTheSample() throws Exception {
        Design d = BuiltInSamples.load(BuiltInSamples.DEFAULT);
        design.set(d);
        commands.set(new CommandStack(d));
        live = new LiveValidation(StandardRules.validator(), uiTasks::add, Duration.ofMillis(10));
        model = new FindingsViewModel(design, commands, live);
        model.setRevealHandler(revealed::add);
        runUiTasksUntil(() -> model.upToDateProperty().get());
    }

    @AfterEach
    void stop() {
        live.close();
    }

    /** Runs the tasks handed to the "UI thread" until {@code condition} holds (at most 20 s). */
    private void runUiTasksUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            Runnable task = uiTasks.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (task == null) {
                throw new AssertionError("timed out waiting for validation");
            }
            task.run();
        }
    }

    private Vpc vpcA() {
        return design.get().topology().find(ElementId.of("vpc-a"), Vpc.class).orElseThrow();
    }

    /** vpc-a with its block written with host bits set: a warning with a quick fix. */
    private void writeVpcBlockWithHostBits() {
        Vpc v = vpcA();
        Vpc odd = new Vpc(v.id(), v.name(), v.parent(), List.of(Cidr.parse("10.0.0.7/16")), v.ipv6CidrBlocks(), v.dnsSupport(),
                v.dnsHostnames());
        commands.get().execute(Edits.change(odd, "CIDR block"));
    }

    private static Finding finding(String code, String element, String message) {
        return new Finding(code, Severity.ofCode(code), List.of(ElementId.of(element)), message, "fix it", "R-1", null);
    }

    private void showReport(Finding... findings) {
        model.show(new LiveValidation.Result(live.revision(), new ValidationReport(RulesProfile.CURRENT, List.of(findings)),
                10, 5, true, 1));
    }

    @Test
    void theSampleIsCheckedAndTheEmptyStateSaysWhatWasChecked() {
        assertThat(model.validatedProperty().get()).isTrue();
        assertThat(model.checkingProperty().get()).isFalse();
        assertThat(model.checkedSummaryProperty().get())
                .startsWith("Checked " + design.get().topology().size() + " elements against ")
                .endsWith("design rules (profile current).");
        assertThat(model.statusTextProperty().get())
                .isEqualTo(FindingsViewModel.countText(model.errorCountProperty().get(), model.warningCountProperty().get()));
    }

    @Test
    void countsReadAsTheStatusBarShowsThem() {
        assertThat(FindingsViewModel.countText(1, 2)).isEqualTo("1 error · 2 warnings");
        assertThat(FindingsViewModel.countText(0, 1)).isEqualTo("1 warning");
        assertThat(FindingsViewModel.countText(3, 0)).isEqualTo("3 errors");
        assertThat(FindingsViewModel.countText(0, 0)).isEqualTo("No problems");

        showReport(finding("E_A", "vpc-a", "one"), finding("W_B", "vpc-b", "two"), finding("W_C", "subnet-a", "three"));
        assertThat(model.errorCountProperty().get()).isEqualTo(1);
        assertThat(model.warningCountProperty().get()).isEqualTo(2);
        assertThat(model.statusTextProperty().get()).isEqualTo("1 error · 2 warnings");
    }

    @Test
    void brokenFlowIntentsShowWithTheDesignRulesFindingsInTheCountsAndBadges() {
        showReport(finding("W_B", "vpc-b", "two"));
        model.setOtherFindings(List.of(finding("E_INTENT_VIOLATED", "vpc-a", "flow-1 must be reachable but is blocked")));
        assertThat(model.findings()).extracting(Finding::code).containsExactly("W_B", "E_INTENT_VIOLATED");
        assertThat(model.statusTextProperty().get()).isEqualTo("1 error · 1 warning");
        assertThat(model.findingsByElementProperty().get()).containsKey(ElementId.of("vpc-a"));

        showReport(finding("W_C", "subnet-a", "three")); // a new validation keeps the intents
        assertThat(model.findings()).extracting(Finding::code).containsExactly("W_C", "E_INTENT_VIOLATED");
        model.setOtherFindings(List.of()); // the flow was repaired
        assertThat(model.findings()).extracting(Finding::code).containsExactly("W_C");
        assertThat(model.errorCountProperty().get()).isZero();
    }

    @Test
    void findingsSortBySeverityCodeMessageAndElements() {
        showReport(finding("W_B", "vpc-b", "beta"), finding("E_Z", "vpc-a", "alpha"), finding("W_A", "subnet-a", "gamma"));
        assertThat(model.findings()).extracting(Finding::code).containsExactly("W_B", "E_Z", "W_A"); // report order kept

        model.sortOrderProperty().set(FindingsViewModel.BY_SEVERITY);
        assertThat(model.findings()).extracting(Finding::code).startsWith("E_Z");
        model.sortOrderProperty().set(FindingsViewModel.BY_CODE);
        assertThat(model.findings()).extracting(Finding::code).containsExactly("E_Z", "W_A", "W_B");
        model.sortOrderProperty().set(FindingsViewModel.BY_MESSAGE.reversed());
        assertThat(model.findings()).extracting(Finding::message).containsExactly("gamma", "beta", "alpha");
        model.sortOrderProperty().set(FindingsViewModel.BY_ELEMENTS);
        assertThat(model.findings()).extracting(FindingsViewModel::elementsText).containsExactly("subnet-a", "vpc-a", "vpc-b");
    }

    @Test
    void findingsFilterByTextAndSeverity() {
        showReport(finding("E_SUBNET_OVERLAP", "subnet-a", "Subnets overlap"), finding("W_SINGLE_AZ", "vpce-a", "One AZ only"),
                finding("W_OTHER", "vpc-b", "Something else"));
        model.filterTextProperty().set("vpce");
        assertThat(model.findings()).extracting(Finding::code).containsExactly("W_SINGLE_AZ");
        model.filterTextProperty().set("overlap");
        assertThat(model.findings()).extracting(Finding::code).containsExactly("E_SUBNET_OVERLAP");
        model.filterTextProperty().set("");
        model.showErrorsProperty().set(false);
        assertThat(model.findings()).extracting(Finding::code).containsExactly("W_SINGLE_AZ", "W_OTHER");
        model.showErrorsProperty().set(true);
        model.showWarningsProperty().set(false);
        assertThat(model.findings()).extracting(Finding::code).containsExactly("E_SUBNET_OVERLAP");
        // the counts are of all findings, whatever the filter
        assertThat(model.statusTextProperty().get()).isEqualTo("1 error · 2 warnings");
    }

    @Test
    void anEditThatCausesAFindingShowsItWithItsElementsBadge() throws Exception {
        int before = model.warningCountProperty().get();
        writeVpcBlockWithHostBits();
        assertThat(model.checkingProperty().get()).as("stale until the next result").isTrue();
        assertThat(model.upToDateProperty().get()).isFalse();
        runUiTasksUntil(() -> model.upToDateProperty().get());

        assertThat(model.allFindings()).extracting(Finding::code).contains("W_CIDR_NOT_CANONICAL");
        assertThat(model.warningCountProperty().get()).isEqualTo(before + 1);
        assertThat(model.findingsByElementProperty().get().get(ElementId.of("vpc-a")))
                .extracting(Finding::code).contains("W_CIDR_NOT_CANONICAL");
        assertThat(model.lastResult().full()).as("re-validated incrementally").isFalse();
    }

    @Test
    void aQuickFixIsOneUndoableCommandAndUndoBringsTheFindingBack() throws Exception {
        writeVpcBlockWithHostBits();
        runUiTasksUntil(() -> model.upToDateProperty().get() && !model.allFindings().isEmpty());
        Finding f = model.allFindings().stream().filter(x -> x.code().equals("W_CIDR_NOT_CANONICAL")).findFirst().orElseThrow();
        assertThat(model.canApplyFix(f)).isTrue();

        assertThat(model.applyFix(f)).isTrue();
        CommandStack stack = commands.get();
        assertThat(stack.undoDescription()).contains(f.quickFix().description());
        assertThat(vpcA().cidrBlocks()).containsExactly(Cidr.parse("10.0.0.0/16"));
        runUiTasksUntil(() -> model.upToDateProperty().get());
        assertThat(model.allFindings()).extracting(Finding::code).doesNotContain("W_CIDR_NOT_CANONICAL");

        stack.undo(); // one step takes the whole fix back
        assertThat(vpcA().cidrBlocks()).containsExactly(Cidr.parse("10.0.0.7/16"));
        runUiTasksUntil(() -> model.upToDateProperty().get());
        assertThat(model.allFindings()).extracting(Finding::code).contains("W_CIDR_NOT_CANONICAL");
        stack.undo();
        assertThat(stack.canUndo()).isFalse();
    }

    @Test
    void aFixIsRefusedWhileTheFindingsAreStale() throws Exception {
        writeVpcBlockWithHostBits();
        runUiTasksUntil(() -> model.upToDateProperty().get());
        Finding f = model.allFindings().stream().filter(x -> x.code().equals("W_CIDR_NOT_CANONICAL")).findFirst().orElseThrow();
        Vpc v = vpcA();
        commands.get().execute(Edits.change(new Vpc(v.id(), "renamed", v.parent(), v.cidrBlocks(), v.ipv6CidrBlocks(), v.dnsSupport(),
                v.dnsHostnames()), "name"));
        assertThat(model.canApplyFix(f)).as("the fix was computed for the design before the rename").isFalse();
        assertThat(model.applyFix(f)).isFalse();
        assertThat(vpcA().name()).isEqualTo("renamed");
    }

    @Test
    void aResultThatArrivesAfterAnotherEditIsDropped() throws Exception {
        writeVpcBlockWithHostBits();
        Runnable firstDelivery = uiTasks.poll(20, TimeUnit.SECONDS);
        assertThat(firstDelivery).isNotNull();
        Vpc v = vpcA();
        commands.get().execute(Edits.change(new Vpc(v.id(), v.name(), v.parent(), List.of(Cidr.parse("10.0.0.0/16")),
                v.ipv6CidrBlocks(), v.dnsSupport(), v.dnsHostnames()), "CIDR block")); // fixed again before the result arrives

        firstDelivery.run();
        assertThat(live.droppedResults()).isEqualTo(1);
        assertThat(model.upToDateProperty().get()).isFalse();
        assertThat(model.allFindings()).extracting(Finding::code).doesNotContain("W_CIDR_NOT_CANONICAL");

        runUiTasksUntil(() -> model.upToDateProperty().get());
        assertThat(model.allFindings()).extracting(Finding::code).doesNotContain("W_CIDR_NOT_CANONICAL");
    }

    @Test
    void revealSendsTheFindingsElementsMostSpecificFirst() {
        Finding f = new Finding("E_X", Severity.ERROR, List.of(ElementId.of("subnet-a"), ElementId.of("vpc-a"), ElementId.of("gone")),
                "m", "", "", null);
        showReport(f);
        model.reveal(f);
        assertThat(model.selectedProperty().get()).isSameAs(f);
        assertThat(revealed).containsExactly(List.of(ElementId.of("subnet-a"), ElementId.of("vpc-a")));
        assertThat(model.findingsByElementProperty().get()).containsOnlyKeys(ElementId.of("subnet-a"), ElementId.of("vpc-a"));
    }

    @Test
    void changingTheProfileRevalidatesUnderIt() throws Exception {
        model.profileProperty().set(RulesProfile.LEGACY_2020);
        assertThat(model.checkingProperty().get()).isTrue();
        runUiTasksUntil(() -> model.upToDateProperty().get());
        assertThat(model.lastResult().report().profile()).isEqualTo(RulesProfile.LEGACY_2020);
        assertThat(model.checkedSummaryProperty().get()).endsWith("(profile legacy-2020).");
    }

    @Test
    void openingAnotherDesignStartsOver() throws Exception {
        Design other = BuiltInSamples.load("transit-gateway-hub.json");
        design.set(other);
        commands.set(new CommandStack(other));
        assertThat(model.validatedProperty().get()).isFalse();
        assertThat(model.allFindings()).isEmpty();
        runUiTasksUntil(() -> model.upToDateProperty().get());
        assertThat(model.lastResult().elementCount()).isEqualTo(other.topology().size());
    }
}
