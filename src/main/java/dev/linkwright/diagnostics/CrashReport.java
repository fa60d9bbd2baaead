package dev.linkwright.diagnostics;

import java.nio.file.Path;

/**
 * What the user is told about an unexpected error: a headline, a sentence without a stack trace,
 * and details to copy into a bug report (the trace, the version, where the log is).
 *
 * <pre>{@code
 * CrashReport r = CrashReport.of(e, "0.1.0", log.file(), true);
 * dialogs.showCrash(r);
 * }</pre>
 */
public record CrashReport(String headline, String message, String details) {

    /** The longest problem text shown in the message; the rest is in the details. */
    static final int MAX_SHOWN = 200;

    /**
     * The report of {@code error}: {@code logged} says whether the details reached {@code logFile}.
     */
    public static CrashReport of(Throwable error, String version, Path logFile, boolean logged) {
        String message = "Linkwright hit an unexpected problem (" + shortReason(error) + "). Your design is still open and "
                + "nothing was lost; saving it, under a new name if in doubt, is a good idea."
                + (logged ? " The details are in " + logFile + "." : "");
        String details = "Linkwright " + version + ", Java " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + "\n" + (logged ? "Log: " + logFile + "\n" : "") + "\n" + ErrorLog.stackTrace(error);
        return new CrashReport("Something went wrong", message, details);
    }

    /** The problem in a few words: the innermost cause's message, without class names. */
    static String shortReason(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        if (m == null || m.isBlank()) {
            m = error.getMessage();
        }
        if (m == null || m.isBlank()) {
            return error instanceof StackOverflowError ? "it ran out of stack" : error instanceof OutOfMemoryError ? "it ran out of memory"
                    : "no description was given";
        }
        String oneLine = m.lines().findFirst().orElse("").strip();
        return oneLine.length() > MAX_SHOWN ? oneLine.substring(0, MAX_SHOWN) + "…" : oneLine;
    }
}
