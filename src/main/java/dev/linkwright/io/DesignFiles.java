package dev.linkwright.io;

import dev.linkwright.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens whatever a user points a command or the File menu at: a design file. (A folder of AWS API
 * JSON is read by the AWS importer once it exists.)
 */
public final class DesignFiles {

    private DesignFiles() {
    }

    /** Loads the design at {@code path}; every failure is a {@link DesignFormatException}. */
    public static Design load(Path path) throws DesignFormatException {
        if (!Files.exists(path)) {
            throw new DesignFormatException(new FormatProblem(path.toString(), "", 0, 0, "no such file or folder"));
        }
        return new DesignReader().read(path);
    }
}
