package dev.linkwright.io.aws;

/**
 * Hears how far an import has come, e.g. to drive a progress bar. Called on the importing
 * thread; {@code done} grows from 0 to {@code total}, and {@code total} is known from the start
 * (one step per file, then one per group of element kinds).
 *
 * <pre>{@code
 * importer.importFolder(folder, (done, total, what) -> updateProgress(done, total), this::isCancelled);
 * }</pre>
 */
@FunctionalInterface
public interface ImportProgress {

    /** Ignores all progress. */
    ImportProgress NONE = (done, total, what) -> { };

    /** {@code what} says what is being done, e.g. "reading us-east-1/Subnets.json". */
    void progress(int done, int total, String what);
}
