package dev.linkwright.ui.common;

import dev.linkwright.model.Design;

/**
 * The window that shows one design, as the import and export dialogs see it: which design is open,
 * whether it has unsaved edits, and opening another as a new unsaved document.
 */
public interface DocumentHost {

    /** The open design. */
    Design getDesign();

    /** True when the open design has edits that were not saved. */
    boolean hasUnsavedChanges();

    /** Opens {@code design} in place of the open one, unsaved, named {@code name}; {@code statusText} says what happened. */
    void openUnsaved(Design design, String name, String statusText);
}
