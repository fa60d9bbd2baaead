package dev.linkwright.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared project material (`../shared`: rulebook, scenarios, AWS snapshots) is. */
public final class SharedFiles {

    private SharedFiles() {
    }

    public static Path root() {
        String configured = System.getProperty("linkwright.shared");
        Path p = configured != null ? Path.of(configured) : Path.of("..", "shared");
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("the shared folder is missing: " + p.toAbsolutePath()
                    + " (set -Dlinkwright.shared=<path>)");
        }
        return p;
    }

    public static Path publicScenarios() {
        return root().resolve("spec/scenarios-public.json");
    }
}
