package dev.linkwright.cli;

import dev.linkwright.io.DesignFormatException;
import dev.linkwright.io.FormatProblem;
import dev.linkwright.study.BuiltInPacks;
import dev.linkwright.study.CheckResult;
import dev.linkwright.study.Exercise;
import dev.linkwright.study.ExerciseChecker;
import dev.linkwright.study.Pack;
import dev.linkwright.study.PackReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code study check|list}: the exam-study packs from the command line. {@code check} proves every
 * exercise's stated answer against the engines (for pack authors); {@code list} shows what packs
 * hold.
 */
@Command(name = "study", mixinStandardHelpOptions = true,
        description = "Exam-study exercises: check packs against the engine, or list them.",
        subcommands = {StudyCommand.Check.class, StudyCommand.ListPacks.class})
public final class StudyCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The packs named on the command line (or the built-in ones); null after printing load errors. */
    static List<Pack> load(List<Path> files, boolean builtin, PrintWriter err, String command) {
        List<Pack> packs = new ArrayList<>();
        boolean failed = false;
        if (builtin || files == null || files.isEmpty()) {
            try {
                packs.addAll(BuiltInPacks.load());
            } catch (DesignFormatException e) {
                print(e, err);
                failed = true;
            }
        }
        if (files != null) {
            for (Path f : files) {
                try {
                    packs.add(new PackReader().read(f));
                } catch (DesignFormatException e) {
                    print(e, err);
                    failed = true;
                }
            }
        }
        Set<String> ids = new HashSet<>();
        for (Pack p : packs) {
            if (!ids.add(p.id())) {
                err.println("error: " + p.source() + ": pack id '" + p.id() + "' is used by another pack given to " + command
                        + " (progress is kept by pack id: give each pack its own)");
                failed = true;
            }
        }
        return failed ? null : packs;
    }

    private static void print(DesignFormatException e, PrintWriter err) {
        for (FormatProblem p : e.problems()) {
            err.println("error: " + p.describe());
        }
    }

    /** {@code study check (<pack>... | --builtin)}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Verify every exercise's stated answer against the engine: Predict verdict, blocking element and code"
                    + " match the trace; Fix-it designs break at least one intent and the known solution satisfies all;"
                    + " Spot-the-flaw findings are reported on the stated elements. Exit 0 all verified, 1 some answers are"
                    + " wrong (named), 2 bad input.")
    static final class Check implements Callable<Integer> {

        @Parameters(paramLabel = "<pack>", arity = "0..*", description = "Study pack files (.json).")
        List<Path> files;

        @Option(names = "--builtin", description = "Check the packs built into Linkwright.")
        boolean builtin;

        @Option(names = {"-v", "--verbose"}, description = "Also print what the engine says for every exercise.")
        boolean verbose;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!builtin && (files == null || files.isEmpty())) {
                err.println("linkwright study check: name pack files, or --builtin for the built-in packs");
                return LinkwrightCli.BAD_INPUT;
            }
            List<Pack> packs = load(files, builtin, err, "study check");
            if (packs == null) {
                return LinkwrightCli.BAD_INPUT;
            }
            ExerciseChecker checker = new ExerciseChecker();
            List<String> wrong = new ArrayList<>();
            int verified = 0;
            for (Pack pack : packs) {
                for (Exercise e : pack.exercises()) {
                    CheckResult r = checker.check(e);
                    if (r.ok()) {
                        verified++;
                        out.printf("ok    %-48s %-7s %-6s %s%n", e.key(), e.mode().wire(), e.difficulty().wire(),
                                verbose ? r.engineSays() : "");
                    } else {
                        wrong.add(e.key());
                        out.printf("WRONG %-48s %-7s %-6s %s%n", e.key(), e.mode().wire(), e.difficulty().wire(), r.engineSays());
                        r.failures().forEach(f -> out.println("      - " + f));
                    }
                }
            }
            if (!wrong.isEmpty()) {
                out.println(wrong.size() + " exercise" + (wrong.size() == 1 ? " has" : "s have") + " a wrong answer: "
                        + String.join(", ", wrong));
                out.println(verified + " exercises verified, " + wrong.size() + " wrong");
                return LinkwrightCli.NEGATIVE;
            }
            out.println(verified + " exercises verified");
            return LinkwrightCli.OK;
        }
    }

    /** {@code study list [--builtin | <pack>...]}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the exercises of study packs (the built-in packs when none is named), by topic.")
    static final class ListPacks implements Callable<Integer> {

        @Parameters(paramLabel = "<pack>", arity = "0..*", description = "Study pack files (.json).")
        List<Path> files;

        @Option(names = "--builtin", description = "List the packs built into Linkwright (the default without files).")
        boolean builtin;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<Pack> packs = load(files, builtin, spec.commandLine().getErr(), "study list");
            if (packs == null) {
                return LinkwrightCli.BAD_INPUT;
            }
            int n = 0;
            for (Pack pack : packs) {
                out.println(pack.title() + "  [" + pack.id() + ", " + pack.source() + "]");
                for (Exercise e : pack.exercises()) {
                    out.printf("  %-46s %-13s %-6s %-15s %s%n", e.key(), e.mode().label(), e.difficulty().wire(), e.topic(),
                            e.title() + (e.profilePinned() ? "  (" + e.profile().wire() + ")" : ""));
                    n++;
                }
            }
            out.println(n + " exercises in " + packs.size() + " pack" + (packs.size() == 1 ? "" : "s"));
            return LinkwrightCli.OK;
        }
    }
}
