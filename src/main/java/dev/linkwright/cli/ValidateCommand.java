package dev.linkwright.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.io.DesignFormatException;
import dev.linkwright.io.scenario.ScenarioEntry;
import dev.linkwright.io.scenario.ScenarioFile;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.validation.Finding;
import dev.linkwright.validation.FlowIntentCheck;
import dev.linkwright.validation.ValidationReport;
import dev.linkwright.validation.rules.StandardRules;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate <topology> [--profile current|legacy-2020] [--json]}: the design rules' findings.
 * Exit 0 without errors (warnings allowed), 1 with errors, 2 on bad input.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a design against AWS's rules and report errors (AWS would refuse it, or it cannot work)",
            "and warnings (legal but almost certainly wrong), each with the elements involved and a fix.",
            "Flows saved with the design are traced too: a broken intent is the error E_INTENT_VIOLATED."},
        footer = {"", "Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 bad input or usage.",
            "Codes and their meaning: docs/validation-rules.md."})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "<topology>", description = "A design file (.json).")
    Path file;

    @Option(names = "--profile", paramLabel = "current|legacy-2020",
            description = {"Rules profile: current (default) or legacy-2020 (the 2020 documentation: TCP and IPv4 only, same-Region PrivateLink,",
                "no NLB security groups). For a scenario entry (file.json#ID) the default is the entry's own profile."})
    String profile;

    @Option(names = "--json", description = "Print {\"findings\": [{code, severity, elements, message, fix, rule}]} instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RulesProfile rules;
        try {
            rules = profile != null ? RulesProfile.parse(profile) : scenarioProfile(file.toString());
        } catch (IllegalArgumentException e) {
            err.println("linkwright validate: " + e.getMessage());
            return LinkwrightCli.BAD_INPUT;
        }
        Design design = DesignArgument.load(file, err);
        if (design == null) {
            return LinkwrightCli.BAD_INPUT;
        }
        ValidationReport report = withFlowIntents(StandardRules.validator().validate(design.topology(), rules), design, rules);
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(asJson(report)));
        } else {
            printText(out, report);
        }
        return report.hasErrors() ? LinkwrightCli.NEGATIVE : LinkwrightCli.OK;
    }

    /** The design rules' findings plus the flows whose intent is broken ({@code E_INTENT_VIOLATED}). */
    static ValidationReport withFlowIntents(ValidationReport report, Design design, RulesProfile rules) {
        List<Finding> intents = FlowIntentCheck.check(design.topology(), design.flows(), rules);
        if (intents.isEmpty()) {
            return report;
        }
        List<Finding> all = new ArrayList<>(report.findings());
        all.addAll(intents);
        return ValidationReport.sorted(rules, all, design.topology());
    }

    /**
     * The profile a scenario entry ({@code file.json#ID}) is meant for: its query's profile, or
     * legacy-2020 for a {@code -legacy-2020} variant; current for anything else.
     */
    private static RulesProfile scenarioProfile(String argument) {
        int hash = argument.lastIndexOf('#');
        if (hash <= 0 || Files.exists(Path.of(argument))) {
            return RulesProfile.CURRENT;
        }
        try {
            String id = argument.substring(hash + 1);
            ScenarioEntry entry = ScenarioFile.find(ScenarioFile.read(Path.of(argument.substring(0, hash))), id, argument);
            if (entry.query() != null) {
                return entry.query().profile();
            }
            return entry.id().toLowerCase(Locale.ROOT).endsWith(RulesProfile.LEGACY_2020.wire()) ? RulesProfile.LEGACY_2020 : RulesProfile.CURRENT;
        } catch (DesignFormatException | RuntimeException e) {
            return RulesProfile.CURRENT; // loading the design reports the problem
        }
    }

    private void printText(PrintWriter out, ValidationReport report) {
        long errors = report.errorCount();
        long warnings = report.warningCount();
        out.println(file.getFileName() + ": " + count(errors, "error") + ", " + count(warnings, "warning") + " (rules profile " + report.profile().wire() + ")");
        for (Finding f : report.findings()) {
            out.println();
            out.println(f.severity().wire() + " " + f.code() + "  [" + f.elements().stream().map(ElementId::value).collect(Collectors.joining(", ")) + "]"
                    + (f.rule().isEmpty() ? "" : "  (" + f.rule() + ")"));
            out.println("  " + f.message());
            if (!f.fix().isEmpty()) {
                out.println("  Fix: " + f.fix());
            }
        }
        if (!report.findings().isEmpty()) {
            out.println();
            out.println(errors == 0 ? "No errors." : count(errors, "error") + ": AWS would refuse this design or it cannot work.");
        }
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static ObjectNode asJson(ValidationReport report) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        ArrayNode findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            ObjectNode o = findings.addObject();
            o.put("code", f.code());
            o.put("severity", f.severity().wire());
            ArrayNode elements = o.putArray("elements");
            f.elements().forEach(id -> elements.add(id.value()));
            o.put("message", f.message());
            o.put("fix", f.fix());
            o.put("rule", f.rule());
        }
        root.put("profile", report.profile().wire());
        root.put("errors", report.errorCount());
        root.put("warnings", report.warningCount());
        return root;
    }
}
