package dev.linkwright.ui.main;

import dev.linkwright.command.Command;
import dev.linkwright.command.CommandStack;
import dev.linkwright.io.BuiltInSamples;
import dev.linkwright.io.DesignFiles;
import dev.linkwright.io.DesignFormatException;
import dev.linkwright.io.DesignWriter;
import dev.linkwright.io.FormatProblem;
import dev.linkwright.model.Design;
import dev.linkwright.model.TopologyListener;
import dev.linkwright.ui.common.DialogService;
import dev.linkwright.ui.common.DocumentHost;
import dev.linkwright.ui.common.RecentFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * The state and actions of the main window, without the window: which design is open with its
 * undo history ({@link CommandStack}), where it is saved, whether it has unsaved changes, the title
 * and status texts, and File and Edit menu actions (New, Open, Open Recent, Save, Save As, samples,
 * Undo, Redo). Dialogs go through {@link DialogService}, so this is tested without a screen.
 *
 * <p>Work is never lost: opening a file that cannot be read reports it (file, line:column, what
 * was expected) and keeps the current design; New, Open and closing ask to save unsaved changes
 * first (Save / Don't Save / Cancel); an edit that fails leaves the design as it was and says why.
 */
public final class MainWindowViewModel implements DocumentHost {

    /** Shown when a design has no title and was never saved. */
    static final String UNTITLED = "Untitled";

    private final DialogService dialogs;
    private final RecentFiles recentFiles;
    private final String version;
    private final ReadOnlyObjectWrapper<Design> design = new ReadOnlyObjectWrapper<>(this, "design", Design.empty());
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper documentName = new ReadOnlyStringWrapper(this, "documentName", UNTITLED);
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle", "Linkwright");
    private final ReadOnlyIntegerWrapper elementCount = new ReadOnlyIntegerWrapper(this, "elementCount");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);
    private final ReadOnlyObjectWrapper<CommandStack> commandStack = new ReadOnlyObjectWrapper<>(this, "commandStack");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final Runnable stackListener = this::stackChanged;
    private final TopologyListener countListener = change -> updateCounts();
    private Path lastDirectory;
    private boolean unsavedDocument;

    /**
     * @param dialogs where dialogs are shown
     * @param recentFiles the recent-files list to keep up to date
     * @param version the Linkwright version, for Help ▸ About
     */
    public MainWindowViewModel(DialogService dialogs, RecentFiles recentFiles, String version) {
        this.dialogs = dialogs;
        this.recentFiles = recentFiles;
        this.version = version;
        design.addListener((o, was, is) -> {
            if (was != null) {
                was.topology().removeListener(countListener);
            }
            is.topology().addListener(countListener);
            updateCounts();
            updateTitle();
        });
        design.get().topology().addListener(countListener);
        useStack(new CommandStack(design.get()));
        updateTitle();
    }

    // ---- state -----------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Design> designProperty() {
        return design.getReadOnlyProperty();
    }

    @Override
    public Design getDesign() {
        return design.get();
    }

    /**
     * Opens {@code d} as a new, unsaved design named {@code name} (e.g. an import), replacing the
     * open one; ask first ({@link #hasUnsavedChanges()}).
     */
    @Override
    public void openUnsaved(Design d, String name, String statusText) {
        show(d, null, name);
        unsavedDocument = true; // an import exists nowhere else until it is saved
        stackChanged();
        status.set(statusText);
    }

    /**
     * Opens {@code d}, recovered after a crash, as unsaved changes to {@code originalFile} (null when
     * it never had one): Save writes there, and the file on disk stays as it was until then.
     */
    public void openRecovered(Design d, Path originalFile, String name, String statusText) {
        show(d, originalFile, name);
        unsavedDocument = true;
        stackChanged();
        status.set(statusText);
    }

    /** The file Save writes to; null for a new design or a built-in sample. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path getFile() {
        return file.get();
    }

    /** The file name, the sample's name, or "Untitled". */
    public ReadOnlyStringProperty documentNameProperty() {
        return documentName.getReadOnlyProperty();
    }

    /** "Linkwright — " and the design's title, or its file name when it has none. */
    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty elementCountProperty() {
        return elementCount.getReadOnlyProperty();
    }

    /** The last thing that happened ("Opened …", "Saved …"), for the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while the design has no elements (the canvas then shows how to start). */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** The undo history of the open design; every edit goes through it. */
    public ReadOnlyObjectProperty<CommandStack> commandStackProperty() {
        return commandStack.getReadOnlyProperty();
    }

    public CommandStack getCommandStack() {
        return commandStack.get();
    }

    /** True while the design has changes that are not saved (undoing back to the saved state clears it). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** True when the open design has edits that were not saved. */
    @Override
    public boolean hasUnsavedChanges() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo Move subnet-a", or "Undo" when there is nothing to undo: the Edit menu's text. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** "Redo Move subnet-a", or "Redo". */
    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** Where this window's dialogs are shown. */
    public DialogService dialogs() {
        return dialogs;
    }

    /** Sets the status bar's message (what just happened, or why something did not). */
    public void setStatus(String message) {
        status.set(message == null ? "" : message);
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles.files();
    }

    /** The built-in samples, by file name. */
    public List<String> samples() {
        return BuiltInSamples.names();
    }

    /** The title of a built-in sample, for menus and the empty canvas. */
    public String sampleTitle(String name) {
        return BuiltInSamples.title(name);
    }

    // ---- File menu ----------------------------------------------------------------------------------

    /** An empty design (the canvas explains how to start), after saving unsaved work if wanted. */
    public void newDesign() {
        if (!confirmDiscard()) {
            return;
        }
        show(Design.empty(), null, UNTITLED);
        status.set("New design");
    }

    /** Asks for a file and opens it; returns true when a design was opened. */
    public boolean openWithDialog() {
        Optional<Path> chosen = dialogs.chooseFileToOpen("Open design", lastDirectory);
        return chosen.isPresent() && open(chosen.get());
    }

    /**
     * Opens {@code path} after saving unsaved work if wanted; on failure shows why and keeps the
     * current design.
     */
    public boolean open(Path path) {
        if (!confirmDiscard()) {
            return false;
        }
        String name = fileName(path);
        try {
            Design loaded = DesignFiles.load(path);
            show(loaded, path, name);
            recentFiles.add(path);
            rememberDirectory(path);
            status.set("Opened " + name);
            return true;
        } catch (DesignFormatException e) {
            dialogs.showError("Cannot open " + name, name + " is not a design Linkwright can read." + keptNote(),
                    describe(e.problems(), name));
        } catch (RuntimeException e) {
            dialogs.showError("Cannot open " + name, "Linkwright could not read " + name + ": " + reason(e) + "." + keptNote(),
                    List.of());
        }
        status.set("Could not open " + name);
        return false;
    }

    /** Opens the built-in sample {@code name}; it is saved elsewhere with Save As. */
    public boolean openSample(String name) {
        if (!confirmDiscard()) {
            return false;
        }
        try {
            show(BuiltInSamples.load(name), null, name);
            status.set("Opened the sample " + name + " (Save As to keep a copy)");
            return true;
        } catch (DesignFormatException e) {
            dialogs.showError("Cannot open the sample " + name, "The built-in sample is damaged.", describe(e.problems(), name));
            return false;
        }
    }

    /** Saves to the current file, or asks where (Save As) when there is none. */
    public boolean save() {
        Path target = file.get();
        return target == null ? saveAs() : writeTo(target);
    }

    /** Asks where to save, then saves there. */
    public boolean saveAs() {
        String suggested = file.get() != null ? fileName(file.get())
                : documentName.get().endsWith(".json") ? documentName.get() : suggestedName();
        Optional<Path> chosen = dialogs.chooseFileToSave("Save design as", lastDirectory, suggested);
        if (chosen.isEmpty()) {
            return false;
        }
        Path target = chosen.get();
        if (!fileName(target).contains(".")) {
            target = target.resolveSibling(fileName(target) + ".json");
        }
        return writeTo(target);
    }

    private boolean writeTo(Path target) {
        String name = fileName(target);
        try {
            new DesignWriter().save(design.get(), target); // atomic; an overwritten file is kept as .bak
        } catch (IOException | RuntimeException e) {
            dialogs.showError("Cannot save " + name, "Linkwright could not write " + target + ": " + reason(e)
                    + ". Nothing was changed on disk; the design is still open.", List.of());
            status.set("Could not save " + name);
            return false;
        }
        file.set(target);
        documentName.set(name);
        recentFiles.add(target);
        rememberDirectory(target);
        unsavedDocument = false;
        commandStack.get().markSaved();
        stackChanged();
        status.set("Saved " + name);
        return true;
    }

    /**
     * When the design has unsaved changes, asks whether to save them: true when it is fine to go on
     * (saved, or the user does not want them), false to stay (cancelled, or the save failed).
     */
    public boolean confirmDiscard() {
        if (!isDirty()) {
            return true;
        }
        switch (dialogs.askToSaveChanges(displayName())) {
            case SAVE:
                return save();
            case DONT_SAVE:
                return true;
            default:
                return false;
        }
    }

    /** Called when the window is about to close: true when it may close. */
    public boolean requestClose() {
        return confirmDiscard();
    }

    // ---- Edit menu ------------------------------------------------------------------------------------

    /**
     * Executes {@code command} on the open design (one undo entry); an edit that fails leaves the
     * design as it was and says why in the status bar. Returns true when something changed.
     */
    public boolean execute(Command command) {
        try {
            boolean changed = commandStack.get().execute(command);
            if (changed) {
                status.set(command.description());
            }
            return changed;
        } catch (RuntimeException e) {
            status.set("Could not " + lowerFirst(command.description()) + ": " + reason(e));
            return false;
        }
    }

    public void undo() {
        CommandStack stack = commandStack.get();
        if (!stack.canUndo()) {
            return;
        }
        String what = stack.undoDescription().orElse("");
        try {
            stack.undo();
            status.set("Undid " + lowerFirst(what));
        } catch (RuntimeException e) {
            status.set("Could not undo " + lowerFirst(what) + ": " + reason(e));
        }
    }

    public void redo() {
        CommandStack stack = commandStack.get();
        if (!stack.canRedo()) {
            return;
        }
        String what = stack.redoDescription().orElse("");
        try {
            stack.redo();
            status.set("Redid " + lowerFirst(what));
        } catch (RuntimeException e) {
            status.set("Could not redo " + lowerFirst(what) + ": " + reason(e));
        }
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() || (s.length() > 1 && Character.isUpperCase(s.charAt(1))) ? s
                : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private void useStack(CommandStack stack) {
        CommandStack old = commandStack.get();
        if (old != null) {
            old.removeListener(stackListener);
        }
        stack.addListener(stackListener);
        commandStack.set(stack);
        stackChanged();
    }

    private void stackChanged() {
        CommandStack stack = commandStack.get();
        dirty.set(unsavedDocument || stack.isDirty());
        canUndo.set(stack.canUndo());
        canRedo.set(stack.canRedo());
        undoText.set(stack.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
        redoText.set(stack.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
        updateTitle();
    }

    private String displayName() {
        String title = design.get().title();
        return title.isEmpty() ? documentName.get() : "“" + title + "”";
    }

    /** Help ▸ About. */
    public void showAbout() {
        dialogs.showInformation("Linkwright " + version,
                "Design, check and explain AWS private networking.\n\n"
                        + "AWS Architecture Icons © Amazon Web Services, used as AWS permits for architecture "
                        + "diagrams (see assets/NOTICE).\nJava " + System.getProperty("java.version")
                        + ", JavaFX " + System.getProperty("javafx.runtime.version", "?"));
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private void show(Design d, Path path, String name) {
        unsavedDocument = false;
        file.set(path);
        documentName.set(name);
        useStack(new CommandStack(d));
        design.set(d);
        updateTitle();
    }

    private String keptNote() {
        return design.get().topology().size() == 0 ? "" : " The design you had open is unchanged.";
    }

    private void updateCounts() {
        int n = design.get().topology().size();
        elementCount.set(n);
        empty.set(n == 0);
    }

    private void updateTitle() {
        String title = design.get().title();
        windowTitle.set("Linkwright — " + (dirty.get() ? "*" : "") + (title.isEmpty() ? documentName.get() : title));
    }

    private String suggestedName() {
        String title = design.get().title().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "").toLowerCase();
        return (title.isEmpty() ? "design" : title) + ".json";
    }

    private void rememberDirectory(Path p) {
        Path parent = p.toAbsolutePath().getParent();
        if (parent != null) {
            lastDirectory = parent;
        }
    }

    private static String fileName(Path p) {
        Path n = p.getFileName();
        return n == null ? p.toString() : n.toString();
    }

    private static String reason(Throwable e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "the folder does not exist";
        }
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** Each problem as {@code file:line:column: at /path: what was expected}, with the bare file name. */
    static List<String> describe(List<FormatProblem> problems, String name) {
        List<String> lines = new ArrayList<>();
        for (FormatProblem p : problems) {
            lines.add(new FormatProblem(name, p.path(), p.line(), p.column(), p.message()).describe());
        }
        return lines;
    }
}
