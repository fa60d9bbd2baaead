package dev.linkwright.ui.awsimport;

import dev.linkwright.io.DesignFormatException;
import dev.linkwright.io.FormatProblem;
import dev.linkwright.io.aws.AwsSnapshotImporter;
import dev.linkwright.io.aws.ImportProgress;
import dev.linkwright.io.aws.ImportReport;
import dev.linkwright.io.aws.ImportedSnapshot;
import dev.linkwright.ui.common.DialogService;
import dev.linkwright.ui.common.DocumentHost;
import dev.linkwright.ui.common.Workers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * File ▸ Import ▸ AWS snapshot folder, without the window: asks for a folder, confirms before
 * replacing unsaved work, imports on a background thread with progress and cancellation, then
 * opens the result as a new unsaved design (laid out automatically) and keeps the import report.
 * A folder that cannot be imported is reported with file and place; the open design stays.
 *
 * <pre>{@code
 * AwsImportViewModel vm = new AwsImportViewModel(mainViewModel, dialogs, Workers.javafx(), AwsImportViewModel.standardImporter());
 * vm.importFolder();   // File ▸ Import ▸ AWS snapshot folder…
 * }</pre>
 */
public final class AwsImportViewModel {

    /** Imports a folder; {@link AwsSnapshotImporter#importFolder(Path, ImportProgress, BooleanSupplier)} in the app. */
    @FunctionalInterface
    public interface Importer {
        ImportedSnapshot importFolder(Path folder, ImportProgress progress, BooleanSupplier cancelled) throws DesignFormatException;
    }

    /** How an import ended. */
    public enum Outcome { NONE, IMPORTED, CANCELLED, FAILED }

    private final DocumentHost host;
    private final DialogService dialogs;
    private final Workers workers;
    private final Importer importer;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<ImportReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome", Outcome.NONE);
    private final ReadOnlyStringWrapper folderName = new ReadOnlyStringWrapper(this, "folderName", "");
    private AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicLong progressStamp = new AtomicLong();
    private Path lastFolder;

    public AwsImportViewModel(DocumentHost host, DialogService dialogs, Workers workers, Importer importer) {
        this.host = host;
        this.dialogs = dialogs;
        this.workers = workers;
        this.importer = importer;
    }

    /** The importer of {@code dev.linkwright.io.aws}. */
    public static Importer standardImporter() {
        AwsSnapshotImporter importer = new AwsSnapshotImporter();
        return importer::importFolder;
    }

    // ---- state -------------------------------------------------------------------------------------

    /** True while an import runs. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1; negative while the amount of work is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the import is doing ("Reading us-east-1/Subnets.json"). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The report of the last successful import; null before one. */
    public ReadOnlyObjectProperty<ImportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** How the last import ended. */
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The name of the folder being (or last) imported. */
    public ReadOnlyStringProperty folderNameProperty() {
        return folderName.getReadOnlyProperty();
    }

    // ---- actions -----------------------------------------------------------------------------------

    /** Asks for a folder, confirms replacing unsaved work, and starts importing; false when nothing started. */
    public boolean importFolder() {
        if (running.get()) {
            return false;
        }
        Optional<Path> chosen = dialogs.chooseFolder("Import AWS snapshot folder", lastFolder == null ? null : lastFolder.getParent());
        return chosen.isPresent() && importFolder(chosen.get());
    }

    /** Imports {@code folder} (after confirming when the open design has unsaved changes); false when nothing started. */
    public boolean importFolder(Path folder) {
        if (running.get()) {
            return false;
        }
        String name = name(folder);
        if (!Files.isDirectory(folder)) {
            dialogs.showError("Cannot import " + name, folder + " is not a folder. Choose the folder that holds the AWS JSON files "
                    + "(or its aws_configs folder).", List.of());
            return false;
        }
        if (host.hasUnsavedChanges() && !dialogs.confirm("Replace the open design?",
                "The open design has changes that are not saved. The snapshot opens as a new design in its place, "
                        + "and those changes are lost unless you save them first.", "Import anyway")) {
            return false;
        }
        lastFolder = folder;
        folderName.set(name);
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        running.set(true);
        progress.set(-1);
        message.set("Looking for AWS files in " + name + "…");
        workers.background().execute(() -> run(folder, name, stop));
        return true;
    }

