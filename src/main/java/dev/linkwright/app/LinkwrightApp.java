package dev.linkwright.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application (placeholder until the window lands). */
public final class LinkwrightApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(LinkwrightApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.show();
    }
}
