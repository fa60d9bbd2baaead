package dev.linkwright.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkwright.diagram.LargeDesigns;
import dev.linkwright.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A design of about 2,100 elements exports to every format (no timing asserted: the benchmark is docs/performance). */
class LargeDesignExportTest {

    private static Design design;

    @BeforeAll
    static void generate() {
        design = LargeDesigns.hubAndSpoke(4, 12, 3, 2, 5);
    }

    private static Path export(ExportFormat format, ExportOptions options, Path dir) throws Exception {
        Path out = dir.resolve("large" + format.extension());
        ExportSummary s = Exporters.of(format).export(design, options, out, ExportProgress.NONE);
        assertThat(s.exportedCount()).isGreaterThan(2000);
        return out;
    }

    @Test
    void diagramsOfTwoThousandElementsAreWellFormed(@TempDir Path dir) throws Exception {
        for (ExportFormat f : new ExportFormat[] {ExportFormat.SVG, ExportFormat.DRAWIO}) {
            Path out = export(f, ExportOptions.defaults(), dir);
            assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile()).getDocumentElement()).isNotNull();
        }
        assertThat(Files.size(export(ExportFormat.PNG, ExportOptions.defaults().withScale(0.25), dir))).isPositive();
        assertThat(Files.readAllBytes(export(ExportFormat.PDF, ExportOptions.defaults(), dir))).startsWith("%PDF-".getBytes());
    }

    @Test
    void codeForTwoThousandElementsParses(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(export(ExportFormat.TERRAFORM_JSON, ExportOptions.defaults(), dir).toFile()).path("resource").size())
                .isGreaterThan(10);
        assertThat(json.readTree(export(ExportFormat.CLOUDFORMATION_JSON, ExportOptions.defaults(), dir).toFile()).path("Stacks").size())
                .isEqualTo(4);
    }
}
