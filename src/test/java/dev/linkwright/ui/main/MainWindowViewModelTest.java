package dev.linkwright.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.io.BuiltInSamples;
import dev.linkwright.io.DesignFiles;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.ui.common.RecentFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainWindowViewModelTest {

    @TempDir
    Path dir;

    private RecordingDialogs dialogs;
    private MainWindowViewModel model;

    @BeforeEach
    void setUp() {
        dialogs = new RecordingDialogs();
        model = new MainWindowViewModel(dialogs, new RecentFiles(RecentFiles.inMemory()), "0.1.0-test");
    }

    /** The sample with one CIDR broken on line 17 (the VPC's cidrs). */
    static Path brokenCopyOfTheSample(Path dir) throws Exception {
        String text = new String(BuiltInSamples.bytes(BuiltInSamples.DEFAULT).orElseThrow(), StandardCharsets.UTF_8);
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, text.replace("\"10.0.0.0/16\"]", "\"10.0.0.0/33\"]"));
        return broken;
    }

    @Test
    void aNewWindowHoldsAnEmptyUntitledDesign() {
        assertThat(model.emptyProperty().get()).isTrue();
        assertThat(model.windowTitleProperty().get()).isEqualTo("Linkwright — Untitled");
        assertThat(model.elementCountProperty().get()).isZero();
    }

    @Test
    void openingTheSampleShowsItsTitleAndElementCount() {
        assertThat(model.openSample(BuiltInSamples.DEFAULT)).isTrue();
        assertThat(model.windowTitleProperty().get()).isEqualTo("Linkwright — PrivateLink: the classic picture");
        assertThat(model.elementCountProperty().get()).isEqualTo(model.getDesign().topology().size()).isGreaterThan(10);
        assertThat(model.getFile()).as("a sample is not a file Save may overwrite").isNull();
        assertThat(model.emptyProperty().get()).isFalse();
    }

    @Test
    void theTitleFallsBackToTheFileName() throws Exception {
        String text = new String(BuiltInSamples.bytes(BuiltInSamples.DEFAULT).orElseThrow(), StandardCharsets.UTF_8);
        Path file = dir.resolve("untitled-design.json");
        Files.writeString(file, text.replace("\"title\": \"PrivateLink: the classic picture\",", ""));
        assertThat(model.open(file)).isTrue();
        assertThat(model.windowTitleProperty().get()).isEqualTo("Linkwright — untitled-design.json");
    }

    @Test
    void aBrokenFileIsReportedWithLineAndColumnAndTheOpenDesignStays() throws Exception {
        model.openSample(BuiltInSamples.DEFAULT);
        Design before = model.getDesign();
        dialogs.filesToOpen.add(brokenCopyOfTheSample(dir));

        assertThat(model.openWithDialog()).isFalse();

        assertThat(model.getDesign()).isSameAs(before);
        assertThat(model.windowTitleProperty().get()).isEqualTo("Linkwright — PrivateLink: the classic picture");
        assertThat(dialogs.errors).hasSize(1);
        RecordingDialogs.Error error = dialogs.errors.get(0);
        assertThat(error.headline()).isEqualTo("Cannot open broken.json");
        assertThat(error.message()).contains("unchanged");
        assertThat(error.details()).anySatisfy(d -> assertThat(d).matches("broken\\.json:\\d+:\\d+: at .*cidrs.*"));
        assertThat(String.join("\n", error.details())).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMissingFileIsReportedNotThrown() {
        assertThat(model.open(dir.resolve("nowhere.json"))).isFalse();
        assertThat(dialogs.errors).singleElement().satisfies(e -> {
            assertThat(e.details()).isNotEmpty();
            assertThat(e.message()).as("nothing was open").doesNotContain("unchanged");
        });
    }

    @Test
    void saveOfADesignWithoutAFileAsksWhereAndWritesThere() throws Exception {
        model.openSample(BuiltInSamples.DEFAULT);
        Path target = dir.resolve("copy");
        dialogs.filesToSave.add(target);

        assertThat(model.save()).isTrue();

        Path written = dir.resolve("copy.json");
        assertThat(model.getFile()).isEqualTo(written);
        assertThat(model.windowTitleProperty().get()).isEqualTo("Linkwright — PrivateLink: the classic picture");
        assertThat(DesignFiles.load(written).sameContentAs(model.getDesign())).isTrue();
        assertThat(model.recentFiles()).containsExactly(written.toAbsolutePath().normalize());
    }

    @Test
    void saveWritesToTheOpenFileWithoutAsking() throws Exception {
        Path file = dir.resolve("design.json");
        Files.write(file, BuiltInSamples.bytes(BuiltInSamples.DEFAULT).orElseThrow());
        model.open(file);
        model.getDesign().setTitle("Renamed");

        assertThat(model.save()).isTrue();

        assertThat(dialogs.lastSuggestedName).isNull();
        assertThat(DesignFiles.load(file).title()).isEqualTo("Renamed");
        assertThat(DesignFiles.load(dev.linkwright.io.AtomicFiles.backupOf(file)).title())
                .as("the previous version is kept").isEqualTo("PrivateLink: the classic picture");
    }

    @Test
    void saveAsSuggestsANameFromTheTitle() {
        model.openSample(BuiltInSamples.DEFAULT);
        model.newDesign();
        model.getDesign().setTitle("My hub & spokes");
        assertThat(model.saveAs()).isFalse(); // cancelled
        assertThat(dialogs.lastSuggestedName).isEqualTo("my-hub-spokes.json");
    }

    @Test
    void aFailedSaveIsReportedAndTheDesignStaysOpen() throws Exception {
        model.openSample(BuiltInSamples.DEFAULT);
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        dialogs.filesToSave.add(notAFolder.resolve("x.json"));
        assertThat(model.saveAs()).isFalse();
        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e.headline()).isEqualTo("Cannot save x.json"));
        assertThat(model.getFile()).isNull();
    }

    @Test
    void newDesignEmptiesTheCanvasAndForgetsTheFile() throws Exception {
        Path file = dir.resolve("design.json");
        Files.write(file, BuiltInSamples.bytes(BuiltInSamples.DEFAULT).orElseThrow());
        model.open(file);
        model.newDesign();
        assertThat(model.emptyProperty().get()).isTrue();
        assertThat(model.getFile()).isNull();
        assertThat(model.windowTitleProperty().get()).isEqualTo("Linkwright — Untitled");
    }

    @Test
    void theElementCountFollowsEdits() {
        model.openSample(BuiltInSamples.DEFAULT);
        int before = model.elementCountProperty().get();
        var instance = (dev.linkwright.model.Instance) model.getDesign().topology().get(ElementId.of("instance-a"));
        model.getDesign().topology().put(new dev.linkwright.model.Instance(ElementId.of("instance-a2"), "Second client",
                instance.parent(), dev.linkwright.model.Ipv4Address.parse("10.0.1.11"), null, null, null, true, null, null));
        assertThat(model.elementCountProperty().get()).isEqualTo(before + 1);
    }

    @Test
    void theSamplesIncludeTheDefaultFirst() {
        assertThat(model.samples()).first().isEqualTo(BuiltInSamples.DEFAULT);
    }

    @Test
    void aboutNamesTheVersionAndTheIconSource() {
        model.showAbout();
        assertThat(dialogs.information).singleElement().satisfies(text ->
                assertThat(text).contains("0.1.0-test").contains("AWS Architecture Icons"));
    }
}
