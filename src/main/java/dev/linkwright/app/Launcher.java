package dev.linkwright.app;

import dev.linkwright.cli.LinkwrightCli;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of {@code linkwright.jar}: with no arguments it opens the app, otherwise it runs the
 * command line. (A main class that does not extend {@code Application} lets a plain
 * {@code java -jar} start JavaFX.)
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            LinkwrightApp.launchApp(args);
            return;
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(LinkwrightCli.run(args, out, err));
    }
}
