package dev.linkwright.ui.panel.findings;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.ui.canvas.ElementBadge;
import dev.linkwright.validation.Finding;
import dev.linkwright.validation.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The findings panel: a filter bar (text, errors, warnings), a sortable table of findings
 * (severity, code, message, elements) and, for the selected finding, its message, the fix in plain
 * words, its elements as links and an "Apply fix" button where the fix is mechanical. A click on a
 * finding selects and reveals its elements on the canvas. Bound to a {@link FindingsViewModel}.
 */
public final class FindingsView extends BorderPane {

    static final Color ERROR = Color.web("#D13212");
    static final Color WARNING = Color.web("#D18B00");
    static final Color OK = Color.web("#2E7D32");

    private final FindingsViewModel model;
    private final TableView<Finding> table = new TableView<>();

    public FindingsView(FindingsViewModel model) {
        this.model = model;
        setId("findings-panel");
        getStyleClass().add("findings-panel");
        getStylesheets().add(FindingsView.class.getResource("findings.css").toExternalForm());
        setTop(filterBar());
        SplitPane split = new SplitPane(tablePane(), details());
        split.setDividerPositions(0.62);
        split.getStyleClass().add("findings-split");
        setCenter(split);
    }

    public FindingsViewModel model() {
        return model;
    }

    // ---- tab title and status bar -------------------------------------------------------------------

    /** The tab title: "Findings 3 ▲2 ●1" (warnings amber, errors red, zero counts hidden). */
    public Node tabGraphic() {
        Label title = new Label("Findings");
        Label total = new Label();
        total.setId("findings-tab-total");
        total.getStyleClass().add("tab-count");
        total.textProperty().bind(Bindings.createStringBinding(
                () -> String.valueOf(model.errorCountProperty().get() + model.warningCountProperty().get()),
                model.errorCountProperty(), model.warningCountProperty()));
        Label warnings = countLabel("findings-tab-warnings", "▲", model.warningCountProperty(), "tab-warnings");
        Label errors = countLabel("findings-tab-errors", "●", model.errorCountProperty(), "tab-errors");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(12, 12);
        busy.setMaxSize(12, 12);
        busy.visibleProperty().bind(model.checkingProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        HBox box = new HBox(5, title, total, warnings, errors, busy);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setId("findings-tab-title");
        return box;
    }

    private static Label countLabel(String id, String symbol, javafx.beans.value.ObservableIntegerValue count, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.textProperty().bind(Bindings.createStringBinding(() -> symbol + count.get(), count));
        l.visibleProperty().bind(Bindings.createBooleanBinding(() -> count.get() > 0, count));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /** For the status bar: "1 error · 2 warnings" with a coloured mark; {@code onClick} shows the panel. */
    public Label statusLabel(Runnable onClick) {
        Label l = new Label();
        l.setId("status-findings");
        l.getStyleClass().add("status-findings");
        l.textProperty().bind(model.statusTextProperty());
        FontIcon icon = new FontIcon();
        icon.setIconSize(14);
        Runnable update = () -> {
            if (model.errorCountProperty().get() > 0) {
                icon.setIconCode(Material2AL.ERROR);
                tint(icon, ERROR);
            } else if (model.warningCountProperty().get() > 0) {
                icon.setIconCode(Material2MZ.WARNING);
                tint(icon, WARNING);
            } else {
                icon.setIconCode(Material2AL.CHECK_CIRCLE);
                tint(icon, OK);
            }
        };
        update.run();
        model.errorCountProperty().addListener((o, was, is) -> update.run());
        model.warningCountProperty().addListener((o, was, is) -> update.run());
        l.setGraphic(icon);
        l.setTooltip(new Tooltip("Design-rule findings: click to show them"));
        l.setOnMouseClicked(e -> onClick.run());
        return l;
    }

    /** The rules profile chooser for the toolbar ("profile: current ▾"). */
    public Node profileChooser() {
        ComboBox<RulesProfile> box = new ComboBox<>();
        box.setId("profile-chooser");
        box.getItems().setAll(RulesProfile.values());
        box.valueProperty().bindBidirectional(model.profileProperty());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(RulesProfile p) {
                return p == null ? "" : p.wire();
            }

            @Override
            public RulesProfile fromString(String s) {
                return RulesProfile.parse(s);
            }
        });
        box.setTooltip(new Tooltip("Which AWS behaviour validation applies: current, or the 2020 documentation (legacy-2020)"));
        box.setFocusTraversable(false);
        Label label = new Label("profile:");
        label.getStyleClass().add("text-muted");
        HBox h = new HBox(6, label, box);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    /**
     * The canvas badges for the current findings: per element the worse severity, the number of
     * findings and their messages for the tooltip.
     */
    public static Map<ElementId, ElementBadge> badges(Map<ElementId, List<Finding>> byElement) {
        Map<ElementId, ElementBadge> badges = new LinkedHashMap<>();
        byElement.forEach((id, findings) -> {
            boolean error = findings.stream().anyMatch(Finding::isError);
            StringBuilder text = new StringBuilder();
            for (Finding f : findings) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(f.isError() ? "● " : "▲ ").append(f.code()).append(": ").append(f.message());
            }
            badges.put(id, new ElementBadge(error ? ElementBadge.Level.ERROR : ElementBadge.Level.WARNING, findings.size(),
                    text.toString()));
        });
        return badges;
    }

