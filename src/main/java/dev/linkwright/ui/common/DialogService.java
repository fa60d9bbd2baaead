package dev.linkwright.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The dialogs view models need, behind an interface so that they can be tested without a window
 * (tests pass a recording implementation; the app passes {@link FxDialogService}).
 */
public interface DialogService {

    /** Asks for a design file to open; empty when the user cancels. */
    Optional<Path> chooseFileToOpen(String title, Path initialDirectory);

    /** Asks where to save; empty when the user cancels. */
    Optional<Path> chooseFileToSave(String title, Path initialDirectory, String suggestedName);

    /**
     * Shows an error: a one-line {@code headline}, a sentence or two of {@code message}, and
     * {@code details} (one problem per entry, e.g. {@code file:line:column: what was expected}),
     * which may be empty. Never a stack trace.
     */
    void showError(String headline, String message, List<String> details);

    /** Shows an informational message. */
    void showInformation(String headline, String message);

    // ---- added for import and export; defaults keep other implementations compiling ------------------

    /** Asks for a folder (e.g. an AWS snapshot); empty when the user cancels. */
    default Optional<Path> chooseFolder(String title, Path initialDirectory) {
        return Optional.empty();
    }

    /** Asks where to save a file of {@code type} (its extension offered and added); empty when cancelled. */
    default Optional<Path> chooseFileToSave(String title, Path initialDirectory, String suggestedName, FileType type) {
        return chooseFileToSave(title, initialDirectory, suggestedName);
    }

    /**
     * Asks the user to confirm something that cannot be taken back ({@code confirmLabel} names the
     * action, e.g. "Import anyway"); false when they decline. The default declines.
     */
    default boolean confirm(String headline, String message, String confirmLabel) {
        return false;
    }
}
