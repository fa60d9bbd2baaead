package dev.linkwright.io.export;

import java.util.Locale;
import java.util.StringJoiner;

/**
 * What a design can be exported as: diagrams (SVG, PNG, PDF, draw.io) and infrastructure code
 * (Terraform JSON, CloudFormation YAML or JSON).
 *
 * <pre>{@code
 * ExportFormat f = ExportFormat.parse("tf-json"); // TERRAFORM_JSON
 * f.extension();                                 // ".tf.json"
 * }</pre>
 */
public enum ExportFormat {
    SVG("svg", ".svg", "SVG diagram", true),
    PNG("png", ".png", "PNG image", true),
    PDF("pdf", ".pdf", "PDF document (vector)", true),
    DRAWIO("drawio", ".drawio", "draw.io / diagrams.net diagram", true),
    TERRAFORM_JSON("tf-json", ".tf.json", "Terraform (JSON syntax)", false),
    CLOUDFORMATION_YAML("cfn-yaml", ".yaml", "CloudFormation templates (YAML)", false),
    CLOUDFORMATION_JSON("cfn-json", ".json", "CloudFormation templates (JSON)", false);

    private final String wire;
    private final String extension;
    private final String label;
    private final boolean diagram;

    ExportFormat(String wire, String extension, String label, boolean diagram) {
        this.wire = wire;
        this.extension = extension;
        this.label = label;
        this.diagram = diagram;
    }

    /** The format's name on the command line, e.g. {@code cfn-yaml}. */
    public String wire() {
        return wire;
    }

    /** The usual file name ending, with its dot, e.g. {@code .tf.json}. */
    public String extension() {
        return extension;
    }

    /** A label for people, e.g. "Terraform (JSON syntax)". */
    public String label() {
        return label;
    }

    /** True for pictures of the design, false for infrastructure code. */
    public boolean isDiagram() {
        return diagram;
    }

    /** True for the two CloudFormation formats. */
    public boolean isCloudFormation() {
        return this == CLOUDFORMATION_YAML || this == CLOUDFORMATION_JSON;
    }

    /** Finds a format by its command-line name (case-insensitive), or throws naming the known ones. */
    public static ExportFormat parse(String text) {
        String key = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.wire.equals(key) || f.name().equalsIgnoreCase(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not an export format (expected one of " + names() + ")");
    }

    /** The command-line names of all formats, separated by commas. */
    public static String names() {
        StringJoiner all = new StringJoiner(", ");
        for (ExportFormat f : values()) {
            all.add(f.wire);
        }
        return all.toString();
    }

    @Override
    public String toString() {
        return wire;
    }
}
