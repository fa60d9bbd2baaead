package dev.linkwright.ui.export;

import dev.linkwright.analysis.ReachabilityAnalyzer;
import dev.linkwright.analysis.ReachabilityQuery;
import dev.linkwright.analysis.Trace;
import dev.linkwright.io.export.BadgeSeverity;
import dev.linkwright.io.export.DesignExporter;
import dev.linkwright.io.export.ExportCancelledException;
import dev.linkwright.io.export.ExportException;
import dev.linkwright.io.export.ExportFormat;
import dev.linkwright.io.export.ExportOptions;
import dev.linkwright.io.export.ExportProgress;
import dev.linkwright.io.export.ExportSummary;
import dev.linkwright.io.export.Exporters;
import dev.linkwright.io.export.SummaryBuilder;
import dev.linkwright.io.export.picture.DiagramExporter;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Flow;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.ui.common.DialogService;
import dev.linkwright.ui.common.FileType;
import dev.linkwright.ui.common.Workers;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * File ▸ Export, without the window: the format, the scope (whole design or the selection), the
 * options (PNG scale and background, legend, validation badges, a flow's path), a preview where it
 * is cheap (the picture for diagram formats, the first lines for infrastructure code), then the
 * export itself on a background thread with progress and Cancel, and its summary (what was not
 * exported and why).
 *
 * <p>The dialog works on a copy of the design taken when it opens ({@link Design#copy()}); the
 * exporters read it on background threads while the user may go on looking at the window.
 *
 * <pre>{@code
 * ExportViewModel vm = new ExportViewModel(design.copy(), selection, badges, flowPaths, dialogs, Workers.javafx());
 * vm.formatProperty().set(ExportFormat.TERRAFORM_JSON);
 * vm.export();  // asks where, then writes
 * }</pre>
 */
public final class ExportViewModel {

    /** What the export covers. */
    public enum Scope { WHOLE_DESIGN, SELECTION }

    /**
     * A flow's path for the overlay: its hops in order and, when the flow is blocked, the element
     * that blocks it (drawn with a red badge, as {@code export --flow} does).
     */
    public record FlowPath(List<ElementId> hops, ElementId blockedAt) {
        public FlowPath {
            hops = List.copyOf(hops);
        }
    }

    /** How a flow's path is found for the overlay (the reachability analysis); empty when it has none. */
    @FunctionalInterface
    public interface FlowPaths {
        Optional<FlowPath> path(Design design, Flow flow);

        /** No analysis available: no flow has a path. */
        FlowPaths NONE = (design, flow) -> Optional.empty();

        /** The forward path the reachability analysis traces for the flow under {@code profile}. */
        static FlowPaths reachability(RulesProfile profile) {
            return (design, flow) -> {
                Trace trace = new ReachabilityAnalyzer(design.topology()).analyze(ReachabilityQuery.of(flow, profile));
                List<ElementId> ids = trace.forwardIds();
                ElementId blocker = trace.blockedAt() == null ? null : trace.blockedAt().elementId();
                return ids.isEmpty() ? Optional.empty() : Optional.of(new FlowPath(ids, blocker));
            };
        }
    }

    /** What the preview shows. */
    public sealed interface Preview permits Picture, Text, Nothing {
    }

    /** A PNG of the diagram, {@code width} × {@code height} pixels. */
    public record Picture(byte[] png, int width, int height, String caption) implements Preview {
    }

    /** The first lines of the main file ({@code fileName}), and how many further files the export writes. */
    public record Text(String fileName, String firstLines, int moreFiles, String caption) implements Preview {
    }

    /** No preview, and why (too large, being made, failed). */
    public record Nothing(String why) implements Preview {
    }

    /** Designs above this many elements get a preview only on request ({@link #previewNow()}). */
    public static final int PREVIEW_LIMIT = 3000;
    private static final int PREVIEW_PIXELS = 1100;
    private static final int PREVIEW_LINES = 40;

    private final Design design;
    private final Set<ElementId> selection;
    private final Map<ElementId, BadgeSeverity> findings;
    private final FlowPaths flowPaths;
    private final DialogService dialogs;
    private final Workers workers;
    private final Function<ExportFormat, DesignExporter> exporters;

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.SVG);
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(this, "scope", Scope.WHOLE_DESIGN);
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 2);
    private final BooleanProperty transparent = new SimpleBooleanProperty(this, "transparent", false);
    private final BooleanProperty legend = new SimpleBooleanProperty(this, "legend", true);
    private final BooleanProperty badges = new SimpleBooleanProperty(this, "badges", false);
    private final ObjectProperty<Flow> flow = new SimpleObjectProperty<>(this, "flow");

    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>(this, "preview", new Nothing("Preparing the preview…"));
    private final ReadOnlyBooleanWrapper previewing = new ReadOnlyBooleanWrapper(this, "previewing");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<ExportSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyStringWrapper flowNote = new ReadOnlyStringWrapper(this, "flowNote", "");

    private final AtomicLong previewGeneration = new AtomicLong();
    private AtomicBoolean previewCancel = new AtomicBoolean();
    private AtomicBoolean exportCancel = new AtomicBoolean();
    private boolean previewRequested;
    private Path lastDirectory;

    /**
     * @param design    a copy of the design, which nobody edits while the dialog is open
     * @param selection the selected element ids (empty: the scope is the whole design)
     * @param findings  the validation badges to offer (empty: no badge option)
     * @param flowPaths finds a flow's path for the overlay
     * @param dialogs   file chooser
     * @param workers   where previews and exports run
     */
    public ExportViewModel(Design design, Set<ElementId> selection, Map<ElementId, BadgeSeverity> findings, FlowPaths flowPaths,
                           DialogService dialogs, Workers workers) {
        this(design, selection, findings, flowPaths, dialogs, workers, Exporters::of);
    }

    ExportViewModel(Design design, Set<ElementId> selection, Map<ElementId, BadgeSeverity> findings, FlowPaths flowPaths,
                    DialogService dialogs, Workers workers, Function<ExportFormat, DesignExporter> exporters) {
        this.design = design;
        this.selection = Set.copyOf(selection);
        this.findings = Map.copyOf(findings);
        this.flowPaths = flowPaths;
        this.dialogs = dialogs;
        this.workers = workers;
        this.exporters = exporters;
        if (!selection.isEmpty()) {
            scope.set(Scope.SELECTION);
        }
        for (javafx.beans.Observable o : List.of(format, scope, scale, transparent, legend, badges, flow)) {
            o.addListener(x -> optionsChanged());
        }
    }

    // ---- options -----------------------------------------------------------------------------------

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    /** PNG pixels per diagram unit, 1 to 8. */
    public DoubleProperty scaleProperty() {
        return scale;
    }

    /** PNG background: transparent instead of white. */
    public BooleanProperty transparentProperty() {
        return transparent;
    }

    /** Diagrams carry a legend of the line styles. */
    public BooleanProperty legendProperty() {
        return legend;
    }

    /** Diagrams show the validation badges of the findings panel. */
    public BooleanProperty badgesProperty() {
        return badges;
    }

    /** The flow whose path is drawn over the diagram; null for none. */
    public ObjectProperty<Flow> flowProperty() {
        return flow;
    }

    /** The design's flows, for the overlay chooser. */
    public List<Flow> flows() {
        return design.flows();
    }

    public boolean hasSelection() {
        return !selection.isEmpty();
    }

    public int selectionSize() {
        return selection.size();
    }

    public boolean hasFindings() {
        return !findings.isEmpty();
    }

    /** True when the chosen format is a picture (the diagram options apply). */
    public boolean isDiagram() {
        return format.get().isDiagram();
    }

    /** Why the chosen flow's path cannot be drawn, or empty. */
    public ReadOnlyStringProperty flowNoteProperty() {
        return flowNote.getReadOnlyProperty();
    }

    /** The export options the dialog's choices make. */
    public ExportOptions options() {
        ExportOptions o = ExportOptions.defaults()
                .withScale(Math.max(1, Math.min(ExportOptions.MAX_SCALE, scale.get())))
                .withTransparent(transparent.get())
                .withLegend(legend.get());
        if (scope.get() == Scope.SELECTION && !selection.isEmpty()) {
            o = o.withScope(selection);
        }
        if (format.get().isDiagram()) {
            if (badges.get()) {
                o = o.withBadges(findings);
            }
        }
        return o;
    }

    /**
     * {@code o} with the path of flow {@code f} drawn over diagrams. Runs the reachability analysis,
     * so it is called on the background thread; the note says when there is no path to draw.
     */
    private ExportOptions withFlowPath(ExportOptions o, ExportFormat f, Flow chosen) {
        if (chosen == null || !f.isDiagram()) {
            workers.ui().execute(() -> flowNote.set(""));
            return o;
        }
        Optional<FlowPath> path;
        try {
            path = flowPaths.path(design, chosen);
        } catch (RuntimeException e) {
            path = Optional.empty();
        }
        String name = chosen.name().isEmpty() ? chosen.id().value() : chosen.name();
        String note = path.isEmpty() ? "No path to draw for " + name + ": the reachability analysis finds none."
                : path.get().blockedAt() != null ? "Blocked at " + path.get().blockedAt().value()
                        + ": the path is drawn up to it, with a red badge on it." : "";
        workers.ui().execute(() -> {
            if (chosen == flow.get()) {
                flowNote.set(note);
            }
        });
        if (path.isEmpty()) {
            return o;
        }
        ExportOptions withPath = o.withFlowPath(path.get().hops());
        if (path.get().blockedAt() == null || design.topology().owner(path.get().blockedAt()).isEmpty()) {
            return withPath;
        }
        Map<ElementId, BadgeSeverity> marked = new java.util.LinkedHashMap<>(o.badges());
        marked.put(path.get().blockedAt(), BadgeSeverity.ERROR);
        return withPath.withBadges(marked);
    }

    /** The file name the chooser suggests: the design's title, or "design", with the format's ending. */
    public String suggestedFileName() {
        String title = design.title().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "").toLowerCase(java.util.Locale.ROOT);
        return (title.isEmpty() ? "design" : title) + format.get().extension();
    }

    // ---- state -------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty previewingProperty() {
        return previewing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1 while exporting. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last export failed, in a sentence, shown in the dialog; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the last export did; null before one. */
    public ReadOnlyObjectProperty<ExportSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    // ---- preview -----------------------------------------------------------------------------------

    /** Starts the preview for the current choices, unless the design is too large for an automatic one. */
    public void start() {
        previewRequested = design.topology().size() <= PREVIEW_LIMIT;
        if (previewRequested) {
            refreshPreview();
        } else {
            preview.set(new Nothing("No automatic preview for a design of " + design.topology().size()
                    + " elements: press Preview to make one."));
        }
    }

    /** Makes a preview now, whatever the size of the design. */
    public void previewNow() {
        previewRequested = true;
        refreshPreview();
    }

    private void optionsChanged() {
        problem.set("");
        if (previewRequested) {
            refreshPreview();
        }
    }

    private void refreshPreview() {
        long generation = previewGeneration.incrementAndGet();
        previewCancel.set(true);
        AtomicBoolean cancel = new AtomicBoolean();
        previewCancel = cancel;
        ExportFormat f = format.get();
        Flow chosenFlow = flow.get();
        ExportOptions o;
        try {
            o = options();
        } catch (IllegalArgumentException e) {
            preview.set(new Nothing(e.getMessage()));
            return;
        }
        previewing.set(true);
        ExportOptions chosen = o;
        workers.background().execute(() -> {
            Preview p;
            try {
                ExportOptions full = withFlowPath(chosen, f, chosenFlow);
                p = f.isDiagram() ? picture(f, full, cancel) : text(f, full, cancel);
            } catch (ExportCancelledException e) {
                return; // a newer preview is on its way
            } catch (ExportException e) {
                p = new Nothing("No preview: " + e.getMessage());
            } catch (IOException | RuntimeException | Error e) {
                p = new Nothing("No preview: " + reason(e));
            }
            Preview result = p;
            workers.ui().execute(() -> {
                if (generation == previewGeneration.get()) {
                    preview.set(result);
                    previewing.set(false);
                }
            });
        });
    }

    private Preview picture(ExportFormat f, ExportOptions o, AtomicBoolean cancel) throws ExportException, IOException {
        ExportProgress p = cancellable(cancel);
        int[] size = DiagramExporter.pngSize(design, o.withScale(1));
        double fit = Math.min(2, PREVIEW_PIXELS / (double) Math.max(1, Math.max(size[0], size[1])));
        double s = f == ExportFormat.PNG ? Math.min(o.scale(), fit) : fit;
        ExportOptions small = o.withScale(Math.max(0.05, s));
        byte[] png = new DiagramExporter(ExportFormat.PNG).render(design, small, new SummaryBuilder(ExportFormat.PNG), p);
        int[] shown = DiagramExporter.pngSize(design, small);
        String caption;
        if (f == ExportFormat.PNG) {
            int[] full = DiagramExporter.pngSize(design, o);
            caption = "PNG of " + full[0] + " × " + full[1] + " pixels" + (o.transparent() ? ", transparent background" : "");
        } else if (f == ExportFormat.DRAWIO) {
            caption = "The diagram as draw.io shapes (AWS 4 library), editable in diagrams.net";
        } else {
            caption = f == ExportFormat.SVG ? "SVG drawing, scalable, text as text" : "PDF page, vector, text as text";
        }
        return new Picture(png, shown[0], shown[1], caption);
    }

    private Preview text(ExportFormat f, ExportOptions o, AtomicBoolean cancel) throws ExportException, IOException {
        Path dir = Files.createTempDirectory("linkwright-preview");
        try {
            Path out = dir.resolve(suggestedFileName().replace(f.extension(), "") + f.extension());
            ExportSummary s = exporters.apply(f).export(design, o, out, cancellable(cancel));
            StringBuilder lines = new StringBuilder();
            int n = 0;
            try (BufferedReader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null && n < PREVIEW_LINES; line = r.readLine(), n++) {
                    lines.append(line).append('\n');
                }
            }
            int more = Math.max(0, s.files().size() - 1);
            return new Text(out.getFileName().toString(), lines.toString(), more,
                    s.exportedCount() + " elements as " + f.label() + (more > 0 ? "; " + more + " more files next to it" : "")
                            + (s.notExported().isEmpty() ? "" : "; " + s.notExported().size() + " not exported"));
        } finally {
            deleteQuietly(dir);
        }
    }

    private static ExportProgress cancellable(AtomicBoolean cancel) {
        return new ExportProgress() {
            @Override
            public void step(int done, int total, String what) {
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        };
    }

    // ---- export ------------------------------------------------------------------------------------

    /** Asks where to write (with the format's extension) and exports there; false when nothing started. */
    public boolean export() {
        if (running.get()) {
            return false;
        }
        ExportFormat f = format.get();
        Optional<Path> chosen = dialogs.chooseFileToSave("Export as " + f.label(), lastDirectory, suggestedFileName(),
                new FileType(f.label(), f.extension()));
        return chosen.isPresent() && exportTo(chosen.get());
    }

    /** Exports to {@code target} (its name given the format's extension); false when nothing started. */
    public boolean exportTo(Path target) {
        if (running.get()) {
            return false;
        }
        ExportFormat f = format.get();
        Path out = new FileType(f.label(), f.extension()).withExtension(target);
        ExportOptions o;
        try {
            o = options();
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return false;
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            lastDirectory = parent;
        }
        AtomicBoolean cancel = new AtomicBoolean();
        exportCancel = cancel;
        problem.set("");
        summary.set(null);
        running.set(true);
        progress.set(0);
        message.set("Exporting " + f.label() + "…");
        ExportOptions chosen = o;
        Flow chosenFlow = flow.get();
        workers.background().execute(() -> runExport(f, withFlowPath(chosen, f, chosenFlow), out, cancel));
        return true;
    }

    /** Asks the running export to stop; nothing is written then. */
    public void cancel() {
        if (running.get()) {
            exportCancel.set(true);
            message.set("Cancelling…");
        }
    }

    private void runExport(ExportFormat f, ExportOptions o, Path out, AtomicBoolean cancel) {
        ExportProgress p = new ExportProgress() {
            @Override
            public void step(int done, int total, String what) {
                workers.ui().execute(() -> {
                    if (running.get() && !cancel.get()) {
                        progress.set(total <= 0 ? 0 : (double) done / total);
                        message.set(what);
                    }
                });
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        };
        try {
            ExportSummary s = exporters.apply(f).export(design, o, out, p);
            workers.ui().execute(() -> finished(s, null));
        } catch (ExportCancelledException e) {
            workers.ui().execute(() -> finished(null, "Export cancelled; nothing was written."));
        } catch (ExportException e) {
            workers.ui().execute(() -> finished(null, "Cannot export: " + e.getMessage() + "."));
        } catch (IOException e) {
            workers.ui().execute(() -> finished(null, "Cannot write " + out + ": " + reason(e) + "."));
        } catch (RuntimeException | Error e) {
            workers.ui().execute(() -> finished(null, "The export failed: " + reason(e) + "."));
        }
    }

    private void finished(ExportSummary s, String why) {
        running.set(false);
        if (s != null) {
            summary.set(s);
            progress.set(1);
            message.set("Exported " + s.exportedCount() + " elements to " + s.files().get(0).getFileName());
        } else {
            progress.set(0);
            message.set("");
            problem.set(why);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------

    /** The summary as lines for people: files, counts, not exported grouped by reason, inputs, notes. */
    public static List<String> describe(ExportSummary s) {
        List<String> lines = new ArrayList<>();
        lines.add("Exported " + s.exportedCount() + " element" + (s.exportedCount() == 1 ? "" : "s") + " as " + s.format().label()
                + (s.notExported().isEmpty() ? "; nothing was left out." : "; " + s.notExported().size() + " left out:"));
        s.notExportedByReason().forEach((reason, count) -> lines.add("Not exported (" + count + "): " + reason));
        for (ExportSummary.Input i : s.inputs()) {
            lines.add("To supply: " + i.name() + " (" + i.where() + "): " + i.description());
        }
        for (String note : s.notes()) {
            lines.add("Note: " + note);
        }
        for (Path file : s.files()) {
            lines.add("Wrote " + file);
        }
        return lines;
    }

    private static String reason(Throwable e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof OutOfMemoryError) {
            return "not enough memory (try a smaller PNG scale)";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a temporary file left behind is not worth a failure
                }
            });
        } catch (IOException e) {
            // as above
        }
    }
}
