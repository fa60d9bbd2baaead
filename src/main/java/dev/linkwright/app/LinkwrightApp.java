package dev.linkwright.app;

import dev.linkwright.cli.Version;
import dev.linkwright.diagnostics.ErrorLog;
import dev.linkwright.diagnostics.UnexpectedErrorHandler;
import dev.linkwright.io.BuiltInSamples;
import dev.linkwright.study.ProgressStore;
import dev.linkwright.io.recovery.RecoveryArea;
import dev.linkwright.ui.common.CrashDialog;
import dev.linkwright.ui.common.FxDialogService;
import dev.linkwright.ui.common.RecentFiles;
import dev.linkwright.ui.common.Theme;
import dev.linkwright.ui.main.MainWindowView;
import dev.linkwright.ui.main.MainWindowViewModel;
import dev.linkwright.ui.study.StudyAuthoring;
import dev.linkwright.ui.study.StudyView;
import dev.linkwright.ui.recovery.Autosaver;
import dev.linkwright.ui.recovery.RecoveryOffer;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The JavaFX application: wires the main window to its view model, autosave for crash recovery
 * and the handler of unexpected errors, offers back work a crash left behind, and otherwise opens
 * the file given or the built-in sample {@code privatelink-basic.json}. No logic lives here.
 */
public final class LinkwrightApp extends Application {

    /** Starts JavaFX; {@link Launcher} calls this when run without arguments. */
    public static void launchApp(String[] args) {
        Application.launch(LinkwrightApp.class, args);
    }

    /** For {@code mvn javafx:run}, which starts this class directly. */
    public static void main(String[] args) {
        launchApp(args);
    }

    @Override
    public void start(Stage stage) {
        ErrorLog log = ErrorLog.inUserData();
        Theme.LIGHT.apply();
        MainWindow window = open(stage, RecentFiles.preferences(LinkwrightApp.class));
        Autosaver autosaver = startAutosave(window, log);
        UnexpectedErrorHandler handler = new UnexpectedErrorHandler(log, Version.number(), new CrashDialog(() -> stage)::show,
                autosaver == null ? () -> { } : autosaver::saveNow);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Thread.currentThread().setUncaughtExceptionHandler(handler); // the JavaFX thread: errors in event handlers
        List<String> args = getParameters().getUnnamed();
        stage.show();
        window.view().canvas().requestFocus();
        if ("study".equals(System.getProperty("linkwright.mode"))) {
            window.view().studyModeProperty().set(true);
        }
        boolean restored = new RecoveryOffer(RecoveryArea.inUserData(), log).offer(window.model()).isPresent();
        if (restored) {
            if (autosaver != null) {
                autosaver.saveNow();
            }
            return;
        }
        if (args.isEmpty() || !window.model().open(java.nio.file.Path.of(args.get(0)))) {
            if (window.model().getDesign().topology().size() == 0) {
                window.model().openSample(BuiltInSamples.DEFAULT);
            }
        }
    }

    /**
     * Keeps the window's unsaved work for crash recovery until the window closes; null (and
     * logged) when the recovery folder cannot be used, in which case the app works without it.
     */
    private static Autosaver startAutosave(MainWindow window, ErrorLog log) {
        try {
            Autosaver autosaver = new Autosaver(window.model(), RecoveryArea.inUserData().startSession(),
                    Autosaver.configuredInterval(), log);
            autosaver.start();
            autosaver.watchFocus(window.stage());
            window.stage().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> autosaver.stop());
            return autosaver;
        } catch (java.io.IOException | RuntimeException e) {
            log.record("starting autosave", e);
            return null;
        }
    }

    /** The main window's parts, for tests that drive the app. */
    public record MainWindow(Stage stage, MainWindowView view, MainWindowViewModel model) {
    }

    /**
     * Builds the main window in {@code stage} (without showing it or opening a design): dialogs
     * owned by the stage, recent files in {@code recentStore}, theme switching.
     */
    public static MainWindow open(Stage stage, RecentFiles.Store recentStore) {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        MainWindowViewModel model = new MainWindowViewModel(dialogs, new RecentFiles(recentStore), Version.number());
        MainWindow window = open(stage, model);
        window.view().setStudyFactory(() -> StudyView.builtIn(new ProgressStore(ProgressStore.defaultLocation()), dialogs));
        window.view().addStudyMenuItems(new StudyAuthoring(dialogs, model::getDesign).menuItems());
        return window;
    }

    /** Builds the main window in {@code stage} around an existing view model. */
    public static MainWindow open(Stage stage, MainWindowViewModel model) {
        MainWindowView view = new MainWindowView(model);
        view.setStudyFactory(() -> StudyView.builtIn(new ProgressStore(ProgressStore.defaultLocation()), null));
        view.themeProperty().addListener((o, was, is) -> is.apply());
        view.setOnQuit(() -> {
            if (model.requestClose()) {
                stage.close();
            }
        });
        stage.setOnCloseRequest(e -> {
            if (!model.requestClose()) {
                e.consume(); // the user chose Cancel, or saving failed: keep the window and the work
            }
        });
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view, Math.min(1440, screen.getWidth() * 0.92), Math.min(900, screen.getHeight() * 0.92));
        stage.setScene(scene);
        stage.titleProperty().bind(model.windowTitleProperty());
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        return new MainWindow(stage, view, model);
    }
}
