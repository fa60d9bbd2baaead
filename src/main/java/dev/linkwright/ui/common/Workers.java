package dev.linkwright.ui.common;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * Where work runs: long work (import, export, previews) on {@code background}, results on
 * {@code ui}. View models take one, so that tests can run both on the test thread.
 *
 * @param background runs long work off the UI thread
 * @param ui         runs a task on the UI thread
 */
public record Workers(Executor background, Executor ui) {

    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "linkwright-work");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });

    public Workers {
        Objects.requireNonNull(background);
        Objects.requireNonNull(ui);
    }

    /** A shared pool of daemon threads, and the JavaFX application thread. */
    public static Workers javafx() {
        return new Workers(POOL, Platform::runLater);
    }
}
