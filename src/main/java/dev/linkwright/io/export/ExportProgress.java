package dev.linkwright.io.export;

/**
 * Hears how far an export has come and may ask it to stop. A dialog binds this to a progress bar
 * and a Cancel button; the command line passes {@link #NONE}.
 *
 * <p>Exporters call {@link #step} from the thread they run on; an implementation that updates a
 * user interface must hand the call over to the UI thread itself.
 */
public interface ExportProgress {

    /** Ignores progress and never cancels. */
    ExportProgress NONE = (done, total, message) -> { };

    /**
     * Reports that {@code done} of {@code total} units of work are finished; {@code message} says
     * what is being done now, e.g. "Writing stack 222222222222 / us-east-1".
     */
    void step(int done, int total, String message);

    /** True when the user asked to stop; exporters then throw {@link ExportCancelledException}. */
    default boolean isCancelled() {
        return false;
    }

    /** Throws {@link ExportCancelledException} when {@link #isCancelled()}. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new ExportCancelledException();
        }
    }
}
