package dev.linkwright.testing;

import dev.linkwright.cli.LinkwrightCli;
import java.io.PrintWriter;
import java.io.StringWriter;

/** What one run of the command line printed and returned. */
public record CliResult(int exitCode, String out, String err) {

    /** Runs the command line in-process with {@code args}. */
    public static CliResult run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LinkwrightCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliResult(code, out.toString(), err.toString());
    }
}
