package dev.linkwright.io.export;

import dev.linkwright.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes exported files atomically (write, then rename). Exports are meant to be shared (put in a
 * document, served, committed), so on POSIX file systems they are readable by everyone
 * ({@code rw-r--r--}) rather than keeping the owner-only mode of the temporary file.
 */
public final class ExportFiles {

    private ExportFiles() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        AtomicFiles.write(target, bytes);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            try {
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (IOException | UnsupportedOperationException e) {
                // the file is written; a mode that cannot be changed is not worth failing the export
            }
        }
    }
}
