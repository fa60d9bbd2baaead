package dev.linkwright.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.linkwright.diagnostics.ErrorLog;
import dev.linkwright.io.recovery.RecoveredWork;
import dev.linkwright.io.recovery.RecoveryArea;
import dev.linkwright.ui.common.RecentFiles;
import dev.linkwright.ui.main.MainWindowViewModel;
import dev.linkwright.ui.testing.FakeDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills Linkwright mid-edit and restores the work: a child JVM runs the real view model and
 * autosaver (headless), edits a design and is killed with {@code destroyForcibly} once its work is
 * kept; the next start finds the work, and restoring it brings the edit back, unsaved, with the
 * user's file untouched. The deadline only catches a child that never autosaves.
 */
class RecoveryAfterKillTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void workEditedBeforeAKillIsOfferedAndRestoredAtTheNextStart() throws Exception {
        Path mine = Files.copy(Path.of("samples/privatelink-basic.json"), dir.resolve("mine.json"));
        byte[] savedBytes = Files.readAllBytes(mine);
        Path data = dir.resolve("data");
        RecoveryArea area = new RecoveryArea(data.resolve("recovery"));
        Process child = startChild(mine, data);
        try {
            waitForKeptWork(area.folder(), child, dir.resolve("child.log"));
            assertThat(area.leftBehind()).as("a live session's work is not offered").isEmpty();
            child.destroyForcibly();
            child.waitFor();
        } finally {
            child.destroyForcibly();
        }

        List<RecoveredWork> left = area.leftBehind();
        assertThat(left).singleElement().satisfies(w -> {
            assertThat(w.documentName()).isEqualTo("mine.json");
            assertThat(w.originalFile()).isEqualTo(mine.toAbsolutePath());
        });
        FakeDialogs dialogs = new FakeDialogs();
        dialogs.answers.add(true); // Restore
        MainWindowViewModel nextStart = new MainWindowViewModel(dialogs, new RecentFiles(RecentFiles.inMemory()), "test");
        new RecoveryOffer(area, new ErrorLog(data.resolve("logs/linkwright.log"))).offer(nextStart);

        assertThat(dialogs.questions).singleElement().satisfies(q -> assertThat(q.message()).contains("mine.json"));
        assertThat(nextStart.getDesign().title()).isEqualTo(EditThenWaitForKill.EDITED_TITLE);
        assertThat(nextStart.hasUnsavedChanges()).isTrue();
        assertThat(nextStart.getFile()).isEqualTo(mine.toAbsolutePath());
        assertThat(nextStart.statusProperty().get()).startsWith("Restored unsaved changes to mine.json");
        assertThat(Files.readAllBytes(mine)).as("the user's file is untouched").isEqualTo(savedBytes);
        assertThat(area.leftBehind()).as("offered once").isEmpty();
    }

    private static Process startChild(Path design, Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                "-Dlinkwright.dataDir=" + data, "-D" + Autosaver.INTERVAL_PROPERTY + "=200", "-Xmx256m",
                EditThenWaitForKill.class.getName(), design.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(design.resolveSibling("child.log").toFile());
        return builder.start();
    }

    /** Waits until the child has kept its work (its description file exists), failing if it dies first. */
    private static void waitForKeptWork(Path folder, Process child, Path childLog) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!holdsWork(folder)) {
            if (!child.isAlive()) {
                fail("the child ended (exit " + child.exitValue() + ") before autosaving:\n" + Files.readString(childLog));
            }
            if (System.nanoTime() > deadline) {
                fail("no autosave within the deadline:\n" + Files.readString(childLog));
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    private static boolean holdsWork(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".info.json"));
        }
    }
}
