package dev.linkwright.io.export;

import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects an {@link ExportSummary} while an exporter works. Recording the same thing twice keeps
 * one entry, so writers need not coordinate.
 */
public final class SummaryBuilder {

    private final ExportFormat format;
    private final List<Path> files = new ArrayList<>();
    private final Map<ElementId, Element> exportedElements = new LinkedHashMap<>();
    private final Map<ElementId, List<String>> exportedAs = new LinkedHashMap<>();
    private final Set<ExportSummary.NotExported> notExported = new LinkedHashSet<>();
    private final Set<ExportSummary.Input> inputs = new LinkedHashSet<>();
    private final Set<String> notes = new LinkedHashSet<>();

    public SummaryBuilder(ExportFormat format) {
        this.format = format;
    }

    /** Records that {@code element} became {@code what} (a resource address, a diagram group ...). */
    public SummaryBuilder exported(Element element, String what) {
        List<String> list = exportedAs.computeIfAbsent(element.id(), k -> new ArrayList<>());
        if (!list.contains(what)) {
            list.add(what);
        }
        exportedElements.put(element.id(), element);
        return this;
    }

    /** Records that the whole of {@code element} was left out, and why. */
    public SummaryBuilder notExported(Element element, String reason) {
        notExported.add(new ExportSummary.NotExported(element.id(), element.kind().label(), reason));
        return this;
    }

    /** Records that one aspect ({@code what}) of an element was left out, and why. */
    public SummaryBuilder notExported(ElementId id, String what, String reason) {
        notExported.add(new ExportSummary.NotExported(id, what, reason));
        return this;
    }

    /** Records a value the exported code needs. */
    public SummaryBuilder input(String where, String name, String description) {
        inputs.add(new ExportSummary.Input(where, name, description));
        return this;
    }

    public SummaryBuilder note(String sentence) {
        notes.add(sentence);
        return this;
    }

    public SummaryBuilder file(Path file) {
        if (!files.contains(file)) {
            files.add(file);
        }
        return this;
    }

    /** True when {@code id} has been recorded as exported. */
    public boolean isExported(ElementId id) {
        return exportedAs.containsKey(id);
    }

    public ExportSummary build() {
        List<ExportSummary.Exported> list = new ArrayList<>();
        for (Map.Entry<ElementId, List<String>> e : exportedAs.entrySet()) {
            list.add(new ExportSummary.Exported(e.getKey(), exportedElements.get(e.getKey()).kind(), e.getValue()));
        }
        return new ExportSummary(format, files, list, new ArrayList<>(notExported), new ArrayList<>(inputs), new ArrayList<>(notes));
    }
}
