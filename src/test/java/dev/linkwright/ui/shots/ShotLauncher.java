package dev.linkwright.ui.shots;

/** Starts {@link PanelScreenshots} from a class path (a main class that is no Application). */
public final class ShotLauncher {

    private ShotLauncher() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(PanelScreenshots.class, args);
    }
}
