package dev.linkwright.io.export;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an export did, as plain data a dialog or the command line shows: the files written, what
 * each element became, what was not exported and why, and the inputs (Terraform variables,
 * CloudFormation parameters) a person must supply before applying the code.
 *
 * @param format      the format written
 * @param files       the files written, the one named by the user first
 * @param exported    the elements exported and what each became
 * @param notExported the elements (or aspects of them) left out, each with the reason
 * @param inputs      values the exported code asks for
 * @param notes       anything else worth knowing, one sentence each
 */
public record ExportSummary(ExportFormat format, List<Path> files, List<Exported> exported,
                            List<NotExported> notExported, List<Input> inputs, List<String> notes) {

    public ExportSummary {
        files = List.copyOf(files);
        exported = List.copyOf(exported);
        notExported = List.copyOf(notExported);
        inputs = List.copyOf(inputs);
        notes = List.copyOf(notes);
    }

    /**
     * One exported element and what it became, e.g. {@code vpc-a} as {@code aws_vpc.vpc_a}, or a
     * diagram group.
     */
    public record Exported(ElementId id, ElementKind kind, List<String> as) {
        public Exported {
            as = List.copyOf(as);
        }
    }

    /**
     * Something left out: an element (id and kind), or an aspect of one (the id is then the
     * element's and {@code what} names the aspect), with the reason.
     */
    public record NotExported(ElementId id, String what, String reason) {
    }

    /**
     * A value the exported code needs from a person or from another stack, e.g. a Terraform
     * variable or a CloudFormation parameter. {@code where} names the file or stack that asks.
     */
    public record Input(String where, String name, String description) {
    }

    /** Number of elements exported. */
    public int exportedCount() {
        return exported.size();
    }

    /** The reasons elements were left out, with how many elements each covers, in first-seen order. */
    public Map<String, Integer> notExportedByReason() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (NotExported n : notExported) {
            counts.merge(n.reason(), 1, Integer::sum);
        }
        return counts;
    }

    /** A readable report: files, counts, what was left out and why, inputs and notes. */
    public String describe() {
        List<String> lines = new ArrayList<>();
        for (Path f : files) {
            lines.add("wrote " + f);
        }
        lines.add("exported " + exported.size() + " element" + (exported.size() == 1 ? "" : "s") + " as " + format.label());
        if (!notExported.isEmpty()) {
            lines.add("not exported (" + notExported.size() + "):");
            for (NotExported n : notExported) {
                lines.add("  - " + (n.id() == null ? "" : n.id() + ": ") + (n.what() == null || n.what().isEmpty() ? "" : n.what() + ": ")
                        + n.reason());
            }
        }
        if (!inputs.isEmpty()) {
            lines.add("inputs to supply (" + inputs.size() + "):");
            for (Input i : inputs) {
                lines.add("  - " + i.where() + ": " + i.name() + " - " + i.description());
            }
        }
        for (String n : notes) {
            lines.add("note: " + n);
        }
        return String.join(System.lineSeparator(), lines);
    }
}