    /**
     * Colours an icon through a style class of findings.css: the theme colours icons from its
     * stylesheet, which a colour set in code does not beat for the fill.
     */
    static void tint(FontIcon icon, Color color) {
        icon.getStyleClass().removeAll("lw-error", "lw-warning", "lw-ok");
        icon.getStyleClass().add(color.equals(ERROR) ? "lw-error" : color.equals(WARNING) ? "lw-warning" : "lw-ok");
    }

    // ---- filter bar --------------------------------------------------------------------------------

    private Node filterBar() {
        TextField filter = new TextField();
        filter.setId("findings-filter");
        filter.setPromptText("Filter: code, message, element id…");
        filter.setPrefColumnCount(18);
        filter.setMinWidth(120);
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        ToggleButton errors = toggle("findings-show-errors", Material2AL.ERROR, ERROR, model.errorCountProperty(), "error");
        errors.selectedProperty().bindBidirectional(model.showErrorsProperty());
        ToggleButton warnings = toggle("findings-show-warnings", Material2MZ.WARNING, WARNING, model.warningCountProperty(), "warning");
        warnings.selectedProperty().bindBidirectional(model.showWarningsProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        busy.setMaxSize(14, 14);
        busy.visibleProperty().bind(model.checkingProperty());
        Label checked = new Label();
        checked.setId("findings-checked");
        checked.getStyleClass().add("text-muted");
        checked.setMinWidth(0);
        checked.textProperty().bind(Bindings.createStringBinding(() -> !model.problemProperty().get().isEmpty()
                        ? model.problemProperty().get()
                        : model.checkingProperty().get() ? "Checking…" : model.checkedSummaryProperty().get(),
                model.checkingProperty(), model.checkedSummaryProperty(), model.problemProperty()));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(8, filter, errors, warnings, spring, busy, checked);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("findings-bar");
        return bar;
    }

    private static ToggleButton toggle(String id, org.kordamp.ikonli.Ikon ikon, Color color,
                                       javafx.beans.value.ObservableIntegerValue count, String word) {
        FontIcon icon = new FontIcon(ikon);
        tint(icon, color);
        ToggleButton b = new ToggleButton();
        b.setId(id);
        b.setGraphic(icon);
        b.textProperty().bind(Bindings.createStringBinding(() -> FindingsViewModel.plural(count.get(), word), count));
        b.setTooltip(new Tooltip("Show " + word + "s"));
        b.setFocusTraversable(false);
        b.getStyleClass().add("severity-toggle");
        b.setMinWidth(Region.USE_PREF_SIZE); // the counts stay readable; the summary on the right gives way
        return b;
    }

    // ---- table -------------------------------------------------------------------------------------

    private Node tablePane() {
        table.setId("findings-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Finding, Severity> severity = new TableColumn<>("");
        severity.setId("findings-col-severity");
        severity.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().severity()));
        severity.setCellFactory(c -> new SeverityCell());
        severity.setComparator(Enum::compareTo);
        severity.setPrefWidth(34);
        severity.setMinWidth(34);
        severity.setMaxWidth(34);
        severity.setResizable(false);
        severity.setText("!");
        TableColumn<Finding, String> code = textColumn("Code", "findings-col-code", Finding::code, 230);
        TableColumn<Finding, String> message = textColumn("Message", "findings-col-message", Finding::message, 520);
        TableColumn<Finding, String> elements = textColumn("Elements", "findings-col-elements", FindingsViewModel::elementsText, 200);
        table.getColumns().setAll(List.of(severity, code, message, elements));
        table.setItems(model.findings());
        model.sortOrderProperty().bind(table.comparatorProperty());
        table.setPlaceholder(placeholder());
        table.setRowFactory(t -> {
            TableRow<Finding> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty() && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                    model.reveal(row.getItem());
                }
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null) {
                model.selectedProperty().set(is);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                model.reveal(table.getSelectionModel().getSelectedItem());
            }
        });
        model.selectedProperty().addListener((o, was, is) -> {
            if (is != null && table.getSelectionModel().getSelectedItem() != is) {
                table.getSelectionModel().select(is);
                table.scrollTo(is);
            }
        });
        return table;
    }

    private static TableColumn<Finding, String> textColumn(String title, String id, java.util.function.Function<Finding, String> value,
                                                           double width) {
        TableColumn<Finding, String> c = new TableColumn<>(title);
        c.setId(id);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.length() < 40 ? null : new Tooltip(item));
            }
        });
        return c;
    }

    /** A red error or amber warning mark. */
    private static final class SeverityCell extends TableCell<Finding, Severity> {
        @Override
        protected void updateItem(Severity item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            FontIcon icon = new FontIcon(item == Severity.ERROR ? Material2AL.ERROR : Material2MZ.WARNING);
            tint(icon, item == Severity.ERROR ? ERROR : WARNING);
            icon.setIconSize(16);
            setGraphic(icon);
            setAlignment(Pos.CENTER);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            getStyleClass().removeAll("severity-error", "severity-warning");
            getStyleClass().add(item == Severity.ERROR ? "severity-error" : "severity-warning");
            setTooltip(new Tooltip(item == Severity.ERROR ? "Error: AWS would refuse this or it cannot work"
                    : "Warning: legal, but almost certainly not what you want"));
        }
    }

    /** "No problems found" with what was checked, or why nothing is shown. */
    private Node placeholder() {
        Label title = new Label();
        title.setId("findings-empty-title");
        title.getStyleClass().add("findings-empty-title");
        Label detail = new Label();
        detail.setId("findings-empty-detail");
        detail.getStyleClass().add("text-muted");
        detail.setWrapText(true);
        FontIcon icon = new FontIcon(Material2AL.CHECK_CIRCLE);
        icon.setIconSize(28);
        tint(icon, OK);
        Runnable update = () -> {
            boolean hidden = !model.allFindings().isEmpty();
            boolean checking = !model.validatedProperty().get();
            icon.setVisible(!hidden && !checking);
            if (checking) {
                title.setText("Checking the design…");
                detail.setText("Design rules run in the background; you can keep editing.");
            } else if (hidden) {
                title.setText("No findings match the filter");
                detail.setText(FindingsViewModel.countText(model.errorCountProperty().get(), model.warningCountProperty().get())
                        + " in total. Clear the filter or show errors and warnings again.");
            } else {
                title.setText("No problems found");
                detail.setText(model.checkedSummaryProperty().get()
                        + " Nothing AWS would refuse and nothing that looks unintended.");
            }
        };
        update.run();
        model.findings().addListener((javafx.collections.ListChangeListener<Finding>) c -> update.run());
        model.validatedProperty().addListener((o, was, is) -> update.run());
        model.checkedSummaryProperty().addListener((o, was, is) -> update.run());
        model.errorCountProperty().addListener((o, was, is) -> update.run());
        model.warningCountProperty().addListener((o, was, is) -> update.run());
        model.filterTextProperty().addListener((o, was, is) -> update.run());
        VBox box = new VBox(6, icon, title, detail);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(520);
        box.setId("findings-empty");
        return box;
    }

    // ---- details -----------------------------------------------------------------------------------

    private Node details() {
        VBox box = new VBox(8);
        box.setId("finding-details");
        box.getStyleClass().add("finding-details");
        box.setPadding(new Insets(10, 12, 10, 12));
        Runnable update = () -> fillDetails(box, model.selectedProperty().get());
        model.selectedProperty().addListener((o, was, is) -> update.run());
        model.upToDateProperty().addListener((o, was, is) -> update.run());
        update.run();
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private void fillDetails(VBox box, Finding f) {
        box.getChildren().clear();
        if (f == null) {
            Label hint = new Label("Select a finding to see what it means and how to fix it. "
                    + "A click also selects its elements on the canvas.");
            hint.setWrapText(true);
            hint.getStyleClass().add("text-muted");
            box.getChildren().add(hint);
            return;
        }
        FontIcon icon = new FontIcon(f.isError() ? Material2AL.ERROR : Material2MZ.WARNING);
        tint(icon, f.isError() ? ERROR : WARNING);
        icon.setIconSize(18);
        Label code = new Label(f.code(), icon);
        code.setId("finding-code");
        code.getStyleClass().add("finding-code");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox header = new HBox(8, code, spring);
        header.setAlignment(Pos.CENTER_LEFT);
        if (f.quickFix() != null) {
            Button apply = new Button("Apply fix");
            apply.setId("finding-apply-fix");
            apply.getStyleClass().add("accent");
            apply.setGraphic(new FontIcon(Material2AL.BUILD));
            apply.setDisable(!model.canApplyFix(f));
            apply.setTooltip(new Tooltip(f.quickFix().description() + " (one undoable step)"));
            apply.setOnAction(e -> model.applyFix(f));
            header.getChildren().add(apply);
        }
        Label kind = new Label((f.isError() ? "Error: AWS would refuse this or it cannot work" : "Warning: legal, but probably not intended")
                + (f.rule().isEmpty() ? "" : " · rulebook " + f.rule()));
        kind.getStyleClass().add("text-muted");
        kind.setWrapText(true);
        Label message = new Label(f.message());
        message.setId("finding-message");
        message.setWrapText(true);
        box.getChildren().addAll(header, kind, message);
        if (!f.fix().isEmpty()) {
            Label fixTitle = new Label("How to fix");
            fixTitle.getStyleClass().add("finding-section");
            Label fix = new Label(f.fix());
            fix.setId("finding-fix");
            fix.setWrapText(true);
            box.getChildren().addAll(fixTitle, fix);
        }
        if (f.quickFix() != null) {
            Label what = new Label(model.upToDateProperty().get()
                    ? "Apply fix: " + f.quickFix().description() + ". It is one step in the undo history."
                    : "Apply fix waits until the design has been checked again…");
            what.setId("finding-quick-fix");
            what.setWrapText(true);
            what.getStyleClass().add("text-muted");
            box.getChildren().add(what);
        }
        if (!f.elements().isEmpty()) {
            Label elementsTitle = new Label("Elements");
            elementsTitle.getStyleClass().add("finding-section");
            FlowPane links = new FlowPane(6, 2);
            for (ElementId id : f.elements()) {
                Hyperlink link = new Hyperlink(id.value());
                link.getStyleClass().add("finding-element");
                java.util.Optional<ElementId> owner = model.ownerOf(id);
                link.setDisable(owner.isEmpty());
                link.setTooltip(new Tooltip(owner.isEmpty() ? "Not in the design" : "Select " + owner.get().value() + " on the canvas"));
                link.setOnAction(e -> {
                    owner.ifPresent(o -> model.revealOnly(List.of(o)));
                    link.setVisited(false);
                });
                links.getChildren().add(link);
            }
            box.getChildren().addAll(elementsTitle, links);
        }
    }
}
