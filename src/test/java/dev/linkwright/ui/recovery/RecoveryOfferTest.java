package dev.linkwright.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.command.SetDesignInfo;
import dev.linkwright.diagnostics.ErrorLog;
import dev.linkwright.io.BuiltInSamples;
import dev.linkwright.io.recovery.RecoveryArea;
import dev.linkwright.model.Design;
import dev.linkwright.ui.common.RecentFiles;
import dev.linkwright.ui.main.MainWindowViewModel;
import dev.linkwright.ui.testing.FakeDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restore / Discard at start, without a window. */
class RecoveryOfferTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private MainWindowViewModel model;
    private RecoveryArea area;
    private RecoveryOffer offer;

    @BeforeEach
    void leaveWorkBehind() throws Exception {
        model = new MainWindowViewModel(dialogs, new RecentFiles(RecentFiles.inMemory()), "test");
        area = new RecoveryArea(dir.resolve("recovery"));
        offer = new RecoveryOffer(area, new ErrorLog(dir.resolve("linkwright.log")));
        Design d = BuiltInSamples.load(BuiltInSamples.DEFAULT);
        new SetDesignInfo("Left by a crash", "").execute(d);
        // another process's leftovers: written without a session of this one
        RecoveryArea.Session session = area.startSession();
        session.save(d, null, "Untitled");
        for (String suffix : new String[] {".design.json", ".info.json"}) {
            try (var files = Files.list(area.folder())) {
                Path kept = files.filter(p -> p.toString().endsWith(suffix)).findFirst().orElseThrow();
                Files.copy(kept, area.folder().resolve("dead" + suffix));
            }
        }
        session.close();
    }

    @Test
    void nothingLeftMeansNoQuestion() throws Exception {
        area.discard(area.leftBehind().get(0));
        assertThat(offer.offer(model)).isEmpty();
        assertThat(dialogs.questions).isEmpty();
    }

    @Test
    void restoreOpensTheWorkUnsaved() {
        dialogs.answers.add(true);
        assertThat(offer.offer(model)).isPresent();
        assertThat(dialogs.questions.get(0).confirmLabel()).isEqualTo("Restore");
        assertThat(model.getDesign().title()).isEqualTo("Left by a crash");
        assertThat(model.hasUnsavedChanges()).isTrue();
        assertThat(model.getFile()).isNull();
        assertThat(area.leftBehind()).isEmpty();
    }

    @Test
    void declineDiscardsTheWorkAndKeepsTheWindowAsItWas() {
        dialogs.answers.add(false);
        assertThat(offer.offer(model)).isEqualTo(Optional.empty());
        assertThat(model.getDesign().topology().size()).isZero();
        assertThat(area.leftBehind()).isEmpty();
    }

    @Test
    void damagedWorkIsReportedAndLeftForSomeoneToLookAt() throws Exception {
        Files.writeString(area.folder().resolve("dead.design.json"), "{\"formatVersion\": ");
        dialogs.answers.add(true);
        assertThat(offer.offer(model)).isEmpty();
        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e.message()).contains("damaged"));
        assertThat(area.leftBehind()).hasSize(1);
    }
}
