package dev.linkwright.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a reader never sees half a file: the bytes go to a temporary file beside the
 * target, are flushed to disk, then renamed over the target. If anything fails the old file is left
 * as it was. {@link #writeKeepingBackup} also keeps the previous version as {@code <name>.bak}.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Like {@link #write}, keeping the file's previous content as {@code <name>.bak} beside it. */
    public static void writeKeepingBackup(Path target, byte[] bytes) throws IOException {
        if (Files.isRegularFile(target)) {
            Path backup = backupOf(target);
            // copy first: if the disk is full this fails before the original is touched
            write(backup, Files.readAllBytes(target));
        }
        write(target, bytes);
    }

    /** Where {@link #writeKeepingBackup} keeps the previous version of {@code target}. */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    /**
     * Gives the temporary file the permissions of the file it replaces, or the usual
     * {@code rw-r--r--} for a new file: temporary files are created readable by their owner only,
     * which a saved design or an export must not inherit.
     */
    private static void keepPermissions(Path target, Path temp) {
        if (!java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.isRegularFile(target)
                    ? Files.getPosixFilePermissions(target)
                    : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temp, permissions);
        } catch (IOException | UnsupportedOperationException e) {
            // the content matters more than the mode: save anyway
        }
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
            keepPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
