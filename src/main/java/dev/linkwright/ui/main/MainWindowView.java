package dev.linkwright.ui.main;

import dev.linkwright.ui.canvas.DiagramCanvas;
import dev.linkwright.ui.common.Theme;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The main window's content: menu bar, toolbar, the diagram canvas and a status bar, bound to a
 * {@link MainWindowViewModel}. Holds no logic beyond wiring controls to the view model and canvas.
 */
public final class MainWindowView extends BorderPane {

    private final MainWindowViewModel model;
    private final DiagramCanvas canvas = new DiagramCanvas();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private Runnable onQuit = () -> { };
    private final BooleanProperty studyMode = new SimpleBooleanProperty(this, "studyMode", false);
    private Supplier<? extends Node> studyFactory;
    private Node studyView;
    private Node designCenter;
    private Menu studyMenu;

    public MainWindowView(MainWindowViewModel model) {
        this.model = model;
        getStyleClass().add("main-window");
        getStylesheets().add(MainWindowView.class.getResource("main-window.css").toExternalForm());
        canvas.setId("diagram-canvas");
        canvas.setDesign(model.getDesign());
        model.designProperty().addListener((o, was, is) -> canvas.setDesign(is));
        canvas.setPlaceholder(new EmptyStateView(model.samples(), model::sampleTitle, model::openSample, model::openWithDialog));
        canvas.darkThemeProperty().bind(Bindings.createBooleanBinding(() -> theme.get().isDark(), theme));
        setTop(new VBox(menuBar(), toolBar()));
        setCenter(canvas);
        setBottom(statusBar());
        studyMode.addListener((o, was, is) -> showStudy(is));
    }

    public DiagramCanvas canvas() {
        return canvas;
    }

    /** The theme chosen in View ▸ Theme; the app applies it. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** True while Study mode is shown instead of the design (Study ▸ Study Mode, or the mode switch). */
    public BooleanProperty studyModeProperty() {
        return studyMode;
    }

    /** Makes the Study mode view, on first use (the app passes the built-in packs and the user's progress). */
    public void setStudyFactory(Supplier<? extends Node> factory) {
        this.studyFactory = factory;
    }

    /** Adds items (authoring from the open design) to the Study menu, after a separator. */
    public void addStudyMenuItems(java.util.List<? extends MenuItem> items) {
        studyMenu.getItems().add(new SeparatorMenuItem());
        studyMenu.getItems().addAll(items);
    }

    /** The Study mode view once it was opened, else null. */
    public Node studyView() {
        return studyView;
    }

    private void showStudy(boolean study) {
        if (study) {
            if (studyView == null && studyFactory != null) {
                studyView = studyFactory.get();
            }
            if (studyView == null) {
                studyMode.set(false);
                return;
            }
            designCenter = getCenter();
            setCenter(studyView);
        } else if (designCenter != null) {
            setCenter(designCenter);
        }
    }

    /** What File ▸ Quit does (the app closes the window). */
    public void setOnQuit(Runnable onQuit) {
        this.onQuit = onQuit;
    }

    // ---- menus ------------------------------------------------------------------------------------

    private MenuBar menuBar() {
        Menu file = new Menu("_File");
        file.setId("menu-file");
        MenuItem newItem = item("_New", "menu-new", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                model::newDesign);
        MenuItem open = item("_Open…", "menu-open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                model::openWithDialog);
        Menu recent = new Menu("Open _Recent");
        recent.setId("menu-recent");
        rebuildRecent(recent);
        model.recentFiles().addListener((ListChangeListener<Path>) c -> rebuildRecent(recent));
        Menu samples = new Menu("Open _Sample");
        samples.setId("menu-samples");
        for (String name : model.samples()) {
            MenuItem sample = item(model.sampleTitle(name), null, null, () -> model.openSample(name));
            sample.setMnemonicParsing(false);
            samples.getItems().add(sample);
        }
        MenuItem save = item("_Save", "menu-save", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                model::save);
        MenuItem saveAs = item("Save _As…", "menu-save-as",
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), model::saveAs);
        MenuItem quit = item("_Quit", "menu-quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                () -> onQuit.run());
        file.getItems().addAll(newItem, open, recent, samples, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), quit);

        Menu view = new Menu("_View");
        view.setId("menu-view");
        MenuItem zoomIn = item("Zoom _In", "menu-zoom-in", new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
                canvas::zoomIn);
        MenuItem zoomOut = item("Zoom _Out", "menu-zoom-out", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
                canvas::zoomOut);
        MenuItem actual = item("_Actual Size (100 %)", "menu-zoom-100",
                new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), canvas::actualSize);
        MenuItem fit = item("_Fit to Window", "menu-zoom-fit",
                new KeyCodeCombination(KeyCode.DIGIT9, KeyCombination.SHORTCUT_DOWN), canvas::fitToWindow);
        CheckMenuItem legend = new CheckMenuItem("Show _Legend");
        legend.setId("menu-legend");
        legend.selectedProperty().bindBidirectional(canvas.legendVisibleProperty());
        Menu themeMenu = new Menu("_Theme");
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("_Light");
        light.setId("menu-theme-light");
        RadioMenuItem dark = new RadioMenuItem("_Dark");
        dark.setId("menu-theme-dark");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        light.setSelected(theme.get() == Theme.LIGHT);
        dark.setSelected(theme.get() == Theme.DARK);
        theme.addListener((o, was, is) -> (is == Theme.DARK ? dark : light).setSelected(true));
        light.setOnAction(e -> theme.set(Theme.LIGHT));
        dark.setOnAction(e -> theme.set(Theme.DARK));
        themeMenu.getItems().addAll(light, dark);
        view.getItems().addAll(zoomIn, zoomOut, actual, fit, new SeparatorMenuItem(), legend, themeMenu);

