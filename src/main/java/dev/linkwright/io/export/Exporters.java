package dev.linkwright.io.export;

import dev.linkwright.io.export.cloudformation.CloudFormationExporter;
import dev.linkwright.io.export.picture.DiagramExporter;
import dev.linkwright.io.export.terraform.TerraformExporter;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Finds the exporter for a format.
 *
 * <pre>{@code
 * DesignExporter e = Exporters.of(ExportFormat.parse("svg"));
 * }</pre>
 */
public final class Exporters {

    private static final Map<ExportFormat, Supplier<DesignExporter>> FACTORIES = new EnumMap<>(ExportFormat.class);

    static {
        for (ExportFormat diagram : new ExportFormat[] {ExportFormat.SVG, ExportFormat.PNG, ExportFormat.PDF, ExportFormat.DRAWIO}) {
            FACTORIES.put(diagram, () -> new DiagramExporter(diagram));
        }
        FACTORIES.put(ExportFormat.TERRAFORM_JSON, TerraformExporter::new);
        FACTORIES.put(ExportFormat.CLOUDFORMATION_YAML, () -> new CloudFormationExporter(true));
        FACTORIES.put(ExportFormat.CLOUDFORMATION_JSON, () -> new CloudFormationExporter(false));
    }

    private Exporters() {
    }

    /** A new exporter for {@code format}. */
    public static DesignExporter of(ExportFormat format) {
        Supplier<DesignExporter> factory = FACTORIES.get(format);
        if (factory == null) {
            throw new IllegalArgumentException("export to " + format.label() + " is not available yet");
        }
        return factory.get();
    }
}
