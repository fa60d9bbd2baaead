package dev.linkwright.io.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.command.SetDesignInfo;
import dev.linkwright.io.BuiltInSamples;
import dev.linkwright.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryAreaTest {

    @TempDir
    Path dir;

    private static Design edited(String title) throws Exception {
        Design d = BuiltInSamples.load(BuiltInSamples.DEFAULT);
        new SetDesignInfo(title, d.description()).execute(d);
        return d;
    }

    /**
     * What a process that died leaves: the session's files without a live lock. (A session of this
     * process stays locked until closed, so its files are copied under another session's name.)
     */
    private Path leaveBehindAsDeadSession(String deadId) throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("recovery"))) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                boolean ofTheLiveSession = Character.isDigit(name.charAt(0)); // its id starts with the time
                if (ofTheLiveSession && (name.endsWith(".design.json") || name.endsWith(".info.json"))) {
                    Files.copy(p, p.resolveSibling(deadId + name.substring(name.indexOf('.'))));
                }
            }
        }
        return dir.resolve("recovery").resolve(deadId + ".design.json");
    }

    @Test
    void workOfALiveSessionIsNotOfferedButWorkLeftByADeadOneIs() throws Exception {
        RecoveryArea area = new RecoveryArea(dir.resolve("recovery"));
        RecoveryArea.Session session = area.startSession();
        session.save(edited("Edited before the crash"), dir.resolve("mine.json"), "mine.json");
        assertThat(area.leftBehind()).isEmpty();

        leaveBehindAsDeadSession("dead-session");
        List<RecoveredWork> left = area.leftBehind();
        assertThat(left).singleElement().satisfies(w -> {
            assertThat(w.documentName()).isEqualTo("mine.json");
            assertThat(w.originalFile()).isEqualTo(dir.resolve("mine.json").toAbsolutePath());
            assertThat(w.load().title()).isEqualTo("Edited before the crash");
        });
        area.discard(left.get(0));
        assertThat(area.leftBehind()).isEmpty();
        session.close();
    }

    @Test
    void clearingAndClosingLeaveNothingBehind() throws Exception {
        RecoveryArea area = new RecoveryArea(dir.resolve("recovery"));
        RecoveryArea.Session session = area.startSession();
        session.save(edited("x"), null, "Untitled");
        assertThat(session.holdsWork()).isTrue();
        session.clear();
        assertThat(session.holdsWork()).isFalse();
        session.save(edited("y"), null, "Untitled");
        session.close();
        try (Stream<Path> files = Files.list(dir.resolve("recovery"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theUsersOwnFileIsNeverWritten() throws Exception {
        Path mine = Files.writeString(dir.resolve("mine.json"), "the saved version");
        RecoveryArea.Session session = new RecoveryArea(dir.resolve("recovery")).startSession();
        session.save(edited("unsaved"), mine, "mine.json");
        assertThat(Files.readString(mine)).isEqualTo("the saved version");
        assertThat(Files.exists(dir.resolve("mine.json.bak"))).isFalse();
        session.close();
    }

    @Test
    void newestWorkComesFirstAndADamagedDescriptionIsSkipped() throws Exception {
        RecoveryArea area = new RecoveryArea(dir.resolve("recovery"));
        RecoveryArea.Session session = area.startSession();
        session.save(edited("older"), null, "older");
        leaveBehindAsDeadSession("a-older");
        session.save(edited("newer"), null, "newer");
        leaveBehindAsDeadSession("b-newer");
        Files.writeString(area.folder().resolve("c-broken.info.json"), "{not json");
        Files.writeString(area.folder().resolve("c-broken.design.json"), "{}");
        assertThat(area.leftBehind()).extracting(RecoveredWork::documentName).containsExactly("newer", "older");
        session.close();
    }

    @Test
    void anEmptyOrMissingFolderHoldsNothing() {
        assertThat(new RecoveryArea(dir.resolve("nowhere")).leftBehind()).isEmpty();
    }
}
