package dev.linkwright.io.recovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.io.AtomicFiles;
import dev.linkwright.io.DesignWriter;
import dev.linkwright.io.UserDataFolder;
import dev.linkwright.model.Design;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A folder of unsaved work kept for crash recovery: each running window writes its design there
 * now and then ({@link Session#save}), and clears it when the work is saved or deliberately
 * discarded. What is still there at the next start was left by a crash or a kill, and is offered
 * back ({@link #leftBehind()}). The user's own files are never written.
 *
 * <p>Each session holds a lock file while it runs, so a second Linkwright running at the same time
 * does not offer to restore the first one's live work; the operating system drops the lock when a
 * process dies, however it dies.
 *
 * <pre>{@code
 * RecoveryArea area = RecoveryArea.inUserData();
 * for (RecoveredWork w : area.leftBehind()) { ... w.load() ... area.discard(w); }
 * RecoveryArea.Session session = area.startSession();
 * session.save(design, file, "my-design.json");
 * }</pre>
 */
public final class RecoveryArea {

    private static final String DESIGN = ".design.json";
    private static final String INFO = ".info.json";
    private static final String LOCK = ".lock";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Sessions of this process: never probed through a second channel, because closing any channel
     * of a file drops the process's POSIX locks on it.
     */
    private static final java.util.Set<String> OWN_SESSIONS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path folder;

    public RecoveryArea(Path folder) {
        this.folder = folder;
    }

    /** The {@code recovery} folder in the user's data folder ({@link UserDataFolder}). */
    public static RecoveryArea inUserData() {
        return new RecoveryArea(UserDataFolder.resolve().resolve("recovery"));
    }

    public Path folder() {
        return folder;
    }

    /** Starts a session of this process: its own slot, locked while the process lives. */
    public Session startSession() throws IOException {
        Files.createDirectories(folder);
        String id = Instant.now().toString().replace(":", "").replace(".", "") + "-" + UUID.randomUUID().toString().substring(0, 8);
        FileChannel channel = FileChannel.open(folder.resolve(id + LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        OWN_SESSIONS.add(id);
        return new Session(id, channel, lock);
    }

    /**
     * Work that no running session owns, newest first: left by a crash or a kill. Entries whose
     * description cannot be read are left out (and left on disk).
     */
    public List<RecoveredWork> leftBehind() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<RecoveredWork> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path info : files.filter(p -> p.getFileName().toString().endsWith(INFO)).toList()) {
                String id = info.getFileName().toString();
                id = id.substring(0, id.length() - INFO.length());
                if (Files.isRegularFile(folder.resolve(id + DESIGN)) && !inUse(id)) {
                    RecoveredWork work = read(id, info);
                    if (work != null) {
                        found.add(work);
                    }
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        found.sort(Comparator.comparing(RecoveredWork::savedAt).reversed());
        return found;
    }

    /** Forgets {@code work} (after it was restored or the user declined it). */
    public void discard(RecoveredWork work) throws IOException {
        delete(work.session());
    }

    private void delete(String id) throws IOException {
        Files.deleteIfExists(folder.resolve(id + DESIGN));
        Files.deleteIfExists(folder.resolve(id + INFO));
        Files.deleteIfExists(folder.resolve(id + LOCK));
    }

    /** True while a live session (of this or another process) holds the lock of {@code id}. */
    private boolean inUse(String id) {
        Path lockFile = folder.resolve(id + LOCK);
        if (OWN_SESSIONS.contains(id)) {
            return true;
        }
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held by this very process
        } catch (IOException e) {
            return false;
        }
    }

    private RecoveredWork read(String id, Path info) {
        try {
            JsonNode node = JSON.readTree(Files.readAllBytes(info));
            String original = node.path("originalFile").isTextual() ? node.get("originalFile").asText() : null;
            Instant savedAt = Instant.parse(node.path("savedAt").asText());
            return new RecoveredWork(id, folder.resolve(id + DESIGN), original == null ? null : Path.of(original),
                    node.path("documentName").asText("Untitled"), savedAt);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The slot of one running window: {@link #save} and {@link #clear}, then {@link #close}. */
    public final class Session implements AutoCloseable {
        private final String id;
        private final FileChannel lockChannel;
        private final FileLock lock;

        private Session(String id, FileChannel lockChannel, FileLock lock) {
            this.id = id;
            this.lockChannel = lockChannel;
            this.lock = lock;
        }

        /**
         * Keeps {@code design} as the unsaved work of this session, replacing what was kept before:
         * the design is written first, then its description, each atomically, so a crash in between
         * leaves either the old pair or a design the description still matches well enough.
         */
        public void save(Design design, Path originalFile, String documentName) throws IOException {
            byte[] bytes = new DesignWriter().toJson(design).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(folder.resolve(id + DESIGN), bytes);
            ObjectNode info = JSON.createObjectNode();
            info.put("originalFile", originalFile == null ? null : originalFile.toAbsolutePath().toString());
            info.put("documentName", documentName);
            info.put("savedAt", Instant.now().toString());
            AtomicFiles.write(folder.resolve(id + INFO), JSON.writeValueAsBytes(info));
        }

        /** Forgets this session's work: it was saved, or the user chose not to keep it. */
        public void clear() throws IOException {
            Files.deleteIfExists(folder.resolve(id + INFO));
            Files.deleteIfExists(folder.resolve(id + DESIGN));
        }

        /** True when this session has work kept. */
        public boolean holdsWork() {
            return Files.exists(folder.resolve(id + INFO));
        }

        /** Ends the session (the window closed normally): clears its work and its lock. */
        @Override
        public void close() throws IOException {
            clear();
            if (lock != null) {
                lock.release();
            }
            lockChannel.close();
            Files.deleteIfExists(folder.resolve(id + LOCK));
            OWN_SESSIONS.remove(id);
        }
    }
}
