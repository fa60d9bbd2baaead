package dev.linkwright.cli;

import dev.linkwright.io.DesignWriter;
import dev.linkwright.model.Design;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code convert <topology> -o <design.json>}: writes any input Linkwright reads as a design file. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Write a design file from any input Linkwright reads (a scenario entry such as scenarios.json#S19, "
                + "or a design file, which is rewritten in canonical form).")
public final class ConvertCommand implements Callable<Integer> {

    @Parameters(paramLabel = "<topology>", description = "A design file, a scenario file entry (file.json#ID), or a folder of AWS API JSON.")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<design.json>", description = "The design file to write.")
    Path output;

    @Option(names = "--title", description = "A title for the written design.")
    String title;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Design design = DesignArgument.load(input, spec.commandLine().getErr());
        if (design == null) {
            return LinkwrightCli.BAD_INPUT;
        }
        if (title != null) {
            design.setTitle(title);
        }
        try {
            new DesignWriter().write(design, output);
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: " + output + ": could not be written: " + e.getMessage());
            return LinkwrightCli.BAD_INPUT;
        }
        spec.commandLine().getOut().println("wrote " + output + " (" + design.topology().size() + " elements)");
        return LinkwrightCli.OK;
    }
}
