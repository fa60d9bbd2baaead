package dev.linkwright.io.export.picture;

import dev.linkwright.diagram.DiagramGeometry;
import dev.linkwright.io.AtomicFiles;
import dev.linkwright.io.export.BadgeSeverity;
import dev.linkwright.io.export.DesignExporter;
import dev.linkwright.io.export.ExportException;
import dev.linkwright.io.export.ExportFormat;
import dev.linkwright.io.export.ExportOptions;
import dev.linkwright.io.export.ExportProgress;
import dev.linkwright.io.export.ExportScope;
import dev.linkwright.io.export.ExportSummary;
import dev.linkwright.io.export.SummaryBuilder;
import dev.linkwright.model.Design;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a design as a diagram: SVG (written from the model and its diagram geometry, not a
 * screenshot), PNG and PDF rendered from the same picture without a display, and draw.io. The
 * pictures follow the canvas: the same layout ({@link DiagramGeometry}), AWS group styles, official
 * icons, labels and line styles, plus a legend and the optional overlays of {@link ExportOptions}.
 *
 * <pre>{@code
 * byte[] svg = new DiagramExporter(ExportFormat.SVG).render(design, ExportOptions.defaults(), summary, ExportProgress.NONE);
 * }</pre>
 */
public final class DiagramExporter implements DesignExporter {

    private final ExportFormat format;

    /** An exporter for one of the diagram formats (svg, png, pdf, drawio). */
    public DiagramExporter(ExportFormat format) {
        if (!format.isDiagram()) {
            throw new IllegalArgumentException(format + " is not a diagram format");
        }
        this.format = format;
    }

    @Override
    public ExportFormat format() {
        return format;
    }

    @Override
    public ExportSummary export(Design design, ExportOptions options, Path output, ExportProgress progress)
            throws ExportException, IOException {
        SummaryBuilder summary = new SummaryBuilder(format);
        byte[] bytes = render(design, options, summary, progress);
        progress.checkCancelled();
        AtomicFiles.write(output, bytes);
        summary.file(output);
        return summary.build();
    }

    /** The file's bytes; records what was drawn in {@code summary}. */
    public byte[] render(Design design, ExportOptions options, SummaryBuilder summary, ExportProgress progress)
            throws ExportException, IOException {
        progress.step(0, 3, "Laying out the diagram");
        ExportScope scope = ExportScope.of(design.topology(), options).withAncestors(design.topology());
        checkOverlays(design, options);
        options = onOwners(design, options);
        DiagramGeometry geometry = DiagramGeometry.compute(design.topology(), design.layout());
        progress.checkCancelled();
        progress.step(1, 3, "Drawing " + format.label());
        byte[] bytes = switch (format) {
            case DRAWIO -> new DrawioWriter(design, geometry, options, scope).write().getBytes(StandardCharsets.UTF_8);
            default -> picture(design, geometry, options, scope);
        };
        record(design, geometry, scope, summary);
        progress.step(3, 3, format.label() + " done");
        return bytes;
    }

    private byte[] picture(Design design, DiagramGeometry geometry, ExportOptions options, ExportScope scope) throws IOException {
        Picture picture = new PictureBuilder(design, geometry, options, scope).build();
        return switch (format) {
            case SVG -> new SvgWriter(true, !options.transparent()).write(picture).getBytes(StandardCharsets.UTF_8);
            case PNG -> DiagramRenderers.png(picture, options.scale(), options.transparent());
            case PDF -> DiagramRenderers.pdf(picture);
            default -> throw new IllegalStateException(format.toString());
        };
    }

    /** The size in pixels of the PNG the options would make, for a dialog to show before exporting. */
    public static int[] pngSize(Design design, ExportOptions options) throws ExportException {
        ExportScope scope = ExportScope.of(design.topology(), options).withAncestors(design.topology());
        DiagramGeometry geometry = DiagramGeometry.compute(design.topology(), design.layout());
        return DiagramRenderers.pngSize(new PictureBuilder(design, geometry, options, scope).build(), options.scale());
    }

    /** Overlays may name nested parts (an endpoint's network interface): they are drawn on their owners. */
    private static ExportOptions onOwners(Design design, ExportOptions options) {
        List<ElementId> hops = new ArrayList<>();
        for (ElementId hop : options.flowPath()) {
            hops.add(design.topology().owner(hop).map(Element::id).orElse(hop));
        }
        Map<ElementId, BadgeSeverity> badges = new LinkedHashMap<>();
        options.badges().forEach((id, severity) -> badges.merge(design.topology().owner(id).map(Element::id).orElse(id), severity,
                (a, b) -> a.ordinal() <= b.ordinal() ? a : b));
        return options.withFlowPath(hops).withBadges(badges);
    }

    private static void checkOverlays(Design design, ExportOptions options) throws ExportException {
        for (ElementId hop : options.flowPath()) {
            if (design.topology().owner(hop).isEmpty()) {
                throw new ExportException("the flow path names no element of the design: " + hop);
            }
        }
        for (Map.Entry<ElementId, ?> badge : options.badges().entrySet()) {
            if (design.topology().owner(badge.getKey()).isEmpty()) {
                throw new ExportException("a badge names no element of the design: " + badge.getKey());
            }
        }
    }

    private void record(Design design, DiagramGeometry geometry, ExportScope scope, SummaryBuilder summary) {
        String what = format == ExportFormat.DRAWIO ? "cell " : "group ";
        int hidden = 0;
        for (Element e : design.topology().elements()) {
            if (!scope.includes(e.id())) {
                continue;
            }
            boolean isHidden = geometry.node(e.id()).map(n -> n.hidden()).orElse(false);
            hidden += isHidden ? 1 : 0;
            summary.exported(e, what + e.id() + (isHidden ? " (hidden in a collapsed container)" : ""));
        }
        if (hidden > 0) {
            summary.note(hidden + " elements sit in collapsed containers: they are in the file but not drawn; expand the containers to show them.");
        }
        if (format == ExportFormat.PDF) {
            summary.note("Labels are text in Helvetica where its character set allows; other characters are drawn as shapes.");
        }
    }
}
