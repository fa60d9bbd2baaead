package dev.linkwright.io.export.cloudformation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.linkwright.io.AtomicFiles;
import dev.linkwright.io.export.AwsLocation;
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
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a design as CloudFormation, one template per account and Region, in YAML or JSON with
 * long-form intrinsics only. The file the user names holds every stack in one document:
 *
 * <pre>
 * {"Linkwright": {"Title", "Format", "DeployOrder", "Inputs", "NotExported", "Notes"},
 *  "Stacks": [{"Account", "Region", "StackName", "TemplateFile", "Template": {...}}]}
 * </pre>
 *
 * and each template is also written next to it as {@code <name>.<account>.<region>.yaml|json},
 * ready for {@code aws cloudformation deploy}. Values one stack needs from another become
 * parameters (listed in the summary with the output that fills them). Direct Connect, which
 * CloudFormation lacks, is reported as not exported.
 */
public final class CloudFormationExporter implements DesignExporter {

    private final boolean yaml;

    /** An exporter writing YAML ({@code true}) or JSON. */
    public CloudFormationExporter(boolean yaml) {
        this.yaml = yaml;
    }

    @Override
    public ExportFormat format() {
        return yaml ? ExportFormat.CLOUDFORMATION_YAML : ExportFormat.CLOUDFORMATION_JSON;
    }

    /** The stacks of one export, before they are written. */
    public record Stacks(ObjectNode document, Map<String, ObjectNode> templatesByFileName) {
    }

    @Override
    public ExportSummary export(Design design, ExportOptions options, Path output, ExportProgress progress)
            throws ExportException, IOException {
        SummaryBuilder summary = new SummaryBuilder(format());
        String base = baseName(output.getFileName().toString());
        String prefix = options.stackPrefix() != null ? options.stackPrefix() : base;
        Stacks stacks = render(design, options, CfnContext.stackPrefix(prefix), base, summary, progress);
        ObjectMapper mapper = mapper();
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (Map.Entry<String, ObjectNode> t : stacks.templatesByFileName().entrySet()) {
            files.put(output.resolveSibling(t.getKey()), bytes(mapper, t.getValue()));
        }
        byte[] document = bytes(mapper, stacks.document());
        progress.checkCancelled(); // nothing is written before this point
        for (Map.Entry<Path, byte[]> f : files.entrySet()) {
            AtomicFiles.write(f.getKey(), f.getValue());
        }
        AtomicFiles.write(output, document);
        List<Path> written = new ArrayList<>(files.keySet());
        summary.file(output);
        written.forEach(summary::file);
        return summary.build();
    }

    /**
     * The text of a document. In YAML, dates such as the template and policy versions are quoted:
     * unquoted, YAML 1.1 readers take 2010-09-09 for a date rather than a string.
     */
    private byte[] bytes(ObjectMapper mapper, ObjectNode document) throws IOException {
        String text = mapper.writeValueAsString(document);
        if (yaml) {
            text = text.replaceAll("(?m)^(\\s*(?:- )?(?:[A-Za-z0-9:]+: )?)(\\d{4}-\\d{2}-\\d{2})$", "$1\"$2\"");
        }
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private ObjectMapper mapper() {
        if (!yaml) {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        }
        YAMLFactory factory = YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build();
        return new ObjectMapper(factory);
    }

    /** {@code out.cfn-yaml} to {@code out}: the name the stack files and stack names start with. */
    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** Builds every stack's template and the document holding them all. */
    public Stacks render(Design design, ExportOptions options, String stackPrefix, String fileBase, SummaryBuilder summary,
                         ExportProgress progress) throws ExportException {
        ExportScope scope = ExportScope.of(design.topology(), options);
        CfnContext ctx = new CfnContext(design.topology(), scope, summary, stackPrefix);
        CfnWriters writers = new CfnWriters(ctx);
        List<Element> elements = scope.elements(design.topology());
        for (int i = 0; i < elements.size(); i++) {
            progress.checkCancelled();
            progress.step(i, elements.size(), "Writing " + elements.get(i).kind().label() + " " + elements.get(i).id());
            writers.write(elements.get(i));
        }
        List<CfnTemplate> order = DeployOrder.of(ctx);
        Map<String, ObjectNode> files = new LinkedHashMap<>();
        ObjectNode document = Cfn.NODES.objectNode();
        ObjectNode about = document.putObject("Linkwright");
        ArrayNode stackList = document.putArray("Stacks");
        String extension = yaml ? ".yaml" : ".json";
        for (CfnTemplate t : order) {
            AwsLocation at = t.location;
            String fileName = fileBase + "." + at.accountId() + "." + at.region() + extension;
            ObjectNode template = t.template(description(design, at));
            files.put(fileName, template);
            ObjectNode entry = stackList.addObject();
            entry.put("Account", at.accountId());
            entry.put("Region", at.region());
            entry.put("StackName", t.stackName);
            entry.put("TemplateFile", fileName);
            entry.set("Template", template);
        }
        DeployOrder.notes(ctx, order).forEach(summary::note);
        describe(about, design, order, summary.build());
        progress.step(elements.size(), elements.size(), order.size() + " CloudFormation stacks written");
        return new Stacks(document, files);
    }

    private static String description(Design design, AwsLocation at) {
        String title = design.title().isEmpty() ? "Linkwright design" : design.title();
        return title + " - account " + at.accountId() + (at.accountName().isEmpty() ? "" : " (" + at.accountName() + ")")
                + ", " + at.region() + ". Exported by Linkwright.";
    }

    private void describe(ObjectNode about, Design design, List<CfnTemplate> order, ExportSummary s) {
        about.put("Title", design.title());
        about.put("Format", format().wire());
        ArrayNode deploy = about.putArray("DeployOrder");
        order.forEach(t -> deploy.add(t.stackName));
        ArrayNode inputs = about.putArray("Inputs");
        for (ExportSummary.Input i : s.inputs()) {
            inputs.addObject().put("Stack", i.where()).put("Parameter", i.name()).put("Value", i.description());
        }
        ArrayNode left = about.putArray("NotExported");
        for (ExportSummary.NotExported n : s.notExported()) {
            ObjectNode o = left.addObject();
            o.put("Id", n.id() == null ? "" : n.id().value());
            o.put("What", n.what());
            o.put("Reason", n.reason());
        }
        ArrayNode notes = about.putArray("Notes");
        s.notes().forEach(notes::add);
    }
}
