package dev.linkwright.ui.recovery;

import dev.linkwright.command.SetDesignInfo;
import dev.linkwright.diagnostics.ErrorLog;
import dev.linkwright.io.recovery.RecoveryArea;
import dev.linkwright.ui.common.RecentFiles;
import dev.linkwright.ui.main.MainWindowViewModel;
import dev.linkwright.ui.testing.FakeDialogs;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;

/**
 * The child process of {@link RecoveryAfterKillTest}: the real main window view model and
 * autosaver on the JavaFX thread, which open the design named by the first argument, edit its title
 * and then wait to be killed. The recovery folder and the interval come from the system properties
 * the app reads ({@code linkwright.dataDir}, {@code linkwright.autosaveMillis}).
 */
public final class EditThenWaitForKill {

    /** The title the edit gives the design. */
    public static final String EDITED_TITLE = "Edited just before the kill";

    private EditThenWaitForKill() {
    }

    public static void main(String[] args) throws Exception {
        Path design = Path.of(args[0]);
        Platform.startup(() -> {
            try {
                MainWindowViewModel model = new MainWindowViewModel(new FakeDialogs(), new RecentFiles(RecentFiles.inMemory()), "test");
                if (!model.open(design)) {
                    throw new IllegalStateException("cannot open " + design);
                }
                Autosaver autosaver = new Autosaver(model, RecoveryArea.inUserData().startSession(), Autosaver.configuredInterval(),
                        ErrorLog.inUserData());
                autosaver.start();
                model.execute(new SetDesignInfo(EDITED_TITLE, model.getDesign().description()));
                System.out.println("edited; waiting to be killed");
            } catch (Exception e) {
                e.printStackTrace();
                System.exit(3);
            }
        });
        new CountDownLatch(1).await(); // until killed
    }
}
