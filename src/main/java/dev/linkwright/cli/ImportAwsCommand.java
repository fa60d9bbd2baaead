package dev.linkwright.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.io.DesignFormatException;
import dev.linkwright.io.DesignWriter;
import dev.linkwright.io.aws.AwsSnapshotImporter;
import dev.linkwright.io.aws.ImportReport;
import dev.linkwright.io.aws.ImportedSnapshot;
import dev.linkwright.model.ElementKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import-aws <folder> [-o <design.json>] [--json]}: imports a folder of AWS API JSON as a design. */
@Command(name = "import-aws", mixinStandardHelpOptions = true,
        description = "Import a folder of AWS API JSON (aws ec2/elbv2/directconnect describe-* output; flat, <region>/ or "
                + "accounts/<account-id>/<region>/) as a design, and print what was imported, skipped and assumed.")
public final class ImportAwsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "<folder>", description = "The snapshot folder (holding aws_configs/, or being one, or any folder of AWS JSON).")
    Path folder;

    @Option(names = {"-o", "--output"}, paramLabel = "<design.json>", description = "The design file to write (leave out to only see the report).")
    Path output;

    @Option(names = "--title", description = "A title for the design (default: the folder's name).")
    String title;

    @Option(names = "--json", description = "Print the report as one JSON object instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ImportedSnapshot imported;
        try {
            imported = new AwsSnapshotImporter().importFolder(folder);
        } catch (DesignFormatException e) {
            for (var p : e.problems()) {
                err.println("error: " + p.describe());
            }
            return LinkwrightCli.BAD_INPUT;
        }
        if (title != null) {
            imported.design().setTitle(title);
        }
        if (output != null) {
            try {
                new DesignWriter().write(imported.design(), output);
            } catch (IOException e) {
                err.println("error: " + output + ": could not be written: " + e.getMessage());
                return LinkwrightCli.BAD_INPUT;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(asJson(imported.report())));
        } else {
            printText(out, imported.report());
        }
        return LinkwrightCli.OK;
    }

    private void printText(PrintWriter out, ImportReport r) {
        out.println("Imported " + r.folder() + " (layout: " + r.layout() + "): " + r.elementCount() + " elements"
                + (output == null ? " (no -o given: nothing written)" : ", written to " + output));
        out.println();
        out.printf("%-34s %6s %8s %9s %8s%n", "AWS kind", "files", "objects", "imported", "skipped");
        for (ImportReport.KindSummary k : r.kinds()) {
            out.printf("%-34s %6d %8d %9d %8d%n", k.kind(), k.files(), k.objects(), k.imported(), k.skippedCount());
            for (ImportReport.Tally t : k.skipped()) {
                out.println("    skipped: " + t.describe());
            }
        }
        if (!r.skippedFiles().isEmpty()) {
            out.println();
            out.println("Files not imported:");
            for (ImportReport.SkippedFile f : r.skippedFiles()) {
                out.println("  " + f.file() + ": " + f.reason());
            }
        }
        if (!r.notes().isEmpty()) {
            out.println();
            out.println("Notes and assumptions:");
            for (ImportReport.Tally n : r.notes()) {
                out.println("  - " + n.describe());
            }
        }
        out.println();
        out.println("Design elements:");
        for (Map.Entry<ElementKind, Integer> e : new TreeMap<>(r.elements()).entrySet()) {
            out.printf("  %-28s %d%n", e.getKey().label(), e.getValue());
        }
    }

    private ObjectNode asJson(ImportReport r) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        root.put("folder", r.folder());
        root.put("layout", r.layout());
        root.put("output", output == null ? null : output.toString());
        root.put("elements", r.elementCount());
        ArrayNode kinds = root.putArray("kinds");
        for (ImportReport.KindSummary k : r.kinds()) {
            ObjectNode o = kinds.addObject();
            o.put("kind", k.kind());
            o.put("files", k.files());
            o.put("objects", k.objects());
            o.put("imported", k.imported());
            tallies(o.putArray("skipped"), k.skipped());
        }
        ArrayNode files = root.putArray("skippedFiles");
        for (ImportReport.SkippedFile f : r.skippedFiles()) {
            files.addObject().put("file", f.file()).put("reason", f.reason());
        }
        tallies(root.putArray("notes"), r.notes());
        ObjectNode counts = root.putObject("counts");
        new TreeMap<>(r.elements()).forEach((k, n) -> counts.put(k.wire(), n));
        return root;
    }

    private static void tallies(ArrayNode array, Iterable<ImportReport.Tally> tallies) {
        for (ImportReport.Tally t : tallies) {
            ObjectNode o = array.addObject();
            o.put("text", t.text());
            o.put("count", t.count());
            ArrayNode ex = o.putArray("examples");
            t.examples().forEach(ex::add);
        }
    }
}
