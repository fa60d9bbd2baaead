package dev.linkwright.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code java -jar linkwright.jar <command> ...}. Exit codes: 0 success, 1 a
 * negative answer (blocked, errors found), 2 bad input or usage with the reason on stderr.
 */
@Command(name = "linkwright", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Design, check and explain AWS private networking.",
        subcommands = {InfoCommand.class, ConvertCommand.class, ValidateCommand.class, ReachCommand.class, GenerateCommand.class,
                ImportAwsCommand.class, ExportCommand.class, StudyCommand.class},
        footer = {"", "Without a command, java -jar linkwright.jar opens the app.",
                "Exit codes: 0 success, 1 a negative answer (blocked; errors found), 2 bad input or usage."})
public final class LinkwrightCli implements Runnable {

    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code for a negative answer: blocked, or errors found. */
    public static final int NEGATIVE = 1;
    /** Exit code for bad input or usage. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line with {@code args} and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new LinkwrightCli());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("linkwright: " + describe(ex));
            return BAD_INPUT;
        });
        cmd.setParameterExceptionHandler((ex, args2) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("linkwright: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            return BAD_INPUT;
        });
        try {
            return cmd.execute(args);
        } catch (Throwable t) {
            err.println("linkwright: " + describe(t));
            return BAD_INPUT;
        } finally {
            out.flush();
            err.flush();
        }
    }

    static String describe(Throwable t) {
        if (t instanceof StackOverflowError) {
            return "the input is nested too deeply to process";
        }
        if (t instanceof OutOfMemoryError) {
            return "the input is too large to process in the available memory";
        }
        String m = t.getMessage();
        return "unexpected problem: " + (m == null || m.isBlank() ? t.getClass().getSimpleName().replace("Exception", "").replace("Error", "") : m);
    }
}
