package dev.linkwright.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the export dialog relies on: formats by name, options that check themselves, progress, cancelling. */
class ExportApiTest {

    @Test
    void formatsAreFoundByTheirCommandLineNames() {
        for (ExportFormat f : ExportFormat.values()) {
            assertThat(ExportFormat.parse(f.wire().toUpperCase())).isEqualTo(f);
        }
        assertThatThrownBy(() -> ExportFormat.parse("jpeg")).hasMessageContaining("svg, png, pdf, drawio, tf-json, cfn-yaml, cfn-json");
    }

    @Test
    void optionsRefuseAScaleOutsideItsRange() {
        assertThatThrownBy(() -> ExportOptions.defaults().withScale(0)).hasMessageContaining("scale");
        assertThatThrownBy(() -> ExportOptions.defaults().withScale(9)).hasMessageContaining("at most 8");
        assertThat(ExportOptions.defaults().withScale(8).scale()).isEqualTo(8);
    }

    /** Records every step and cancels once {@code cancelAfter} steps have been seen. */
    static final class RecordingProgress implements ExportProgress {
        final List<int[]> steps = new ArrayList<>();
        final int cancelAfter;

        RecordingProgress(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void step(int done, int total, String message) {
            assertThat(message).isNotBlank();
            steps.add(new int[] {done, total});
        }

        @Override
        public boolean isCancelled() {
            return steps.size() >= cancelAfter;
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ExportFormat.class)
    void progressRunsFromStartToEnd(ExportFormat format, @TempDir Path dir) throws Exception {
        RecordingProgress progress = new RecordingProgress(Integer.MAX_VALUE);
        ExportSummary summary = Exporters.of(format).export(ExportTesting.basic(), ExportOptions.defaults(), dir.resolve("out" + format.extension()),
                progress);
        assertThat(progress.steps).isNotEmpty();
        int[] last = progress.steps.get(progress.steps.size() - 1);
        assertThat(last[0]).isEqualTo(last[1]);
        for (int i = 1; i < progress.steps.size(); i++) {
            assertThat(progress.steps.get(i)[0]).isGreaterThanOrEqualTo(progress.steps.get(i - 1)[0]);
        }
        assertThat(summary.exportedCount()).isEqualTo(22);
        assertThat(summary.describe()).contains("exported 22 elements as " + format.label());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ExportFormat.class)
    void aCancelledExportWritesNothing(ExportFormat format, @TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> Exporters.of(format).export(ExportTesting.basic(), ExportOptions.defaults(),
                dir.resolve("out" + format.extension()), new RecordingProgress(1))).isInstanceOf(ExportCancelledException.class);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void exportedFilesAreReadableByEveryone(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("pl.svg");
        Exporters.of(ExportFormat.SVG).export(ExportTesting.basic(), ExportOptions.defaults(), out, ExportProgress.NONE);
        if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(out)).contains(PosixFilePermission.OTHERS_READ, PosixFilePermission.OWNER_WRITE);
        }
    }

    @Test
    void anUnknownSelectionIsRefusedWithTheIds() {
        ExportOptions options = ExportOptions.defaults().withScope(Set.of(dev.linkwright.model.ElementId.of("vpc-zzz")));
        for (ExportFormat f : ExportFormat.values()) {
            assertThatThrownBy(() -> Exporters.of(f).export(ExportTesting.basic(), options, Path.of("unused"), ExportProgress.NONE))
                    .isInstanceOf(ExportException.class).hasMessageContaining("vpc-zzz");
        }
    }
}
