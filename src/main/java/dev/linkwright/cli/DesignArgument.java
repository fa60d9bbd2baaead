package dev.linkwright.cli;

import dev.linkwright.io.DesignFiles;
import dev.linkwright.io.DesignFormatException;
import dev.linkwright.model.Design;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Loads the {@code <topology>} argument of a command, reporting load errors the same way everywhere. */
final class DesignArgument {

    private DesignArgument() {
    }

    /** The design at {@code path}, or null after printing the problems to {@code err}. */
    static Design load(Path path, PrintWriter err) {
        try {
            return DesignFiles.load(path.toString());
        } catch (DesignFormatException e) {
            for (var p : e.problems()) {
                err.println("error: " + p.describe());
            }
            return null;
        }
    }
}
