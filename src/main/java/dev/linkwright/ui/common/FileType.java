package dev.linkwright.ui.common;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A kind of file a save dialog offers: a description and the usual ending ("SVG diagram", ".svg";
 * "Terraform (JSON syntax)", ".tf.json").
 */
public record FileType(String description, String extension) {

    public FileType {
        Objects.requireNonNull(description);
        if (extension == null || !extension.startsWith(".")) {
            throw new IllegalArgumentException("an extension starts with a dot: " + extension);
        }
    }

    /** {@code file} ending in the extension: unchanged when it does, else with the extension added. */
    public Path withExtension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(extension.toLowerCase(Locale.ROOT))) {
            return file;
        }
        // "network.tf" chosen for ".tf.json": complete the ending instead of doubling it
        String[] parts = extension.substring(1).split("\\.");
        String base = name;
        for (int i = parts.length - 1; i > 0; i--) {
            String partial = "." + String.join(".", java.util.Arrays.copyOfRange(parts, 0, i));
            if (name.toLowerCase(Locale.ROOT).endsWith(partial.toLowerCase(Locale.ROOT))) {
                base = name.substring(0, name.length() - partial.length());
                break;
            }
        }
        return file.resolveSibling(base + extension);
    }
}
