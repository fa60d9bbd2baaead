package dev.linkwright.ui.main;

import dev.linkwright.edit.Arrange;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.ui.canvas.CanvasEditing;
import dev.linkwright.ui.awsimport.AwsImportView;
import dev.linkwright.ui.awsimport.AwsImportViewModel;
import dev.linkwright.ui.canvas.DiagramCanvas;
import dev.linkwright.ui.common.DialogService;
import dev.linkwright.ui.common.Workers;
import dev.linkwright.ui.export.ExportDialog;
import dev.linkwright.ui.export.ExportViewModel;
import dev.linkwright.ui.panel.PanelTabs;
import dev.linkwright.ui.simulation.Simulator;
import dev.linkwright.ui.panel.findings.FindingsView;
import dev.linkwright.ui.panel.findings.FindingsViewModel;
import dev.linkwright.ui.panel.findings.LiveValidation;
import dev.linkwright.validation.rules.StandardRules;
import java.time.Duration;
import javafx.application.Platform;
import dev.linkwright.ui.common.Theme;
import dev.linkwright.ui.editor.EditorViewModel;
import dev.linkwright.ui.editor.InspectorView;
import dev.linkwright.ui.editor.PaletteView;
import dev.linkwright.ui.editor.SearchField;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The main window's content: menu bar (with every action and its shortcut), toolbar, the palette,
 * the diagram canvas as an editor, the inspector, a dock for panels and a status bar, bound to a
 * {@link MainWindowViewModel} and an {@link EditorViewModel}. Holds no logic beyond wiring.
 *
 * <p>Other features plug in through {@link #canvas()} (overlay layer, selection, reveal),
 * {@link #editor()} (edits as commands), {@link #inspector()} (findings of the selected element)
 * and {@link #dock(String, Node)} (a panel under the canvas).
 */
public final class MainWindowView extends BorderPane {

    private final MainWindowViewModel model;
    private final DiagramCanvas canvas = new DiagramCanvas();
    private final EditorViewModel editor;
    private final PaletteView palette;
    private final InspectorView inspector;
    private final SearchField search;
    private final PanelTabs panels = new PanelTabs();
    private final SplitPane centre = new SplitPane();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private Runnable onQuit = () -> { };
    private final BooleanProperty studyMode = new SimpleBooleanProperty(this, "studyMode", false);
    private Supplier<? extends Node> studyFactory;
    private Node studyView;
    private Node designCenter;
    private Menu studyMenu;
    private double lastSceneX;
    private double lastSceneY;
    private final ToolBar toolBar;
    private final HBox statusBar;
    private Region statusSpring;
    private final MenuBar menuBar;
    private FindingsView findings;
    private Simulator simulator;
    private AwsImportView awsImport;
    private ExportDialog exportDialog;

    public MainWindowView(MainWindowViewModel model) {
        this.model = model;
        getStyleClass().add("main-window");
        getStylesheets().add(MainWindowView.class.getResource("main-window.css").toExternalForm());
        canvas.setId("diagram-canvas");
        editor = new EditorViewModel(model, model.dialogs(), canvas.getSelection(), canvas::getGeometry);
        canvas.setEditing(editor);
        palette = new PaletteView(editor, canvas);
        inspector = new InspectorView(editor);
        search = new SearchField(editor, canvas, model::setStatus);
        search.setPrefColumnCount(16);
        search.setMaxWidth(Region.USE_PREF_SIZE);
        editor.setOnRefused(reason -> canvas.flashMessage(reason, true, lastSceneX, lastSceneY));
        addEventFilter(MouseEvent.ANY, e -> {
            lastSceneX = e.getSceneX();
            lastSceneY = e.getSceneY();
        });

        canvas.setDesign(model.getDesign());
        inspector.watch(null, model.getDesign());
        model.designProperty().addListener((o, was, is) -> {
            canvas.setDesign(is);
            inspector.watch(was, is);
        });
        canvas.setPlaceholder(new EmptyStateView(model.samples(), model::sampleTitle, model::openSample, model::openWithDialog,
                model.recentFiles(), model::open));
        canvas.darkThemeProperty().bind(Bindings.createBooleanBinding(() -> theme.get().isDark(), theme));
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::canvasKey);
        canvas.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenu);

        SplitPane canvasAndPanels = new SplitPane(canvas, panels);
        canvasAndPanels.setId("main-split");
        canvasAndPanels.setOrientation(Orientation.VERTICAL);
        canvas.setMinSize(0, 0); // the divider may take the canvas down to nothing; its content scrolls
        panels.setMinHeight(0);
        canvasAndPanels.setDividerPositions(0.62); // the panels keep their share as the window grows from nothing
        centre.getItems().addAll(palette, canvasAndPanels, inspector);
        centre.setDividerPositions(0.15, 0.79);
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(inspector, false);
        centre.getStyleClass().add("main-split");

        toolBar = toolBar();
        statusBar = statusBar();
        menuBar = menuBar();
        setTop(new VBox(menuBar, toolBar));
        setCenter(centre);
        setBottom(statusBar);
        studyMode.addListener((o, was, is) -> showStudy(is));
        sceneProperty().addListener((o, was, is) -> {
            if (is != null) { // Ctrl+Y redoes too (Windows habit); the menu shows Ctrl+Shift+Z
                is.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), model::redo);
            }
        });
        installFindings();
        installSimulator();
        installImport(model.dialogs(), Workers.javafx(), AwsImportViewModel.standardImporter());
        installExport(model.dialogs(), Workers.javafx());
    }

    /** Adds File ▸ Import ▸ AWS snapshot folder… (after the samples), importing with {@code dialogs} on {@code workers}. */
    private void installImport(DialogService dialogs, Workers workers, AwsImportViewModel.Importer importer) {
        AwsImportViewModel vm = new AwsImportViewModel(model, dialogs, workers, importer);
        awsImport = new AwsImportView(vm, () -> getScene() == null ? null : getScene().getWindow(), panels);
        Menu importMenu = new Menu("_Import");
        importMenu.setId("menu-import");
        MenuItem snapshot = item("_AWS Snapshot Folder…", "menu-import-aws",
                new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), vm::importFolder);
        snapshot.disableProperty().bind(vm.runningProperty());
        importMenu.getItems().add(snapshot);
        insertInFileMenu(importMenu, "menu-samples");
    }

    /** Adds File ▸ Export… after the Import menu. */
    private void installExport(DialogService dialogs, Workers workers) {
        MenuItem export = item("_Export…", "menu-export", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                () -> openExport(dialogs, workers));
        export.disableProperty().bind(model.emptyProperty());
        insertInFileMenu(export, "menu-import");
    }

    /**
     * Opens the export dialog on a copy of the open design, with the canvas selection as the
     * possible scope and the findings as the possible badges.
     */
    private void openExport(DialogService dialogs, Workers workers) {
        java.util.Map<dev.linkwright.model.ElementId, dev.linkwright.io.export.BadgeSeverity> badges = new java.util.LinkedHashMap<>();
        findings.model().findingsByElementProperty().get().forEach((id, list) -> badges.put(id,
                list.stream().anyMatch(dev.linkwright.validation.Finding::isError)
                        ? dev.linkwright.io.export.BadgeSeverity.ERROR : dev.linkwright.io.export.BadgeSeverity.WARNING));
        ExportViewModel vm = new ExportViewModel(model.getDesign().copy(), canvas.getSelection().getSelectedIds(), badges,
                ExportViewModel.FlowPaths.reachability(findings.model().profileProperty().get()), dialogs, workers);
        exportDialog = new ExportDialog(vm, getScene() == null ? null : getScene().getWindow());
        exportDialog.show();
    }

    /** The export dialog opened last, or null. */
    public ExportDialog exportDialog() {
        return exportDialog;
    }

    /** The import, once {@link #installImport} ran. */
    public AwsImportView awsImport() {
        return awsImport;
    }

    /** Puts {@code item} into the File menu right after the item with id {@code afterId} (at the end when missing). */
    private void insertInFileMenu(MenuItem item, String afterId) {
        Menu file = menuBar.getMenus().stream().filter(m -> "menu-file".equals(m.getId())).findFirst().orElseThrow();
        int at = file.getItems().size();
        for (int i = 0; i < file.getItems().size(); i++) {
            if (afterId.equals(file.getItems().get(i).getId())) {
                at = i + 1;
            }
        }
        file.getItems().add(at, item);
    }


    /** The tab strip under the canvas (Findings, later Flows, Trace, reports). */
    public PanelTabs panels() {
        return panels;
    }

    /** The live traffic simulator: Flows, Trace and What-if tabs, packets on the canvas. */
    public Simulator simulator() {
        return simulator;
    }

    /** The simulator's tabs, its packets over the canvas and "flows 3/4 as intended" in the status bar. */
    private void installSimulator() {
        simulator = new Simulator(model.designProperty(), model.commandStackProperty(), canvas, panels);
        // broken flow intents are findings too (E_INTENT_VIOLATED), as validate reports them
        javafx.collections.ObservableList<dev.linkwright.validation.Finding> intents = simulator.model().intentFindings();
        intents.addListener((javafx.collections.ListChangeListener<dev.linkwright.validation.Finding>) c ->
                findings.model().setOtherFindings(intents));
        findings.model().setOtherFindings(intents);
        addToStatusBar(simulator.statusLabel());
    }

    /** The findings panel (live validation of the open design). */
    public FindingsView findings() {
        return findings;
    }

    /**
     * Live validation: the findings tab, the profile chooser in the toolbar, the counts in the status
     * bar and the badges on the canvas.
     */
    private void installFindings() {
        LiveValidation live = new LiveValidation(StandardRules.validator(), Platform::runLater, Duration.ofMillis(120));
        FindingsViewModel vm = new FindingsViewModel(model.designProperty(), model.commandStackProperty(), live);
        findings = new FindingsView(vm);
        getStylesheets().add(FindingsView.class.getResource("findings.css").toExternalForm());
        vm.setRevealHandler(ids -> {
            canvas.selectAndReveal(ids);
        });
        vm.findingsByElementProperty().addListener((o, was, is) -> canvas.setBadges(FindingsView.badges(is)));
        panels.add("findings", findings.tabGraphic(), findings, false);
        toolBar.getItems().addAll(new Separator(javafx.geometry.Orientation.VERTICAL), findings.profileChooser());
        addToStatusBar(findings.statusLabel(() -> panels.show("findings")));
    }

    public DiagramCanvas canvas() {
        return canvas;
    }

    /** The designer's actions on the open design. */
    public EditorViewModel editor() {
        return editor;
    }

    public InspectorView inspector() {
        return inspector;
    }

    public PaletteView palette() {
        return palette;
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
        showDesignTools(!study);
    }

    /** Shows or hides the toolbar's design tools (Study mode has its own controls; only the mode switch stays). */
    private void showDesignTools(boolean show) {
        for (Node item : toolBar.getItems()) {
            boolean keep = "mode-switch".equals(item.getId()) || (item.getClass() == Region.class);
            if (!keep) {
                item.setVisible(show);
                item.setManaged(show);
            }
        }
    }

    /** The theme chosen in View ▸ Theme; the app applies it. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** What File ▸ Quit does (the app closes the window, asking to save unsaved work first). */
    public void setOnQuit(Runnable onQuit) {
        this.onQuit = onQuit;
    }

    // ---- menus ------------------------------------------------------------------------------------

    private MenuBar menuBar() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), viewMenu(), designMenu(), studyMenu(), helpMenu());
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu fileMenu() {
        Menu file = new Menu("_File");
        file.setId("menu-file");
        MenuItem newItem = item("_New", "menu-new", shortcut(KeyCode.N), model::newDesign);
        MenuItem open = item("_Open…", "menu-open", shortcut(KeyCode.O), model::openWithDialog);
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
        MenuItem save = item("_Save", "menu-save", shortcut(KeyCode.S), model::save);
        MenuItem saveAs = item("Save _As…", "menu-save-as",
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), model::saveAs);
        MenuItem quit = item("_Quit", "menu-quit", shortcut(KeyCode.Q), () -> onQuit.run());
        file.getItems().addAll(newItem, open, recent, samples, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), quit);
        return file;
    }

    private Menu editMenu() {
        Menu edit = new Menu("_Edit");
        edit.setId("menu-edit");
        MenuItem undo = item("_Undo", "menu-undo", shortcut(KeyCode.Z), model::undo);
        undo.textProperty().bind(model.undoTextProperty());
        undo.disableProperty().bind(model.canUndoProperty().not());
        MenuItem redo = item("_Redo", "menu-redo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), model::redo);
        redo.textProperty().bind(model.redoTextProperty());
        redo.disableProperty().bind(model.canRedoProperty().not());
        MenuItem cut = item("Cu_t", "menu-cut", shortcut(KeyCode.X), editor::cut);
        MenuItem copy = item("_Copy", "menu-copy", shortcut(KeyCode.C), editor::copy);
        MenuItem paste = item("_Paste", "menu-paste", shortcut(KeyCode.V), editor::paste);
        MenuItem duplicate = item("_Duplicate", "menu-duplicate", shortcut(KeyCode.D), editor::duplicate);
        MenuItem delete = item("De_lete", "menu-delete", new KeyCodeCombination(KeyCode.DELETE), editor::delete);
        for (MenuItem m : new MenuItem[] {cut, copy, duplicate, delete}) {
            m.disableProperty().bind(editor.hasSelectionProperty().not());
        }
        paste.disableProperty().bind(editor.clipboardFullProperty().not());
        MenuItem selectAll = item("Select _All", "menu-select-all", shortcut(KeyCode.A), editor::selectAll);
        MenuItem find = item("_Find…", "menu-find", shortcut(KeyCode.F), () -> {
            search.requestFocus();
            search.selectAll();
        });
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(), cut, copy, paste, duplicate, delete, new SeparatorMenuItem(),
                selectAll, find);
        return edit;
    }

    private Menu viewMenu() {
        Menu view = new Menu("_View");
        view.setId("menu-view");
        MenuItem zoomIn = item("Zoom _In", "menu-zoom-in", shortcut(KeyCode.EQUALS), canvas::zoomIn);
        MenuItem zoomOut = item("Zoom _Out", "menu-zoom-out", shortcut(KeyCode.MINUS), canvas::zoomOut);
        MenuItem actual = item("_Actual Size (100 %)", "menu-zoom-100", shortcut(KeyCode.DIGIT0), canvas::actualSize);
        MenuItem fit = item("_Fit to Window", "menu-zoom-fit", shortcut(KeyCode.DIGIT9), canvas::fitToWindow);
        CheckMenuItem legend = new CheckMenuItem("Show _Legend");
        legend.setId("menu-legend");
        legend.selectedProperty().bindBidirectional(canvas.legendVisibleProperty());
        CheckMenuItem minimap = new CheckMenuItem("Show _Minimap");
        minimap.setId("menu-minimap");
        minimap.setAccelerator(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        minimap.selectedProperty().bindBidirectional(canvas.minimap().enabledProperty());
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
        view.getItems().addAll(zoomIn, zoomOut, actual, fit, new SeparatorMenuItem(), legend, minimap, themeMenu);
        return view;
    }

    private Menu designMenu() {
        Menu design = new Menu("_Design");
        design.setId("menu-design");
        ToggleGroup tools = new ToggleGroup();
        RadioMenuItem select = new RadioMenuItem("_Select Tool\t(V)");
        select.setId("menu-tool-select");
        RadioMenuItem connect = new RadioMenuItem("_Connect Tool\t(C)");
        connect.setId("menu-tool-connect");
        select.setToggleGroup(tools);
        connect.setToggleGroup(tools);
        select.setOnAction(e -> editor.toolProperty().set(CanvasEditing.Tool.SELECT));
        connect.setOnAction(e -> editor.toolProperty().set(CanvasEditing.Tool.CONNECT));
        Runnable syncTools = () -> (editor.tool() == CanvasEditing.Tool.CONNECT ? connect : select).setSelected(true);
        syncTools.run();
        editor.toolProperty().addListener((o, was, is) -> syncTools.run());

        Menu align = new Menu("_Align");
        align.setId("menu-align");
        for (Arrange.Alignment a : Arrange.Alignment.values()) {
            MenuItem m = item(a.label().replace("Align ", "").substring(0, 1).toUpperCase()
                    + a.label().replace("Align ", "").substring(1), "menu-align-" + a.name().toLowerCase(), null, () -> editor.align(a));
            align.getItems().add(m);
        }
        align.disableProperty().bind(editor.selectedAtLeast(2).not());
        Menu distribute = new Menu("D_istribute");
        distribute.setId("menu-distribute");
        distribute.getItems().addAll(
                item("_Horizontally", "menu-distribute-h", null, () -> editor.distribute(Arrange.Axis.HORIZONTAL)),
                item("_Vertically", "menu-distribute-v", null, () -> editor.distribute(Arrange.Axis.VERTICAL)));
        distribute.disableProperty().bind(editor.selectedAtLeast(3).not());
        MenuItem auto = item("Auto _Layout Contents", "menu-auto-layout",
                new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), editor::autoLayout);
        auto.disableProperty().bind(editor.hasSelectionProperty().not());
        MenuItem revealSelection = item("_Reveal Selection", "menu-reveal", new KeyCodeCombination(KeyCode.R,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> {
                    if (editor.selection().getPrimary() != null) {
                        canvas.reveal(editor.selection().getPrimary());
                    }
                });
        design.getItems().addAll(select, connect, new SeparatorMenuItem(), align, distribute, auto, new SeparatorMenuItem(),
                revealSelection);
        return design;
    }

    private Menu studyMenu() {
        Menu study = new Menu("_Study");
        study.setId("menu-study");
        CheckMenuItem studyItem = new CheckMenuItem("_Study Mode");
        studyItem.setId("menu-study-mode");
        studyItem.setAccelerator(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        studyItem.selectedProperty().bindBidirectional(studyMode);
        study.getItems().add(studyItem);
        studyMenu = study;
        return study;
    }

    private Menu helpMenu() {
        Menu help = new Menu("_Help");
        help.setId("menu-help");
        help.getItems().addAll(
                item("_Keyboard Shortcuts", "menu-shortcuts", new KeyCodeCombination(KeyCode.F1), this::showShortcuts),
                item("_About Linkwright", "menu-about", null, model::showAbout));
        return help;
    }

    private void showShortcuts() {
        model.dialogs().showInformation("Keyboard shortcuts", String.join("\n",
                "Ctrl+N / Ctrl+O / Ctrl+S / Ctrl+Shift+S    New, Open, Save, Save As",
                "Ctrl+Z / Ctrl+Shift+Z or Ctrl+Y             Undo, Redo",
                "Ctrl+X / Ctrl+C / Ctrl+V / Ctrl+D           Cut, Copy, Paste, Duplicate",
                "Delete or Backspace                         Delete the selection",
                "Ctrl+A                                      Select all",
                "Ctrl+F                                      Find by name, id, CIDR or IP",
                "V / C                                       Select tool, Connect tool",
                "Arrow keys (Shift: 10×)                     Nudge the selection",
                "Esc                                         Cancel a drag, clear the selection",
                "Ctrl+Shift+L                                Auto layout the selected container",
                "Ctrl+= / Ctrl+- / Ctrl+0 / Ctrl+9           Zoom in, out, 100 %, fit",
                "Ctrl+wheel, pinch                           Zoom around the pointer",
                "Space+drag, middle button, wheel            Pan",
                "Ctrl+Shift+M                                Minimap on or off",
                "Shift+click, drag on the background         Add to the selection, marquee select"));
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

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
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

    // ---- keys and context menu on the canvas --------------------------------------------------------

    private void canvasKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        double step = e.isShiftDown() ? 10 : 1;
        switch (e.getCode()) {
            case LEFT: editor.nudge(-step, 0); break;
            case RIGHT: editor.nudge(step, 0); break;
            case UP: editor.nudge(0, -step); break;
            case DOWN: editor.nudge(0, step); break;
            case BACK_SPACE: editor.delete(); break;
            case V: editor.toolProperty().set(CanvasEditing.Tool.SELECT); break;
            case C: editor.toolProperty().set(CanvasEditing.Tool.CONNECT); break;
            default: return;
        }
        e.consume();
    }

    private void contextMenu(ContextMenuEvent e) {
        ElementId id = canvas.elementAt(e.getSceneX(), e.getSceneY()).orElse(null);
        if (id != null && !editor.selection().isSelected(id)) {
            editor.selection().select(id);
        }
        ContextMenu menu = new ContextMenu();
        menu.getStyleClass().add("canvas-context-menu");
        if (id != null) {
            menu.getItems().addAll(item("Cut", null, null, editor::cut), item("Copy", null, null, editor::copy),
                    item("Paste Into", null, null, editor::paste), item("Duplicate", null, null, editor::duplicate),
                    item("Delete", null, null, editor::delete), new SeparatorMenuItem(),
                    item("Connect From Here", null, null, () -> editor.toolProperty().set(CanvasEditing.Tool.CONNECT)),
                    item("Auto Layout Contents", null, null, editor::autoLayout));
            MenuItem copyId = item("Copy Id “" + id + "”", null, null, () -> {
                javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
                c.putString(id.value());
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
                model.setStatus("Copied the id " + id);
            });
            menu.getItems().addAll(new SeparatorMenuItem(), copyId);
            java.util.List<MenuItem> more = canvas.elementMenuItems(id);
            if (!more.isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
                menu.getItems().addAll(more);
            }
        } else {
            menu.getItems().addAll(item("Paste", null, null, editor::paste), item("Select All", null, null, editor::selectAll));
        }
        menu.setId("element-menu");
        // a little off the pointer, so that releasing the button does not pick the item under it
        menu.show(canvas, e.getScreenX() + 2, e.getScreenY() + 2);
        e.consume();
    }

    // ---- toolbar and status bar ----------------------------------------------------------------------

    private ToolBar toolBar() {
        Button open = toolButton(new FontIcon(Material2AL.FOLDER_OPEN), "Open… (Ctrl+O)", "tool-open", model::openWithDialog);
        Button save = toolButton(new FontIcon(Material2MZ.SAVE), "Save (Ctrl+S)", "tool-save", model::save);
        Button undo = toolButton(new FontIcon(Material2MZ.UNDO), "Undo (Ctrl+Z)", "tool-undo", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(model.undoTextProperty().get() + " (Ctrl+Z)"),
                model.undoTextProperty()));
        Button redo = toolButton(new FontIcon(Material2MZ.REDO), "Redo (Ctrl+Shift+Z)", "tool-redo", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        ToggleGroup tools = new ToggleGroup();
        ToggleButton select = toolToggle(new FontIcon(Material2MZ.NEAR_ME), "Select and move (V)", "tool-select", tools);
        ToggleButton connect = toolToggle(new FontIcon(Material2AL.LINEAR_SCALE), "Connect: drag from one element to another (C)",
                "tool-connect", tools);
        Runnable sync = () -> (editor.tool() == CanvasEditing.Tool.CONNECT ? connect : select).setSelected(true);
        sync.run();
        editor.toolProperty().addListener((o, was, is) -> sync.run());
        select.setOnAction(e -> editor.toolProperty().set(CanvasEditing.Tool.SELECT));
        connect.setOnAction(e -> editor.toolProperty().set(CanvasEditing.Tool.CONNECT));
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
        return new ToolBar(open, save, new Separator(Orientation.VERTICAL), undo, redo, new Separator(Orientation.VERTICAL),
                select, connect, new Separator(Orientation.VERTICAL), zoomOut, zoomLabel, zoomIn, actual, fit, spring, search,
                new Separator(Orientation.VERTICAL), modeSwitch());
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
        HBox box = new HBox(design, studyButton);
        box.setId("mode-switch");
        return box;
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

    private static ToggleButton toolToggle(FontIcon icon, String tip, String id, ToggleGroup group) {
        ToggleButton b = new ToggleButton(null, icon);
        b.setId(id);
        b.setToggleGroup(group);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.getStyleClass().add("flat");
        return b;
    }

    private HBox statusBar() {
        Label document = new Label();
        document.setId("status-document");
        document.textProperty().bind(Bindings.createStringBinding(() -> model.getFile() != null
                        ? model.getFile().toString() : model.documentNameProperty().get(),
                model.fileProperty(), model.documentNameProperty()));
        Label saved = new Label();
        saved.setId("status-saved");
        saved.textProperty().bind(Bindings.when(model.dirtyProperty()).then("● Unsaved changes").otherwise("Saved"));
        saved.styleProperty().bind(Bindings.when(model.dirtyProperty()).then("-fx-text-fill: -color-warning-fg;").otherwise(""));
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
        message.setMinWidth(0);
        statusSpring = new Region();
        HBox.setHgrow(statusSpring, Priority.ALWAYS);
        HBox bar = new HBox(14, document, saved, new Separator(Orientation.VERTICAL), count, statusSpring, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** Adds a feature's status (findings counts, flows) after the ones already there, before the message. */
    private void addToStatusBar(Node status) {
        int at = statusBar.getChildren().indexOf(statusSpring);
        statusBar.getChildren().addAll(at, List.of(new Separator(Orientation.VERTICAL), status));
    }

    /** The design shown (for tests). */
    Design design() {
        return model.getDesign();
    }
}
