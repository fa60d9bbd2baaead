package dev.linkwright.app;

import dev.linkwright.cli.LinkwrightCli;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of {@code linkwright.jar}: with no arguments it opens the app on the built-in sample,
 * with the path of one design file ({@code *.json}) it opens the app on that file, otherwise it
 * runs the command line. (A main class that does not extend {@code Application} lets a plain
 * {@code java -jar} start JavaFX.)
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || opensDesignFile(args)) {
            LinkwrightApp.launchApp(args);
            return;
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(LinkwrightCli.run(args, out, err));
    }

    /** True for a single argument naming an existing {@code .json} file (and no subcommand). */
    static boolean opensDesignFile(String[] args) {
        if (args.length != 1 || !args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            return false;
        }
        try {
            return java.nio.file.Files.isRegularFile(java.nio.file.Path.of(args[0]));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
