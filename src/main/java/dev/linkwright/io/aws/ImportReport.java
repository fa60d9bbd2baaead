package dev.linkwright.io.aws;

import dev.linkwright.model.ElementKind;
import java.util.List;
import java.util.Map;

/**
 * What an AWS snapshot import read and made, as plain data for the command line and the import
 * dialog: per AWS kind (the top-level key of the files, such as {@code Subnets}) the files and
 * objects read, the objects imported and those skipped with the reason; files skipped as a whole
 * and why; the assumptions the importer made (notes); and the elements of the resulting design.
 *
 * @param folder the folder imported, as given
 * @param layout how the snapshot is laid out, e.g. "accounts/&lt;account-id&gt;/&lt;region&gt;"
 * @param kinds one entry per AWS kind met, in the order of {@link AwsKind}
 * @param skippedFiles files not read, or read but of a kind Linkwright does not model
 * @param notes assumptions and things the user should know, in the order they arose
 * @param elements the number of design elements of each kind
 */
public record ImportReport(String folder, String layout, List<KindSummary> kinds, List<SkippedFile> skippedFiles,
                           List<Tally> notes, Map<ElementKind, Integer> elements) {

    public ImportReport {
        kinds = List.copyOf(kinds);
        skippedFiles = List.copyOf(skippedFiles);
        notes = List.copyOf(notes);
        elements = Map.copyOf(elements);
    }

    /**
     * One AWS kind: how many files held it, how many objects they listed, how many were imported
     * and which were skipped and why.
     */
    public record KindSummary(String kind, String label, int files, int objects, int imported, List<Tally> skipped) {
        public KindSummary {
            skipped = List.copyOf(skipped);
        }

        /** Objects skipped for any reason. */
        public int skippedCount() {
            return skipped.stream().mapToInt(Tally::count).sum();
        }
    }

    /** A file not read as data, with the reason (unmodelled kind, not JSON, empty, ...). */
    public record SkippedFile(String file, String reason) {
    }

    /** Something that happened {@code count} times, with up to a few example ids or files. */
    public record Tally(String text, int count, List<String> examples) {
        public Tally {
            examples = List.copyOf(examples);
        }

        /** "text (a)" once, "text (count: a, b, c, ...)" more often. */
        public String describe() {
            StringBuilder sb = new StringBuilder(text);
            if (count > 1 || !examples.isEmpty()) {
                sb.append(" (");
                if (count > 1) {
                    sb.append(count).append(examples.isEmpty() ? "" : ": ");
                }
                sb.append(String.join(", ", examples));
                if (count > examples.size() && !examples.isEmpty()) {
                    sb.append(", ...");
                }
                sb.append(')');
            }
            return sb.toString();
        }
    }

    /** The summary of one AWS kind, or null when no file held it. */
    public KindSummary kind(String awsKind) {
        for (KindSummary k : kinds) {
            if (k.kind().equals(awsKind)) {
                return k;
            }
        }
        return null;
    }

    /** Total elements of the design. */
    public int elementCount() {
        return elements.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** True when a note contains {@code text}. */
    public boolean hasNote(String text) {
        return notes.stream().anyMatch(n -> n.text().contains(text));
    }
}
