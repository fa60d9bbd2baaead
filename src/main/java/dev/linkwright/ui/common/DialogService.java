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

    /** The answer to "save your changes first?". */
    enum SaveChoice { SAVE, DONT_SAVE, CANCEL }

    /**
     * Asks whether to save the changes to {@code documentName} before they would be lost (closing,
     * opening another design): Save, Don't Save or Cancel. Implementations that cannot ask keep the
     * work: the default answers Cancel.
     */
    default SaveChoice askToSaveChanges(String documentName) {
        return SaveChoice.CANCEL;
    }

    /**
     * Asks to confirm an action that takes more than the user may expect (a delete that takes other
     * elements along): {@code message} says what will happen, {@code action} names the button
     * ("Delete"). True to go ahead; the default answers no.
     */
    default boolean confirm(String headline, String message, String action) {
        return false;
    }
}
