package dev.linkwright.ui.recovery;

import dev.linkwright.diagnostics.ErrorLog;
import dev.linkwright.io.recovery.RecoveryArea;
import dev.linkwright.model.Design;
import dev.linkwright.ui.main.MainWindowViewModel;
import java.io.IOException;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Keeps the unsaved work of one window in its {@link RecoveryArea.Session}: every
 * {@link #interval()} and whenever the window loses focus, but only when the design has unsaved
 * changes that were not kept yet. Saving (or undoing back to the saved state) clears the kept
 * work. Writing never bothers the user: a failure is logged and tried again next time.
 *
 * <pre>{@code
 * Autosaver autosaver = new Autosaver(model, area.startSession(), Autosaver.configuredInterval(), log);
 * autosaver.start();
 * autosaver.watchFocus(stage);
 * }</pre>
 */
public final class Autosaver {

    /** The system property with the interval in milliseconds (tests shorten it). */
    public static final String INTERVAL_PROPERTY = "linkwright.autosaveMillis";
    /** The interval unless configured: 30 seconds. */
    public static final Duration DEFAULT_INTERVAL = Duration.seconds(30);

    private final MainWindowViewModel model;
    private final RecoveryArea.Session session;
    private final Duration interval;
    private final ErrorLog log;
    private final Timeline timer;
    private Design keptDesign;
    private long keptRevision = -1;

    public Autosaver(MainWindowViewModel model, RecoveryArea.Session session, Duration interval, ErrorLog log) {
        this.model = model;
        this.session = session;
        this.interval = interval;
        this.log = log;
        this.timer = new Timeline(new KeyFrame(interval, e -> saveNow()));
        timer.setCycleCount(Animation.INDEFINITE);
        model.dirtyProperty().addListener((o, was, dirty) -> {
            if (!dirty) {
                clear();
            }
        });
    }

    /** {@value #INTERVAL_PROPERTY} when set to a positive number, else {@link #DEFAULT_INTERVAL}. */
    public static Duration configuredInterval() {
        try {
            long millis = Long.parseLong(System.getProperty(INTERVAL_PROPERTY, ""));
            return millis > 0 ? Duration.millis(millis) : DEFAULT_INTERVAL;
        } catch (NumberFormatException e) {
            return DEFAULT_INTERVAL;
        }
    }

    public Duration interval() {
        return interval;
    }

    /** Starts the timer. */
    public void start() {
        timer.play();
    }

    /** Also keeps the work whenever {@code window} loses focus (the user switches away, perhaps for good). */
    public void watchFocus(Window window) {
        window.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                saveNow();
            }
        });
    }

    /**
     * Keeps the work now when it has changed since it was last kept; returns true when something
     * was written. Runs on the JavaFX thread, where the design is edited.
     */
    public boolean saveNow() {
        if (!model.hasUnsavedChanges()) {
            clear();
            return false;
        }
        Design design = model.getDesign();
        long revision = model.getCommandStack().revision();
        if (design == keptDesign && revision == keptRevision && session.holdsWork()) {
            return false;
        }
        try {
            session.save(design, model.getFile(), model.documentNameProperty().get());
            keptDesign = design;
            keptRevision = revision;
            return true;
        } catch (IOException | RuntimeException e) {
            log.record("autosave", e);
            return false;
        }
    }

    /** Forgets the kept work: saved, or discarded on purpose. */
    public void clear() {
        keptDesign = null;
        keptRevision = -1;
        try {
            session.clear();
        } catch (IOException e) {
            log.record("clearing autosaved work", e);
        }
    }

    /** Stops and ends the session (the window closed without losing anything): no work is kept. */
    public void stop() {
        timer.stop();
        try {
            session.close();
        } catch (IOException e) {
            log.record("closing the recovery session", e);
        }
    }
}
