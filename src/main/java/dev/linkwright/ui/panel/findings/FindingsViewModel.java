package dev.linkwright.ui.panel.findings;

import dev.linkwright.command.Command;
import dev.linkwright.command.CommandStack;
import dev.linkwright.command.Edits;
import dev.linkwright.model.Design;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.Topology;
import dev.linkwright.validation.Finding;
import dev.linkwright.validation.QuickFix;
import dev.linkwright.validation.Severity;
import dev.linkwright.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The findings panel without the panel: the findings of the open design as {@link LiveValidation}
 * reports them, filtered (text, errors, warnings) and sorted, their counts for the tab and the
 * status bar, the findings of each element (for the badges on the canvas), the rules profile, and
 * the actions: reveal a finding's elements, apply its quick fix as one undoable command.
 *
 * <pre>{@code
 * FindingsViewModel findings = new FindingsViewModel(main.designProperty(), main.commandStackProperty(), live);
 * findings.setRevealHandler(ids -> canvas.selectAndReveal(ids));
 * statusLabel.textProperty().bind(findings.statusTextProperty());
 * }</pre>
 *
 * <p>Everything here runs on the UI thread; validation itself runs in {@link LiveValidation}.
 */
public final class FindingsViewModel {

    /** Errors before warnings, then the report order. */
    public static final Comparator<Finding> BY_SEVERITY = Comparator.comparing(Finding::severity);
    public static final Comparator<Finding> BY_CODE = Comparator.comparing(Finding::code);
    public static final Comparator<Finding> BY_MESSAGE = Comparator.comparing(Finding::message, String.CASE_INSENSITIVE_ORDER);
    public static final Comparator<Finding> BY_ELEMENTS = Comparator.comparing(FindingsViewModel::elementsText);

    private final ObservableValue<Design> design;
    private final ObservableValue<CommandStack> commands;
    private final LiveValidation live;

    private final ObservableList<Finding> all = FXCollections.observableArrayList();
    /** Findings from outside the design rules (broken flow intents), shown with theirs. */
    private List<Finding> other = List.of();
    private final FilteredList<Finding> filtered = new FilteredList<>(all, f -> true);
    private final SortedList<Finding> sorted = new SortedList<>(filtered);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final BooleanProperty showErrors = new SimpleBooleanProperty(this, "showErrors", true);
    private final BooleanProperty showWarnings = new SimpleBooleanProperty(this, "showWarnings", true);
    private final ObjectProperty<RulesProfile> profile = new SimpleObjectProperty<>(this, "profile", RulesProfile.CURRENT);
    private final ObjectProperty<Finding> selected = new SimpleObjectProperty<>(this, "selected");

