package dev.linkwright.io.aws;

import dev.linkwright.model.Element;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.Topology;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Gathers the import report while the importer works, then freezes it as an {@link ImportReport}. */
final class ReportCollector {

    private static final int EXAMPLES = 3;

    private final Map<AwsKind, KindCounts> kinds = new EnumMap<>(AwsKind.class);
    private final List<ImportReport.SkippedFile> skippedFiles = new ArrayList<>();
    private final Map<String, TallyBuilder> notes = new LinkedHashMap<>();

    private static final class KindCounts {
        int files;
        int objects;
        int imported;
        final Map<String, TallyBuilder> skipped = new LinkedHashMap<>();
    }

    private static final class TallyBuilder {
        final String text;
        int count;
        final List<String> examples = new ArrayList<>(EXAMPLES);

        TallyBuilder(String text) {
            this.text = text;
        }

        void add(String example) {
            count++;
            if (example != null && examples.size() < EXAMPLES && !examples.contains(example)) {
                examples.add(example);
            }
        }

        ImportReport.Tally freeze() {
            return new ImportReport.Tally(text, count, examples);
        }
    }

    private KindCounts counts(AwsKind kind) {
        return kinds.computeIfAbsent(kind, k -> new KindCounts());
    }

    void fileRead(AwsKind kind, int objects) {
        KindCounts c = counts(kind);
        c.files++;
        c.objects += objects;
    }

    void imported(AwsKind kind) {
        counts(kind).imported++;
    }

    /** One object of {@code kind} not imported, with the reason and the object's id. */
    void skipped(AwsKind kind, String reason, String id) {
        counts(kind).skipped.computeIfAbsent(reason, TallyBuilder::new).add(id);
    }

    void skippedFile(String file, String reason) {
        skippedFiles.add(new ImportReport.SkippedFile(file, reason));
    }

    /** An assumption or a fact worth telling; repeated notes are counted with a few examples. */
    void note(String text, String example) {
        notes.computeIfAbsent(text, TallyBuilder::new).add(example);
    }

    void note(String text) {
        note(text, null);
    }

    ImportReport freeze(String folder, String layout, Topology topology) {
        List<ImportReport.KindSummary> summaries = new ArrayList<>();
        for (Map.Entry<AwsKind, KindCounts> e : kinds.entrySet()) {
            KindCounts c = e.getValue();
            List<ImportReport.Tally> skipped = new ArrayList<>();
            c.skipped.values().forEach(t -> skipped.add(t.freeze()));
            summaries.add(new ImportReport.KindSummary(e.getKey().key(), e.getKey().label(), c.files, c.objects, c.imported, skipped));
        }
        List<ImportReport.Tally> frozenNotes = new ArrayList<>();
        notes.values().forEach(t -> frozenNotes.add(t.freeze()));
        Map<ElementKind, Integer> elements = new EnumMap<>(ElementKind.class);
        for (Element el : topology.elements()) {
            elements.merge(el.kind(), 1, Integer::sum);
        }
        return new ImportReport(folder, layout, summaries, skippedFiles, frozenNotes, elements);
    }
}
