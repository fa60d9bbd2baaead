package dev.linkwright.app;

import dev.linkwright.cli.Version;
import dev.linkwright.io.BuiltInSamples;
import dev.linkwright.study.ProgressStore;
import dev.linkwright.ui.common.FxDialogService;
import dev.linkwright.ui.common.RecentFiles;
import dev.linkwright.ui.common.Theme;
import dev.linkwright.ui.main.MainWindowView;
import dev.linkwright.ui.main.MainWindowViewModel;
import dev.linkwright.ui.study.StudyAuthoring;
import dev.linkwright.ui.study.StudyView;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The JavaFX application: wires the main window to its view model and opens the built-in sample
 * {@code privatelink-basic.json}. No logic lives here.
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
        installErrorHandler();
        Theme.LIGHT.apply();
        MainWindow window = open(stage, RecentFiles.preferences(LinkwrightApp.class));
        List<String> args = getParameters().getUnnamed();
        stage.show();
        window.view().canvas().requestFocus();
        if ("study".equals(System.getProperty("linkwright.mode"))) {
            window.view().studyModeProperty().set(true);
        }
        if (args.isEmpty() || !window.model().open(java.nio.file.Path.of(args.get(0)))) {
            if (window.model().getDesign().topology().size() == 0) {
                window.model().openSample(BuiltInSamples.DEFAULT);
            }
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

    private static boolean reporting;

    /** A failure nobody expected is reported in a sentence, never as a stack trace. */
    private static void installErrorHandler() {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            System.err.println("Linkwright: unexpected error: " + message);
            if (Platform.isFxApplicationThread() && !reporting) {
                reporting = true; // an error while showing the error must not loop
                try {
                    new FxDialogService(() -> null).showError("Something went wrong",
                            "Linkwright hit an unexpected problem: " + message
                                    + ". Your design is still open; saving it under a new name is a good idea.", List.of());
                } catch (RuntimeException ignored) {
                    // nothing more we can do
                } finally {
                    reporting = false;
                }
            }
        });
    }
}
