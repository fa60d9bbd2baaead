package dev.linkwright.ui.recovery;

import dev.linkwright.diagnostics.ErrorLog;
import dev.linkwright.io.DesignFormatException;
import dev.linkwright.io.recovery.RecoveredWork;
import dev.linkwright.io.recovery.RecoveryArea;
import dev.linkwright.model.Design;
import dev.linkwright.ui.main.MainWindowViewModel;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * At start, offers back the work a crash or a kill left in the {@link RecoveryArea}: Restore opens
 * it unsaved (remembering its file, so Save writes there), Discard forgets it. Either way it leaves
 * the area; restored work is kept again by the new session's {@link Autosaver}. When several were
 * left, the newest is offered and the others wait for the next start.
 */
public final class RecoveryOffer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final RecoveryArea area;
    private final ErrorLog log;

    public RecoveryOffer(RecoveryArea area, ErrorLog log) {
        this.area = area;
        this.log = log;
    }

    /** Asks about the newest work left behind, if any; returns what was restored. */
    public Optional<RecoveredWork> offer(MainWindowViewModel model) {
        List<RecoveredWork> left = area.leftBehind();
        if (left.isEmpty()) {
            return Optional.empty();
        }
        RecoveredWork work = left.get(0);
        String when = TIME.format(work.savedAt());
        boolean restore = model.dialogs().confirm("Restore unsaved work?",
                "Linkwright did not close normally. Unsaved changes to " + work.documentName() + " were kept at " + when
                        + (work.originalFile() == null ? "." : " (file: " + work.originalFile() + ").")
                        + " Restore opens them unsaved; your file is unchanged. Otherwise they are discarded.",
                "Restore");
        Optional<RecoveredWork> restored = Optional.empty();
        if (restore) {
            try {
                Design design = work.load();
                model.openRecovered(design, work.originalFile(), work.documentName(),
                        "Restored unsaved changes to " + work.documentName() + " from " + when + " (not saved yet)");
                log.note("restored unsaved work " + work.session() + " of " + work.documentName());
                restored = Optional.of(work);
            } catch (DesignFormatException e) {
                model.dialogs().showError("Cannot restore " + work.documentName(),
                        "The kept copy is damaged and cannot be opened; it is left in " + area.folder() + ".", List.of(e.getMessage()));
                return Optional.empty(); // left on disk for someone to look at
            }
        }
        try {
            area.discard(work);
        } catch (IOException e) {
            log.record("discarding recovered work", e);
        }
        return restored;
    }
}
