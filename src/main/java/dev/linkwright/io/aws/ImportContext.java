package dev.linkwright.io.aws;

import dev.linkwright.io.DesignFormatException;
import dev.linkwright.io.FormatProblem;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Topology;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * What the converters of one import share: the design being built, the snapshot's objects, the
 * report, the accounts, the problems found and the cancellation flag.
 */
final class ImportContext {

    final Topology topology = new Topology();
    final SnapshotIndex index;
    final ReportCollector report;
    final Accounts accounts;
    private final List<FormatProblem> problems;
    private final BooleanSupplier cancelled;
    private final int maxElements;

    ImportContext(SnapshotIndex index, ReportCollector report, List<FormatProblem> problems, BooleanSupplier cancelled,
                  int maxElements) {
        this.index = index;
        this.report = report;
        this.problems = problems;
        this.cancelled = cancelled;
        this.maxElements = maxElements;
        this.accounts = new Accounts(topology, report);
    }

    /** Adds (or replaces) an element, refusing designs beyond the element limit. */
    void put(Element element) {
        if (topology.size() >= maxElements && !topology.contains(element.id())) {
            throw new TooLargeException(maxElements);
        }
        topology.put(element);
    }

    boolean has(ElementId id, Class<? extends Element> type) {
        return id != null && topology.find(id, type).isPresent();
    }

    /** {@code id} when an element of {@code type} has it, else null. */
    ElementId existing(ElementId id, Class<? extends Element> type) {
        return has(id, type) ? id : null;
    }

    void checkCancelled() {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("import cancelled");
        }
    }

    /**
     * Runs {@code body} on every object of {@code kind} listed under the id field {@code idKey},
     * once per id: later listings of the same id (a shared resource seen from two accounts) are
     * counted as repeats. A bad value skips the object and is recorded as a located problem.
     */
    void eachDistinct(AwsKind kind, String idKey, Consumer<AwsNode> body) {
        Set<String> seen = new HashSet<>();
        int n = 0;
        for (AwsNode item : index.all(kind)) {
            if ((++n & 1023) == 0) {
                checkCancelled();
            }
            try {
                String id = item.text(idKey);
                if (!seen.add(id)) {
                    report.skipped(kind, "listed again by another file (kept once)", id);
                    continue;
                }
                body.accept(item);
            } catch (AwsInputException e) {
                problem(e);
            } catch (IllegalArgumentException e) {
                problem(new AwsInputException(item.file(), item.pointer(), e.getMessage()));
            }
        }
    }

    /** Runs {@code body} on every object of {@code kind}, recording bad values as problems. */
    void each(AwsKind kind, Consumer<AwsNode> body) {
        int n = 0;
        for (AwsNode item : index.all(kind)) {
            if ((++n & 1023) == 0) {
                checkCancelled();
            }
            try {
                body.accept(item);
            } catch (AwsInputException e) {
                problem(e);
            } catch (IllegalArgumentException e) {
                // a value the model refuses (an id too long, a port out of range): report it in place
                problem(new AwsInputException(item.file(), item.pointer(), e.getMessage()));
            }
        }
    }

    void problem(AwsInputException e) {
        if (problems.size() < 50) {
            problems.add(AwsSnapshotImporter.locate(e));
        }
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    List<FormatProblem> problems() {
        return problems;
    }

    /** The design would hold more elements than allowed. */
    static final class TooLargeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLargeException(int max) {
            super("the snapshot makes a design of more than " + max + " elements, the largest accepted");
        }

        DesignFormatException asFormatException(String folder) {
            return new DesignFormatException(new FormatProblem(folder, "", 0, 0, getMessage()));
        }
    }
}