        Menu study = new Menu("_Study");
        study.setId("menu-study");
        CheckMenuItem studyItem = new CheckMenuItem("_Study Mode");
        studyItem.setId("menu-study-mode");
        studyItem.setAccelerator(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        studyItem.selectedProperty().bindBidirectional(studyMode);
        study.getItems().add(studyItem);
        studyMenu = study;

        Menu help = new Menu("_Help");
        help.setId("menu-help");
        help.getItems().add(item("_About Linkwright", "menu-about", null, model::showAbout));

        MenuBar bar = new MenuBar(file, view, study, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private void rebuildRecent(Menu recent) {
        recent.getItems().clear();
        for (Path p : model.recentFiles()) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + (p.getParent() == null ? "" : p.getParent()));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> model.open(p));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private static MenuItem item(String text, String id, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (id != null) {
            item.setId(id);
        }
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    // ---- toolbar and status bar ----------------------------------------------------------------------

    private ToolBar toolBar() {
        Button open = toolButton(new FontIcon(Material2AL.FOLDER_OPEN), "Open… (Ctrl+O)", "tool-open", model::openWithDialog);
        Button save = toolButton(new FontIcon(Material2MZ.SAVE), "Save (Ctrl+S)", "tool-save", model::save);
        Button zoomOut = toolButton(new FontIcon(Material2MZ.ZOOM_OUT), "Zoom out (Ctrl+−)", "tool-zoom-out", canvas::zoomOut);
        Label zoomLabel = new Label();
        zoomLabel.setId("zoom-label");
        zoomLabel.setMinWidth(48);
        zoomLabel.setAlignment(Pos.CENTER);
        zoomLabel.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(canvas.getZoom() * 100) + " %", canvas.zoomProperty()));
        Button zoomIn = toolButton(new FontIcon(Material2MZ.ZOOM_IN), "Zoom in (Ctrl+=)", "tool-zoom-in", canvas::zoomIn);
        Button actual = toolButton(null, "Actual size, 100 % (Ctrl+0)", "tool-zoom-100", canvas::actualSize);
        actual.setText("1:1");
        Button fit = toolButton(new FontIcon(Material2MZ.ZOOM_OUT_MAP), "Fit to window (Ctrl+9)", "tool-zoom-fit",
                canvas::fitToWindow);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        return new ToolBar(open, save, new Separator(javafx.geometry.Orientation.VERTICAL), zoomOut, zoomLabel, zoomIn, actual, fit,
                spring, modeSwitch());
    }

    /** [Design | Study]: which workspace the window shows. */
    private HBox modeSwitch() {
        ToggleGroup modes = new ToggleGroup();
        ToggleButton design = new ToggleButton("Design");
        design.setId("tool-mode-design");
        ToggleButton studyButton = new ToggleButton("Study");
        studyButton.setId("tool-mode-study");
        studyButton.setTooltip(new Tooltip("Exam-study exercises (Ctrl+Shift+Y)"));
        design.setToggleGroup(modes);
        studyButton.setToggleGroup(modes);
        design.setSelected(true);
        design.getStyleClass().add("left-pill");
        studyButton.getStyleClass().add("right-pill");
        design.setOnAction(e -> studyMode.set(false));
        studyButton.setOnAction(e -> studyMode.set(true));
        studyMode.addListener((o, was, is) -> (is ? studyButton : design).setSelected(true));
        design.setFocusTraversable(false);
        studyButton.setFocusTraversable(false);
        return new HBox(design, studyButton);
    }

    private static Button toolButton(FontIcon icon, String tip, String id, Runnable action) {
        Button b = new Button();
        if (icon != null) {
            b.setGraphic(icon);
        }
        b.setId(id);
        b.getStyleClass().add("flat");
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private HBox statusBar() {
        Label document = new Label();
        document.setId("status-document");
        document.textProperty().bind(Bindings.createStringBinding(() -> model.getFile() != null
                        ? model.getFile().toString() : model.documentNameProperty().get(),
                model.fileProperty(), model.documentNameProperty()));
        Label count = new Label();
        count.setId("status-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = model.elementCountProperty().get();
            return n == 1 ? "1 element" : n + " elements";
        }, model.elementCountProperty()));
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(model.statusProperty());
        message.getStyleClass().add("text-muted");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(16, document, new Separator(javafx.geometry.Orientation.VERTICAL), count, spring, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
