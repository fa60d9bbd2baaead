package dev.linkwright.io.export;

import dev.linkwright.model.Design;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a design in one {@link ExportFormat}. Implementations read the design and never change it;
 * they may run on a background thread with a snapshot ({@link Design#copy()}).
 *
 * <pre>{@code
 * ExportSummary s = Exporters.of(ExportFormat.TERRAFORM_JSON)
 *         .export(design, ExportOptions.defaults(), Path.of("network.tf.json"), ExportProgress.NONE);
 * System.out.println(s.describe());
 * }</pre>
 */
public interface DesignExporter {

    /** The format this exporter writes. */
    ExportFormat format();

    /**
     * Writes {@code design} to {@code output} (and, for CloudFormation, one template per stack next
     * to it) and says what was and was not exported.
     *
     * @throws ExportException          when the options do not fit the design (an unknown selection)
     * @throws IOException              when a file cannot be written
     * @throws ExportCancelledException when {@code progress} asked to stop
     */
    ExportSummary export(Design design, ExportOptions options, Path output, ExportProgress progress)
            throws ExportException, IOException;
}
