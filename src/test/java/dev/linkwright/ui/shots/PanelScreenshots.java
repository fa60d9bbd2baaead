package dev.linkwright.ui.shots;

import dev.linkwright.app.LinkwrightApp;
import dev.linkwright.ui.common.FileType;
import dev.linkwright.ui.common.FxDialogService;
import dev.linkwright.ui.common.DialogService;
import dev.linkwright.ui.common.RecentFiles;
import dev.linkwright.ui.common.Theme;
import dev.linkwright.ui.main.MainWindowViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Sets the real app up in one of the states the docs show, for a screenshot under Xvfb (not a
 * test). The file and folder choosers answer from the arguments, because GTK choosers cannot be
 * driven without a window manager; everything else is the app as users run it.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$CP dev.linkwright.ui.shots.PanelScreenshots findings design.json
 * java ... PanelScreenshots import ../shared/aws-snapshots/batfish/test-transit-gateway
 * java ... PanelScreenshots export design.json
 * </pre>
 */
public final class PanelScreenshots extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        String what = args.get(0);
        Path path = Path.of(args.get(1));
        Theme.LIGHT.apply();
        FxDialogService real = new FxDialogService(() -> stage);
        DialogService dialogs = new DialogService() {
            @Override
            public Optional<Path> chooseFileToOpen(String title, Path initialDirectory) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseFileToSave(String title, Path initialDirectory, String suggestedName) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseFileToSave(String title, Path initialDirectory, String suggestedName, FileType type) {
                return Optional.of(Path.of(System.getProperty("java.io.tmpdir"), "panels-shot-" + suggestedName));
            }

            @Override
            public Optional<Path> chooseFolder(String title, Path initialDirectory) {
                return Optional.of(path);
            }

            @Override
            public boolean confirm(String headline, String message, String confirmLabel) {
                return real.confirm(headline, message, confirmLabel);
            }

            @Override
            public void showError(String headline, String message, List<String> details) {
                real.showError(headline, message, details);
            }

            @Override
            public void showInformation(String headline, String message) {
                real.showInformation(headline, message);
            }
        };
        MainWindowViewModel model = new MainWindowViewModel(dialogs, new RecentFiles(RecentFiles.inMemory()), "screenshot");
        LinkwrightApp.MainWindow window = LinkwrightApp.open(stage, model);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1600);
        stage.setHeight(1000);
        stage.show();
        switch (what) {
            case "findings" -> {
                model.open(path);
                // once checked, look at a finding that has a quick fix, as a user would after a click
                var findings = window.view().findings().model();
                findings.validatedProperty().addListener((o, was, is) -> {
                    if (is) {
                        findings.allFindings().stream().filter(f -> f.quickFix() != null).findFirst().ifPresent(findings::reveal);
                    }
                });
            }
            case "import" -> {
                model.openSample("privatelink-basic.json");
                Platform.runLater(() -> window.view().awsImport().model().importFolder());
            }
            case "export" -> {
                model.open(path);
                // after the first validation, so that the badges are offered
                window.view().findings().model().validatedProperty().addListener((o, was, is) -> {
                    if (is && window.view().exportDialog() == null) {
                        fire(window, "menu-export");
                        var vm = window.view().exportDialog().model();
                        vm.badgesProperty().set(args.contains("badges"));
                        if (args.contains("cfn")) {
                            window.view().exportDialog().stage().getScene().lookup("#export-format-cfn-yaml")
                                    .fireEvent(new javafx.event.ActionEvent());
                            ((javafx.scene.control.RadioButton) window.view().exportDialog().stage().getScene()
                                    .lookup("#export-format-cfn-yaml")).setSelected(true);
                            vm.export();
                        }
                    }
                });
            }
            default -> throw new IllegalArgumentException(what);
        }
    }

    private static void fire(LinkwrightApp.MainWindow window, String id) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) window.view().lookup(".menu-bar");
        for (javafx.scene.control.Menu m : bar.getMenus()) {
            for (javafx.scene.control.MenuItem i : m.getItems()) {
                if (id.equals(i.getId())) {
                    i.fire();
                }
            }
        }
    }
}
