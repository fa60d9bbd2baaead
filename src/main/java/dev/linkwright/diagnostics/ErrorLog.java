package dev.linkwright.diagnostics;

import dev.linkwright.io.UserDataFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Appends what went wrong, with the full stack trace, to {@code linkwright.log}; the user sees a
 * sentence, the log keeps the details. When the log grows past {@link #MAX_BYTES} it is moved to
 * {@code linkwright.log.1} (replacing the older one), so it never takes more than twice that.
 * Writing the log never throws: a failure to log must not become a second failure.
 *
 * <pre>{@code
 * ErrorLog log = ErrorLog.inUserData();
 * log.record("FX thread", e);
 * }</pre>
 */
public final class ErrorLog {

    /** The size past which the log is rotated. */
    public static final long MAX_BYTES = 1024 * 1024;

    private final Path file;

    public ErrorLog(Path file) {
        this.file = file;
    }

    /** {@code logs/linkwright.log} in the user's data folder ({@link UserDataFolder}). */
    public static ErrorLog inUserData() {
        return new ErrorLog(UserDataFolder.resolve().resolve("logs").resolve("linkwright.log"));
    }

    public Path file() {
        return file;
    }

    /** Appends {@code error} thrown on {@code thread}; true when it was written. */
    public synchronized boolean record(String thread, Throwable error) {
        return append(Instant.now() + " unexpected error on " + thread + "\n" + stackTrace(error) + "\n");
    }

    /** Appends one line of text (e.g. that recovered work was restored); true when it was written. */
    public synchronized boolean note(String text) {
        return append(Instant.now() + " " + text + "\n");
    }

    private boolean append(String entry) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(file, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The full stack trace of {@code error}, causes included. */
    public static String stackTrace(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
