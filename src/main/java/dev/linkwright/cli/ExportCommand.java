package dev.linkwright.cli;

import dev.linkwright.analysis.ReachabilityAnalyzer;
import dev.linkwright.analysis.ReachabilityQuery;
import dev.linkwright.analysis.Trace;
import dev.linkwright.io.export.BadgeSeverity;
import dev.linkwright.io.export.ExportCancelledException;
import dev.linkwright.io.export.ExportException;
import dev.linkwright.io.export.ExportFormat;
import dev.linkwright.io.export.ExportOptions;
import dev.linkwright.io.export.ExportProgress;
import dev.linkwright.io.export.ExportSummary;
import dev.linkwright.io.export.Exporters;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Flow;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.validation.Finding;
import dev.linkwright.validation.Severity;
import dev.linkwright.validation.ValidationReport;
import dev.linkwright.validation.rules.StandardRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export <topology> --format F -o <file>}: writes a diagram (SVG, PNG, PDF, draw.io) or
 * infrastructure code (Terraform JSON, CloudFormation) and prints what was and was not exported.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export a design as a diagram (svg, png, pdf, drawio) or as infrastructure code (tf-json, cfn-yaml, cfn-json).",
                "CloudFormation writes one document holding every stack to <file>, and each stack's template next to it "
                        + "as <name>.<account>.<region>.yaml|json."})
public final class ExportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "<topology>", description = "A design file, or a scenario file entry (file.json#ID).")
    Path input;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "<format>",
            description = "One of: svg, png, pdf, drawio, tf-json, cfn-yaml, cfn-json.")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<file>", description = "The file to write.")
    Path output;

    @Option(names = "--scale", paramLabel = "<N>", defaultValue = "1",
            description = "PNG: pixels per diagram unit, above 0 and at most 8 (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--transparent", description = "PNG: a transparent background instead of white.")
    boolean transparent;

    @Option(names = "--only", split = ",", paramLabel = "<id>",
            description = "Export only these elements (comma-separated ids) and everything inside them.")
    List<String> only;

    @Option(names = "--no-legend", description = "Diagrams: leave out the legend of connection styles.")
    boolean noLegend;

    @Option(names = "--path", split = ",", paramLabel = "<id>",
            description = "Diagrams: draw a flow's path through these elements (comma-separated hop ids, in order).")
    List<String> path;

    @Option(names = "--flow", paramLabel = "<flow id>",
            description = "Diagrams: trace a flow saved in the design and draw its path; a blocking element gets a red badge.")
    String flow;

    @Option(names = "--badges", description = "Diagrams: mark the elements the design rules find problems with "
            + "(red: error, amber: warning; rules profile current).")
    boolean badges;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ExportFormat exportFormat;
        ExportOptions options;
        try {
            exportFormat = ExportFormat.parse(format);
            options = options();
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return LinkwrightCli.BAD_INPUT;
        }
        Design design = DesignArgument.load(input, err);
        if (design == null) {
            return LinkwrightCli.BAD_INPUT;
        }
        if (badges) {
            options = options.withBadges(validationBadges(design));
        }
        if (flow != null) {
            try {
                options = traced(design, options);
            } catch (IllegalArgumentException e) { // QueryException included
                err.println("error: " + e.getMessage());
                return LinkwrightCli.BAD_INPUT;
            }
        }
        return run(design, exportFormat, options, err);
    }

    private ExportOptions options() {
        Set<ElementId> scope = new LinkedHashSet<>();
        if (only != null) {
            for (String id : only) {
                if (!id.isBlank()) {
                    scope.add(ElementId.of(id.trim()));
                }
            }
        }
        List<ElementId> hops = new ArrayList<>();
        if (path != null) {
            for (String id : path) {
                if (!id.isBlank()) {
                    hops.add(ElementId.of(id.trim()));
                }
            }
        }
        return ExportOptions.defaults().withScale(scale).withTransparent(transparent).withScope(scope).withLegend(!noLegend)
                .withFlowPath(hops);
    }

    /** The options with the saved flow's traced path, and a red badge on what blocks it. */
    private ExportOptions traced(Design design, ExportOptions options) {
        if (!options.flowPath().isEmpty()) {
            throw new IllegalArgumentException("--flow and --path both give a path; use one");
        }
        Flow saved = design.flows().stream().filter(f -> f.id().value().equals(flow)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the design has no flow '" + flow + "'"
                        + (design.flows().isEmpty() ? " (it saves no flows)" : "; its flows: "
                        + design.flows().stream().map(f -> f.id().value()).collect(Collectors.joining(", ")))));
        Trace trace = new ReachabilityAnalyzer(design.topology()).analyze(ReachabilityQuery.of(saved, RulesProfile.CURRENT));
        ExportOptions withPath = options.withFlowPath(trace.forwardIds());
        if (trace.blockedAt() == null) {
            return withPath;
        }
        Map<ElementId, BadgeSeverity> marked = new LinkedHashMap<>(options.badges());
        marked.put(trace.blockedAt().elementId(), BadgeSeverity.ERROR);
        return withPath.withBadges(marked);
    }

    /** The worst finding per element, as badges. */
    static Map<ElementId, BadgeSeverity> validationBadges(Design design) {
        ValidationReport report = StandardRules.validator().validate(design.topology(), RulesProfile.CURRENT);
        Map<ElementId, BadgeSeverity> badges = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            ElementId id = f.primaryElement();
            if (id != null && design.topology().owner(id).isPresent()) {
                BadgeSeverity s = f.severity() == Severity.ERROR ? BadgeSeverity.ERROR : BadgeSeverity.WARNING;
                badges.merge(id, s, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
            }
        }
        return badges;
    }

    private int run(Design design, ExportFormat exportFormat, ExportOptions options, PrintWriter err) {
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            err.println("error: " + output + ": the folder " + parent + " does not exist");
            return LinkwrightCli.BAD_INPUT;
        }
        try {
            ExportSummary summary = Exporters.of(exportFormat).export(design, options, output, ExportProgress.NONE);
            spec.commandLine().getOut().println(summary.describe());
            if (!exportFormat.isDiagram() && (badges || !options.flowPath().isEmpty() || transparent)) {
                spec.commandLine().getOut().println("note: --path, --badges and --transparent change diagrams only; the code ignores them.");
            }
            return LinkwrightCli.OK;
        } catch (ExportException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
        } catch (IOException e) {
            err.println("error: " + output + ": could not be written: " + e.getMessage());
        } catch (ExportCancelledException e) {
            err.println("error: " + e.getMessage());
        }
        return LinkwrightCli.BAD_INPUT;
    }
}