    /** Asks the running import to stop; it ends as {@link Outcome#CANCELLED} and the open design stays. */
    public void cancel() {
        if (running.get()) {
            cancelled.set(true);
            message.set("Cancelling…");
        }
    }

    // ---- background --------------------------------------------------------------------------------

    private void run(Path folder, String name, AtomicBoolean stop) {
        try {
            ImportedSnapshot result = importer.importFolder(folder, (done, total, what) -> reportProgress(done, total, what, stop),
                    stop::get);
            if (stop.get()) {
                throw new CancellationException();
            }
            workers.ui().execute(() -> imported(result, name));
        } catch (CancellationException e) {
            workers.ui().execute(() -> ended(Outcome.CANCELLED));
        } catch (DesignFormatException e) {
            List<String> problems = describe(e.problems(), folder);
            workers.ui().execute(() -> failed("Cannot import " + name,
                    name + " is not an AWS snapshot Linkwright can read: " + (problems.size() == 1 ? "the problem is" : "the problems are")
                            + " below." + keptNote(), problems));
        } catch (RuntimeException | Error e) {
            String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
            workers.ui().execute(() -> failed("Cannot import " + name, "Linkwright could not import " + name + ": " + why + "."
                    + keptNote(), List.of()));
        }
    }

    /** Progress from the importing thread: handed to the UI thread at most every 40 ms, and always the last step. */
    private void reportProgress(int done, int total, String what, AtomicBoolean stop) {
        long now = System.nanoTime();
        long last = progressStamp.get();
        if (done < total && now - last < 40_000_000L) {
            return;
        }
        progressStamp.set(now);
        workers.ui().execute(() -> {
            if (running.get() && !stop.get()) {
                progress.set(total <= 0 ? -1 : (double) done / total);
                message.set(capitalised(what));
            }
        });
    }

    private void imported(ImportedSnapshot result, String name) {
        ImportReport r = result.report();
        int elements = result.design().topology().size();
        host.openUnsaved(result.design(), name, "Imported " + elements + " elements from the AWS snapshot " + name
                + " (not saved yet)");
        report.set(r);
        ended(Outcome.IMPORTED);
    }

    private void failed(String headline, String text, List<String> details) {
        ended(Outcome.FAILED);
        dialogs.showError(headline, text, details);
    }

    private void ended(Outcome how) {
        running.set(false);
        progress.set(how == Outcome.IMPORTED ? 1 : 0);
        message.set(switch (how) {
            case IMPORTED -> "Imported " + folderName.get();
            case CANCELLED -> "Import cancelled; the open design is unchanged";
            case FAILED -> "Could not import " + folderName.get();
            case NONE -> "";
        });
        outcome.set(how);
    }

    private String keptNote() {
        return host.getDesign() == null || host.getDesign().topology().size() == 0 ? "" : " The design you had open is unchanged.";
    }

    /** Each problem as {@code file:line:column: at /path: what}, with the file relative to the folder imported. */
    static List<String> describe(List<FormatProblem> problems, Path folder) {
        List<String> lines = new ArrayList<>();
        for (FormatProblem p : problems) {
            lines.add(new FormatProblem(relative(p.file(), folder), p.path(), p.line(), p.column(), p.message()).describe());
        }
        return lines;
    }

    private static String relative(String file, Path folder) {
        if (file == null || file.isEmpty()) {
            return name(folder);
        }
        try {
            Path p = Path.of(file);
            Path base = folder.toAbsolutePath().normalize();
            Path abs = p.toAbsolutePath().normalize();
            return abs.startsWith(base) && !abs.equals(base) ? base.relativize(abs).toString() : file;
        } catch (RuntimeException e) {
            return file;
        }
    }

    private static String name(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        if (abs.getFileName() != null && abs.getFileName().toString().equals("aws_configs") && abs.getParent() != null) {
            abs = abs.getParent();
        }
        return abs.getFileName() == null ? folder.toString() : abs.getFileName().toString();
    }

    private static String capitalised(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
