package dev.linkwright.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.control.ButtonBar;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX file choosers and alerts, owned by the main window. */
public final class FxDialogService implements DialogService {

    private static final FileChooser.ExtensionFilter DESIGNS =
            new FileChooser.ExtensionFilter("Linkwright designs (*.json)", "*.json");
    private static final FileChooser.ExtensionFilter ALL = new FileChooser.ExtensionFilter("All files", "*.*");

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, Path initialDirectory) {
        FileChooser chooser = chooser(title, initialDirectory);
        File f = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, Path initialDirectory, String suggestedName) {
        FileChooser chooser = chooser(title, initialDirectory);
        chooser.setInitialFileName(suggestedName);
        File f = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    private static FileChooser chooser(String title, Path initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(DESIGNS, ALL);
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        return chooser;
    }

    @Override
    public void showError(String headline, String message, List<String> details) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle("Linkwright");
        alert.setHeaderText(headline);
        Label text = new Label(message);
        text.setWrapText(true);
        VBox body = new VBox(10, text);
        if (!details.isEmpty()) {
            TextArea problems = new TextArea(String.join("\n", details));
            problems.setEditable(false);
            problems.setWrapText(true);
            problems.setPrefRowCount(Math.min(10, Math.max(3, details.size() + 1)));
            problems.getStyleClass().add("problem-list");
            VBox.setVgrow(problems, Priority.ALWAYS);
            body.getChildren().add(problems);
        }
        body.setPrefWidth(620);
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().getStyleClass().add("error-dialog");
        alert.setResizable(true);
        alert.showAndWait();
    }

    @Override
    public SaveChoice askToSaveChanges(String documentName) {
        ButtonType save = new ButtonType("Save", javafx.scene.control.ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType("Don't Save", javafx.scene.control.ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", save, dontSave, cancel);
        alert.initOwner(owner.get());
        alert.setTitle("Linkwright");
        alert.setHeaderText("Save the changes to " + documentName + "?");
        alert.setContentText("Your changes will be lost if you don't save them.");
        alert.getDialogPane().getStyleClass().add("save-changes-dialog");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? SaveChoice.SAVE : answer == dontSave ? SaveChoice.DONT_SAVE : SaveChoice.CANCEL;
    }

    @Override
    public boolean confirm(String headline, String message, String action) {
        ButtonType go = new ButtonType(action, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType("Cancel", javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", go, cancel);
        alert.initOwner(owner.get());
        alert.setTitle("Linkwright");
        alert.setHeaderText(headline);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setPrefWidth(520);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().getStyleClass().add("confirm-dialog");
        return alert.showAndWait().orElse(cancel) == go;
    }

    @Override
    public void showInformation(String headline, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle("Linkwright");
        alert.setHeaderText(headline);
        alert.showAndWait();
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initialDirectory) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, Path initialDirectory, String suggestedName, FileType type) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(type.description() + " (*" + type.extension() + ")",
                "*" + type.extension()), ALL);
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        chooser.setInitialFileName(suggestedName);
        File f = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath).map(type::withExtension);
    }
}
