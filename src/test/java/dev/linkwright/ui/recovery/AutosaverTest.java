package dev.linkwright.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.command.SetDesignInfo;
import dev.linkwright.diagnostics.ErrorLog;
import dev.linkwright.io.recovery.RecoveryArea;
import dev.linkwright.ui.common.DialogService;
import dev.linkwright.ui.common.RecentFiles;
import dev.linkwright.ui.main.MainWindowViewModel;
import dev.linkwright.ui.testing.FakeDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.util.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/** When the autosaver keeps work and when it lets it go (the timer needs the JavaFX toolkit). */
@ExtendWith(ApplicationExtension.class)
class AutosaverTest {

    @TempDir
    Path dir;

    private DialogService.SaveChoice answerToSave = DialogService.SaveChoice.CANCEL;
    private final FakeDialogs dialogs = new FakeDialogs() {
        @Override
        public SaveChoice askToSaveChanges(String documentName) {
            return answerToSave;
        }
    };
    private MainWindowViewModel model;
    private RecoveryArea area;
    private Autosaver autosaver;

    @BeforeEach
    void openADesign() throws Exception {
        Path mine = Files.copy(Path.of("samples/privatelink-basic.json"), dir.resolve("mine.json"));
        model = new MainWindowViewModel(dialogs, new RecentFiles(RecentFiles.inMemory()), "test");
        model.open(mine);
        area = new RecoveryArea(dir.resolve("recovery"));
        autosaver = new Autosaver(model, area.startSession(), Duration.seconds(30), new ErrorLog(dir.resolve("linkwright.log")));
    }

    private void edit(String title) {
        model.execute(new SetDesignInfo(title, model.getDesign().description()));
    }

    private long filesKept() throws Exception {
        try (Stream<Path> files = Files.list(area.folder())) {
            return files.filter(p -> p.toString().endsWith(".info.json")).count();
        }
    }

    @Test
    void workIsKeptOnlyWhenItHasUnsavedChangesNotKeptYet() throws Exception {
        assertThat(autosaver.saveNow()).as("nothing to keep").isFalse();
        edit("one");
        assertThat(autosaver.saveNow()).isTrue();
        assertThat(autosaver.saveNow()).as("unchanged since kept").isFalse();
        edit("two");
        assertThat(autosaver.saveNow()).isTrue();
        assertThat(filesKept()).isEqualTo(1);
    }

    @Test
    void savingTheDesignLetsTheKeptWorkGo() throws Exception {
        edit("one");
        autosaver.saveNow();
        assertThat(model.save()).isTrue();
        assertThat(filesKept()).isZero();
    }

    @Test
    void undoingBackToTheSavedStateLetsTheKeptWorkGo() throws Exception {
        edit("one");
        autosaver.saveNow();
        model.undo();
        assertThat(filesKept()).isZero();
    }

    @Test
    void closingWithDontSaveLeavesNothingBehind() throws Exception {
        edit("one");
        autosaver.saveNow();
        answerToSave = DialogService.SaveChoice.DONT_SAVE;
        assertThat(model.requestClose()).isTrue();
        autosaver.stop(); // what the app does when the window is hidden
        try (Stream<Path> files = Files.list(area.folder())) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void closingCancelledKeepsTheWorkAndTheWindow() throws Exception {
        edit("one");
        autosaver.saveNow();
        answerToSave = DialogService.SaveChoice.CANCEL;
        assertThat(model.requestClose()).isFalse();
        assertThat(filesKept()).isEqualTo(1);
        autosaver.stop();
    }

    @Test
    void theIntervalComesFromASystemPropertyOrIsThirtySeconds() {
        String before = System.getProperty(Autosaver.INTERVAL_PROPERTY);
        try {
            System.setProperty(Autosaver.INTERVAL_PROPERTY, "250");
            assertThat(Autosaver.configuredInterval()).isEqualTo(Duration.millis(250));
            System.setProperty(Autosaver.INTERVAL_PROPERTY, "soon");
            assertThat(Autosaver.configuredInterval()).isEqualTo(Duration.seconds(30));
        } finally {
            if (before == null) {
                System.clearProperty(Autosaver.INTERVAL_PROPERTY);
            } else {
                System.setProperty(Autosaver.INTERVAL_PROPERTY, before);
            }
        }
    }
}
