package dev.linkwright.diagnostics;

import java.util.function.Consumer;

/**
 * The last line of defence for errors nobody caught, on any thread: the full trace goes to the
 * {@link ErrorLog}, the open work is put in safety ({@code rescueWork}, e.g. an immediate
 * autosave), and the user gets a {@link CrashReport} through {@code show}. It never closes anything
 * and never throws: an error while handling an error is only logged.
 *
 * <pre>{@code
 * Thread.setDefaultUncaughtExceptionHandler(new UnexpectedErrorHandler(log, version, dialog::show, autosaver::saveNow));
 * }</pre>
 */
public final class UnexpectedErrorHandler implements Thread.UncaughtExceptionHandler {

    private final ErrorLog log;
    private final String version;
    private final Consumer<CrashReport> show;
    private final Runnable rescueWork;
    private int handled;

    public UnexpectedErrorHandler(ErrorLog log, String version, Consumer<CrashReport> show, Runnable rescueWork) {
        this.log = log;
        this.version = version;
        this.show = show;
        this.rescueWork = rescueWork;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        synchronized (this) {
            handled++;
        }
        boolean logged = log.record(thread.getName(), error);
        try {
            rescueWork.run();
        } catch (RuntimeException | Error e) {
            log.record("rescuing the work after an error", e);
        }
        try {
            show.accept(CrashReport.of(error, version, log.file(), logged));
        } catch (RuntimeException | Error e) {
            log.record("showing an error", e);
        }
    }

    /** How many errors reached this handler. */
    public synchronized int handled() {
        return handled;
    }
}