    private final ReadOnlyIntegerWrapper errorCount = new ReadOnlyIntegerWrapper(this, "errorCount");
    private final ReadOnlyIntegerWrapper warningCount = new ReadOnlyIntegerWrapper(this, "warningCount");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "Checking…");
    private final ReadOnlyStringWrapper checkedSummary = new ReadOnlyStringWrapper(this, "checkedSummary", "");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking", true);
    private final ReadOnlyBooleanWrapper upToDate = new ReadOnlyBooleanWrapper(this, "upToDate", false);
    private final ReadOnlyBooleanWrapper validated = new ReadOnlyBooleanWrapper(this, "validated", false);
    private final ReadOnlyObjectWrapper<Map<ElementId, List<Finding>>> byElement =
            new ReadOnlyObjectWrapper<>(this, "byElement", Map.of());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    private Consumer<List<ElementId>> revealHandler = ids -> { };
    private LiveValidation.Result lastResult;

    /**
     * @param design   the open design (the panel follows it when another is opened)
     * @param commands the open design's command stack, through which fixes are applied
     * @param live     the background validation; this view model becomes its listener
     */
    public FindingsViewModel(ObservableValue<Design> design, ObservableValue<CommandStack> commands, LiveValidation live) {
        this.design = design;
        this.commands = commands;
        this.live = live;
        live.setListener(new LiveValidation.Listener() {
            @Override
            public void validated(LiveValidation.Result result) {
                show(result);
            }

            @Override
            public void edited() {
                markChecking();
            }

            @Override
            public void failed(String reason) {
                problem.set(reason);
            }
        });
        filterText.addListener((o, was, is) -> refilter());
        showErrors.addListener((o, was, is) -> refilter());
        showWarnings.addListener((o, was, is) -> refilter());
        profile.addListener((o, was, is) -> {
            if (is != null) {
                live.setProfile(is);
                markChecking();
            }
        });
        design.addListener((o, was, is) -> attach(is));
        attach(design.getValue());
    }

    // ---- state -------------------------------------------------------------------------------------

    /** The findings shown: filtered, in {@link #sortOrderProperty()} order (report order when null). */
    public ObservableList<Finding> findings() {
        return sorted;
    }

    /** Every finding of the last report, unfiltered, in report order. */
    public List<Finding> allFindings() {
        return FXCollections.unmodifiableObservableList(all);
    }

    /** The order of {@link #findings()}; the table binds its column sort here. Null keeps the report order. */
    public ObjectProperty<Comparator<? super Finding>> sortOrderProperty() {
        return sorted.comparatorProperty();
    }

    /** Shows only findings whose code, message, fix or element ids contain this text (case-insensitive). */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    public BooleanProperty showErrorsProperty() {
        return showErrors;
    }

    public BooleanProperty showWarningsProperty() {
        return showWarnings;
    }

    /** The rules profile validation uses. */
    public ObjectProperty<RulesProfile> profileProperty() {
        return profile;
    }

    /** The finding the user looks at (the table's selection). */
    public ObjectProperty<Finding> selectedProperty() {
        return selected;
    }

    public ReadOnlyIntegerProperty errorCountProperty() {
        return errorCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty warningCountProperty() {
        return warningCount.getReadOnlyProperty();
    }

    /** For the status bar: "1 error · 2 warnings", "No problems", or "Checking…" before the first result. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** What the last run checked: "Checked 57 elements against 84 design rules (profile current)." */
    public ReadOnlyStringProperty checkedSummaryProperty() {
        return checkedSummary.getReadOnlyProperty();
    }

    /** True from an edit until its findings arrive. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** True when the findings shown belong to the design as it is now (quick fixes need that). */
    public ReadOnlyBooleanProperty upToDateProperty() {
        return upToDate.getReadOnlyProperty();
    }

    /** True once the open design has been validated at least once. */
    public ReadOnlyBooleanProperty validatedProperty() {
        return validated.getReadOnlyProperty();
    }

    /** The findings naming each element (nested ids mapped to the element that holds them), for badges. */
    public ReadOnlyObjectProperty<Map<ElementId, List<Finding>>> findingsByElementProperty() {
        return byElement.getReadOnlyProperty();
    }

    /** Why live validation stopped, when it did; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The last result delivered, or null. */
    public LiveValidation.Result lastResult() {
        return lastResult;
    }

    // ---- actions -----------------------------------------------------------------------------------

    /** Where "reveal" sends the ids of a finding's elements (the canvas selects and scrolls to them). */
    public void setRevealHandler(Consumer<List<ElementId>> handler) {
        this.revealHandler = handler == null ? ids -> { } : handler;
    }

    /** Selects {@code finding} and reveals its elements (those still in the design), most specific first. */
    public void reveal(Finding finding) {
        selected.set(finding);
        List<ElementId> ids = elementsOf(finding);
        if (!ids.isEmpty()) {
            revealHandler.accept(ids);
        }
    }

    /** Reveals {@code ids} on the canvas without changing the selected finding. */
    public void revealOnly(List<ElementId> ids) {
        if (!ids.isEmpty()) {
            revealHandler.accept(ids);
        }
    }

    /** The element holding {@code id} (itself, or the element a nested id belongs to), if it is in the design. */
    public java.util.Optional<ElementId> ownerOf(ElementId id) {
        Design d = design.getValue();
        return d == null ? java.util.Optional.empty() : d.topology().owner(id).map(Element::id);
    }

    /** The elements {@code finding} names that are in the design, nested ids mapped to their elements. */
    public List<ElementId> elementsOf(Finding finding) {
        Design d = design.getValue();
        if (finding == null || d == null) {
            return List.of();
        }
        Set<ElementId> ids = new LinkedHashSet<>();
        for (ElementId id : finding.elements()) {
            d.topology().owner(id).ifPresent(e -> ids.add(e.id()));
        }
        return List.copyOf(ids);
    }

    /** True when {@code finding} has a quick fix that can be applied to the design as it is now. */
    public boolean canApplyFix(Finding finding) {
        return finding != null && finding.quickFix() != null && upToDate.get() && commands.getValue() != null
                && all.contains(finding);
    }

    /**
     * Applies the quick fix of {@code finding} as one undoable command named after the fix.
     * Returns false (and changes nothing) when the findings are not current or there is no fix.
     */
    public boolean applyFix(Finding finding) {
        if (!canApplyFix(finding)) {
            return false;
        }
        QuickFix fix = finding.quickFix();
        Topology t = design.getValue().topology();
        List<Command> parts = new ArrayList<>();
        for (Element replacement : fix.replacements()) {
            if (!t.contains(replacement.id())) {
                return false;
            }
            parts.add(Edits.change(replacement, "values"));
        }
        return commands.getValue().execute(Edits.group(fix.description(), parts));
    }

    // ---- internals ---------------------------------------------------------------------------------

    private void attach(Design d) {
        all.clear();
        selected.set(null);
        lastResult = null;
        byElement.set(Map.of());
        errorCount.set(0);
        warningCount.set(0);
        validated.set(false);
        checkedSummary.set("");
        problem.set("");
        markChecking();
        live.attach(d == null ? null : d.topology(), profile.get());
    }

    private void markChecking() {
        checking.set(true);
        upToDate.set(false);
        if (!validated.get()) {
            statusText.set("Checking…");
        }
    }

    /** Shows a current result. */
    void show(LiveValidation.Result result) {
        lastResult = result;
        ValidationReport report = result.report();
        checkedSummary.set("Checked " + plural(result.elementCount(), "element") + " against "
                + plural(live.validator().rules().size(), "design rule") + " (profile " + report.profile().wire() + ").");
        publish();
        validated.set(true);
        checking.set(false);
        upToDate.set(true);
        problem.set("");
    }

    /**
     * Findings from outside the design rules shown with theirs, e.g. the flows whose intent is broken
     * ({@code E_INTENT_VIOLATED}), which the simulator evaluates; replaces the previous ones.
     */
    public void setOtherFindings(List<Finding> findings) {
        other = List.copyOf(findings);
        if (lastResult != null) {
            publish();
        }
    }

    /** The design rules' findings of the last result and the other findings, in the table, counts and badges. */
    private void publish() {
        List<Finding> shown = new ArrayList<>(lastResult.report().findings());
        shown.addAll(other);
        Finding keep = selected.get();
        all.setAll(shown);
        if (keep != null && !all.contains(keep)) {
            selected.set(null);
        }
        int errors = (int) shown.stream().filter(Finding::isError).count();
        int warnings = shown.size() - errors;
        errorCount.set(errors);
        warningCount.set(warnings);
        statusText.set(countText(errors, warnings));
        byElement.set(index(shown));
    }

    private Map<ElementId, List<Finding>> index(List<Finding> findings) {
        Design d = design.getValue();
        Map<ElementId, List<Finding>> map = new LinkedHashMap<>();
        for (Finding f : findings) {
            Set<ElementId> owners = new LinkedHashSet<>();
            for (ElementId id : f.elements()) {
                ElementId owner = d == null ? id : d.topology().owner(id).map(Element::id).orElse(null);
                if (owner != null) {
                    owners.add(owner);
                }
            }
            for (ElementId owner : owners) {
                map.computeIfAbsent(owner, k -> new ArrayList<>()).add(f);
            }
        }
        return Map.copyOf(map);
    }

    private void refilter() {
        String text = filterText.get() == null ? "" : filterText.get().trim().toLowerCase(Locale.ROOT);
        boolean errors = showErrors.get();
        boolean warnings = showWarnings.get();
        filtered.setPredicate(f -> (f.severity() == Severity.ERROR ? errors : warnings) && (text.isEmpty() || matches(f, text)));
    }

    private static boolean matches(Finding f, String lowerText) {
        return f.code().toLowerCase(Locale.ROOT).contains(lowerText)
                || f.message().toLowerCase(Locale.ROOT).contains(lowerText)
                || f.fix().toLowerCase(Locale.ROOT).contains(lowerText)
                || f.rule().toLowerCase(Locale.ROOT).contains(lowerText)
                || elementsText(f).toLowerCase(Locale.ROOT).contains(lowerText);
    }

    /** The ids of a finding's elements, comma-separated. */
    public static String elementsText(Finding f) {
        List<String> ids = new ArrayList<>();
        for (ElementId id : f.elements()) {
            ids.add(id.value());
        }
        return String.join(", ", ids);
    }

    /** "1 error · 2 warnings", "3 warnings", "No problems". */
    public static String countText(int errors, int warnings) {
        if (errors == 0 && warnings == 0) {
            return "No problems";
        }
        List<String> parts = new ArrayList<>();
        if (errors > 0) {
            parts.add(plural(errors, "error"));
        }
        if (warnings > 0) {
            parts.add(plural(warnings, "warning"));
        }
        return String.join(" · ", parts);
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
