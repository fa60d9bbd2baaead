package dev.linkwright.io.recovery;

import dev.linkwright.io.DesignFormatException;
import dev.linkwright.io.DesignReader;
import dev.linkwright.model.Design;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Unsaved work a session left in the {@link RecoveryArea}: the design, the file it came from (null
 * for a new design, a sample or an import), its name as the window showed it, and when it was kept.
 */
public record RecoveredWork(String session, Path designFile, Path originalFile, String documentName, Instant savedAt) {

    /** Reads the kept design; a damaged one is refused like any damaged file. */
    public Design load() throws DesignFormatException {
        return new DesignReader().read(designFile);
    }
}
