package dev.linkwright.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void aSaveReplacesTheFileAndKeepsThePreviousVersion(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("design.json");
        AtomicFiles.writeKeepingBackup(file, "one".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.writeKeepingBackup(file, "two".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(file)).isEqualTo("two");
        assertThat(Files.readString(AtomicFiles.backupOf(file))).isEqualTo("one");
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("design.json", "design.json.bak");
        }
    }

    @Test
    void aFailedSaveLeavesTheOldFileIntact(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("design.json");
        Files.writeString(file, "precious");
        // a folder where the backup should go makes the save fail, as a full disk would
        Path blocker = Files.createDirectory(AtomicFiles.backupOf(file));
        Files.writeString(blocker.resolve("x"), "x");
        assertThatThrownBy(() -> AtomicFiles.writeKeepingBackup(file, "new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(file)).isEqualTo("precious");
    }

    @Test
    void aSaveIntoAReadOnlyFolderFailsAndLeavesTheOldFileIntact(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("read-only"));
        Path file = Files.writeString(folder.resolve("design.json"), "precious");
        Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // the superuser may write anyway; everyone else must get a clear failure
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(folder), "running as a user who ignores permissions");
            assertThatThrownBy(() -> AtomicFiles.writeKeepingBackup(file, "new".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(java.nio.file.AccessDeniedException.class);
            assertThat(Files.readString(file)).isEqualTo("precious");
        } finally {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aSaveIntoAFileThatIsAFolderFailsWithoutDamage(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("design.json"));
        Files.writeString(folder.resolve("keep.txt"), "x");
        assertThatThrownBy(() -> AtomicFiles.write(folder, "new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(folder.resolve("keep.txt"))).isEqualTo("x");
        try (var listing = Files.list(dir)) {
            assertThat(listing.count()).as("no temporary file left behind").isEqualTo(1);
        }
    }

    @Test
    void aNewFileIsReadableByOthersAndASavedFileKeepsItsMode(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("design.json");
        AtomicFiles.write(file, "one".getBytes(StandardCharsets.UTF_8));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.writeKeepingBackup(file, "two".getBytes(StandardCharsets.UTF_8));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw----");
    }
}
