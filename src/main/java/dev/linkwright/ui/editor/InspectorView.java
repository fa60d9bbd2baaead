package dev.linkwright.ui.editor;

import dev.linkwright.diagram.DiagramStyles;
import dev.linkwright.diagram.NodeStyle;
import dev.linkwright.edit.ElementProperties;
import dev.linkwright.edit.Palette;
import dev.linkwright.edit.ReferenceTargets;
import dev.linkwright.edit.RowTables;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.TopologyChange;
import dev.linkwright.model.TopologyListener;
import dev.linkwright.ui.common.IconNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The inspector: every property of the selected element, editable. Text fields are checked as
 * they are typed (a CIDR block that does not parse turns the field red with the reason, and cannot
 * be committed); references are pickers of the elements AWS would accept there; rules of security
 * groups and network ACLs, routes, listeners, targets and other lists are tables with add and
 * remove. Each commit is one undoable change named after the property ("Change CIDR block of
 * Subnet A"). Enter or leaving the field commits; Esc puts the value back.
 */
public final class InspectorView extends VBox {

    private final EditorViewModel editor;
    private final VBox body = new VBox(12);
    private final TopologyListener topologyListener = this::topologyChanged;
    private Function<ElementId, List<String>> findings = id -> List.of();
    private ElementId shown;
    private Element shownElement;
    private boolean refreshQueued;

    public InspectorView(EditorViewModel editor) {
        this.editor = editor;
        getStyleClass().add("inspector");
        setId("inspector");
        body.setPadding(new Insets(10, 12, 16, 12));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("inspector-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);
        setPrefWidth(340);
        setMinWidth(260);
        editor.selection().getSelectedIds().addListener((SetChangeListener<ElementId>) c -> queueRefresh());
        editor.selection().primaryProperty().addListener((o, was, is) -> queueRefresh());
        refresh();
    }

    /** Listen to {@code design}'s topology (call when the open design changes). */
    public void watch(dev.linkwright.model.Design was, dev.linkwright.model.Design is) {
        if (was != null) {
            was.topology().removeListener(topologyListener);
        }
        if (is != null) {
            is.topology().addListener(topologyListener);
        }
        queueRefresh();
    }

    /** Where the inspector finds the findings of an element (live validation), shown under its properties. */
    public void setFindings(Function<ElementId, List<String>> findings) {
        this.findings = findings == null ? id -> List.of() : findings;
        queueRefresh();
    }

    private void topologyChanged(TopologyChange change) {
        if (shown == null || change.all().contains(shown) || !editor.exists(shown)) {
            queueRefresh();
        }
    }

    private void queueRefresh() {
        if (refreshQueued) {
            return;
        }
        refreshQueued = true;
        Platform.runLater(this::refresh);
    }

    /** Rebuilds the form for the current selection (keeping the focused field focused). */
    public void refresh() {
        refreshQueued = false;
        ElementId primary = editor.selection().getPrimary();
        int count = editor.selection().getSelectedIds().size();
        if (primary == null && count == 1) {
            primary = editor.selection().getSelectedIds().iterator().next();
        }
        Element e = editor.element(primary).orElse(null);
        String focused = focusedKey();
        if (Objects.equals(primary, shown) && e != null && e.equals(shownElement) && count == 1 && !body.getChildren().isEmpty()) {
            return;
        }
        shown = primary;
        shownElement = e;
        body.getChildren().clear();
        if (e == null || count != 1) {
            body.getChildren().add(emptyState(count));
            return;
        }
        body.getChildren().add(header(e));
        for (ElementProperties.Category cat : ElementProperties.Category.values()) {
            List<ElementProperties.Property> props = ElementProperties.of(e.getClass()).stream()
                    .filter(p -> p.category() == cat).toList();
            if (props.isEmpty()) {
                continue;
            }
            Label title = new Label(cat.label());
            title.getStyleClass().addAll("inspector-section", "text-small", "text-muted");
            body.getChildren().add(title);
            if (cat == ElementProperties.Category.TABLES) {
                for (ElementProperties.Property p : props) {
                    body.getChildren().add(table(e, p));
                }
            } else {
                GridPane grid = new GridPane();
                grid.setHgap(8);
                grid.setVgap(6);
                grid.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(110, 120, 160),
                        new javafx.scene.layout.ColumnConstraints(120, 180, Double.MAX_VALUE, Priority.ALWAYS, javafx.geometry.HPos.LEFT, true));
                int row = 0;
                for (ElementProperties.Property p : props) {
                    Label label = new Label(p.label());
                    label.setWrapText(true);
                    label.getStyleClass().add("property-label");
                    grid.add(label, 0, row);
                    grid.add(editorFor(e, p), 1, row);
                    GridPane.setValignment(label, javafx.geometry.VPos.TOP);
                    row++;
                }
                body.getChildren().add(grid);
            }
        }
        List<String> problems = findings.apply(e.id());
        if (!problems.isEmpty()) {
            Label title = new Label("Findings");
            title.getStyleClass().addAll("inspector-section", "text-small", "text-muted");
            VBox list = new VBox(4);
            for (String p : problems) {
                Label l = new Label(p);
                l.setWrapText(true);
                l.getStyleClass().add(p.startsWith("E_") ? "finding-error" : "finding-warning");
                list.getChildren().add(l);
            }
            body.getChildren().addAll(title, list);
        }
        restoreFocus(focused);
    }

    private Node emptyState(int count) {
        Label l = new Label(count > 1 ? count + " elements selected.\nAlign, distribute, copy or delete them from the Edit "
                + "and Arrange menus, or drag them together." : "Select an element to see and edit its properties.\n\n"
                + "Drag items from the palette onto the canvas; use the connection tool (C) to draw peering, attachments, "
                + "VPNs and PrivateLink between them.");
        l.setWrapText(true);
        l.getStyleClass().add("text-muted");
        l.setId("inspector-empty");
        return l;
    }

    private Node header(Element e) {
        NodeStyle style = DiagramStyles.of(e, false);
        Node icon = style.icon() != null ? new javafx.scene.Group(new IconNode(style.icon(), 32, null))
                : Palette.item(e.kind()).map(PaletteView::glyph).orElse(new Region());
        Label kind = new Label(e.kind().label());
        kind.getStyleClass().addAll("text-small", "text-muted");
        TextField id = new TextField(e.id().value());
        id.setId("inspector-id");
        id.getStyleClass().add("inspector-id");
        Label idError = errorLabel();
        Runnable commitId = () -> {
            String problem = editor.rename(e.id(), id.getText());
            show(idError, id, problem);
        };
        id.setOnAction(a -> commitId.run());
        id.focusedProperty().addListener((o, was, is) -> {
            if (!is && !id.getText().equals(e.id().value())) {
                commitId.run();
            }
        });
        id.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ESCAPE) {
                id.setText(e.id().value());
                show(idError, id, null);
            }
        });
        id.textProperty().addListener((o, was, is) -> {
            String problem = ElementId.problemWith(is.trim());
            show(idError, id, problem);
        });
        id.getProperties().put("key", "id");
        VBox titles = new VBox(2, kind, id, idError);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox box = new HBox(10, icon, titles);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add("inspector-header");
        return box;
    }

    // ---- editors -----------------------------------------------------------------------------------------

    private Node editorFor(Element e, ElementProperties.Property p) {
        if (p.isFlag()) {
            CheckBox box = new CheckBox();
            box.setSelected(Boolean.TRUE.equals(ElementProperties.value(e, p)));
            box.setOnAction(a -> report(editor.setPropertyValue(e.id(), p, box.isSelected())));
            box.getProperties().put("key", p.field());
            box.setId("prop-" + p.field());
            return box;
        }
        if (p.isOptionalFlag()) {
            return choice(e, p, List.of("(AWS default)", "yes", "no"), v -> v == null ? "(AWS default)" : (Boolean) v ? "yes" : "no",
                    s -> s.equals("(AWS default)") ? "" : s);
        }
        if (p.type().isChoice() && !p.type().isList()) {
            return choice(e, p, p.choices(), dev.linkwright.edit.ValueText::format, s -> s);
        }
        if (p.reference() && !p.type().isList()) {
            return referencePicker(e, p);
        }
        if (p.reference()) {
            return referenceList(e, p);
        }
        return textField(e, p);
    }

    /** A text field checked as typed: red with the reason when it would not be accepted. */
    private Node textField(Element e, ElementProperties.Property p) {
        String original = ElementProperties.text(e, p);
        TextField field = new TextField(original);
        field.setId("prop-" + p.field());
        field.getProperties().put("key", p.field());
        field.setPromptText(prompt(p));
        Label error = errorLabel();
        field.textProperty().addListener((o, was, is) -> show(error, field, editor.checkProperty(e.id(), p, is)));
        Runnable commit = () -> {
            if (field.getText().equals(original)) {
                return;
            }
            String problem = editor.setProperty(e.id(), p, field.getText());
            show(error, field, problem);
        };
        field.setOnAction(a -> commit.run());
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
        field.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ESCAPE) {
                field.setText(original);
                k.consume();
            }
        });
        VBox box = new VBox(2, field, error);
        return box;
    }

    private static String prompt(ElementProperties.Property p) {
        Class<?> c = p.type().isList() ? p.type().item() : p.type().raw();
        if (c == dev.linkwright.model.Cidr.class) {
            return p.type().isList() ? "10.0.0.0/16, 10.1.0.0/16" : "10.0.1.0/24";
        }
        if (c == dev.linkwright.model.Ipv4Address.class) {
            return p.type().isList() ? "10.0.1.20, 10.0.1.21" : "10.0.1.10";
        }
        if (p.type().raw() == java.util.Map.class) {
            return "us-east-1a=use1-az1, us-east-1b=use1-az2";
        }
        return p.type().nullable() ? "(none)" : "";
    }

    private Node choice(Element e, ElementProperties.Property p, List<String> choices, Function<Object, String> shown,
                        Function<String, String> typed) {
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(choices));
        box.setValue(shown.apply(ElementProperties.value(e, p)));
        box.setId("prop-" + p.field());
        box.getProperties().put("key", p.field());
        box.setMaxWidth(Double.MAX_VALUE);
        Label error = errorLabel();
        box.valueProperty().addListener((o, was, is) -> {
            if (is != null && !is.equals(shown.apply(ElementProperties.value(e, p)))) {
                show(error, box, editor.setProperty(e.id(), p, typed.apply(is)));
            }
        });
        return new VBox(2, box, error);
    }

    private static final String NONE = "(none)";

    private Node referencePicker(Element e, ElementProperties.Property p) {
        ObservableList<String> items = FXCollections.observableArrayList(NONE);
        for (ElementId id : ReferenceTargets.candidates(editor.getDesign().topology(), e, e.getClass(), p.field())) {
            items.add(id.value());
        }
        Object current = ElementProperties.value(e, p);
        if (current != null && !items.contains(current.toString())) {
            items.add(current.toString());
        }
        ComboBox<String> box = new ComboBox<>(items);
        box.setValue(current == null ? NONE : current.toString());
        box.setId("prop-" + p.field());
        box.getProperties().put("key", p.field());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setCellFactory(l -> new ReferenceCell());
        box.setButtonCell(new ReferenceCell());
        Label error = errorLabel();
        box.valueProperty().addListener((o, was, is) -> {
            if (is != null && !is.equals(was)) {
                show(error, box, editor.setProperty(e.id(), p, is.equals(NONE) ? "" : is));
            }
        });
        return new VBox(2, box, error);
    }

    /** Shows a reference as "id — name". */
    private final class ReferenceCell extends javafx.scene.control.ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                return;
            }
            if (item.equals(NONE)) {
                setText(NONE);
                return;
            }
            String name = editor.element(ElementId.of(item)).map(Element::name).orElse("");
            setText(name.isEmpty() ? item : item + " — " + name);
        }
    }

    /** A list of references as removable chips and a picker to add another. */
    @SuppressWarnings("unchecked")
    private Node referenceList(Element e, ElementProperties.Property p) {
        List<ElementId> current = (List<ElementId>) ElementProperties.value(e, p);
        FlowPane chips = new FlowPane(4, 4);
        chips.getStyleClass().add("reference-chips");
        Label error = errorLabel();
        for (ElementId id : current) {
            Button chip = new Button(id.value(), new FontIcon(Material2AL.CLOSE));
            chip.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            chip.getStyleClass().addAll("small", "reference-chip");
            chip.setTooltip(new Tooltip("Remove " + id.value()));
            chip.setOnAction(a -> {
                List<ElementId> without = new ArrayList<>(current);
                without.remove(id);
                report(editor.setPropertyValue(e.id(), p, without));
            });
            chips.getChildren().add(chip);
        }
        ObservableList<String> addable = FXCollections.observableArrayList();
        for (ElementId id : ReferenceTargets.candidates(editor.getDesign().topology(), e, e.getClass(), p.field())) {
            if (!current.contains(id)) {
                addable.add(id.value());
            }
        }
        ComboBox<String> add = new ComboBox<>(addable);
        add.setPromptText(addable.isEmpty() ? "nothing to add" : "Add…");
        add.setDisable(addable.isEmpty());
        add.setId("prop-" + p.field() + "-add");
        add.getProperties().put("key", p.field());
        add.setCellFactory(l -> new ReferenceCell());
        add.valueProperty().addListener((o, was, is) -> {
            if (is != null) {
                List<ElementId> with = new ArrayList<>(current);
                with.add(ElementId.of(is));
                show(error, add, editor.setPropertyValue(e.id(), p, with));
            }
        });
        chips.getChildren().add(add);
        chips.setId("prop-" + p.field());
        return new VBox(2, chips, error);
    }

    // ---- tables --------------------------------------------------------------------------------------------

    private Node table(Element e, ElementProperties.Property p) {
        Label title = new Label(p.label());
        title.getStyleClass().add("table-title");
        TableView<Integer> table = new TableView<>();
        table.setId("table-" + p.field());
        table.getStyleClass().addAll("rule-table", "dense");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        List<?> rows = editor.rows(e.id(), p);
        Label error = errorLabel();
        List<RowTables.Column> columns = RowTables.columns(p.type().item());
        for (RowTables.Column c : columns) {
            TableColumn<Integer, String> col = new TableColumn<>(c.header());
            col.setCellValueFactory(cd -> new javafx.beans.property.SimpleStringProperty(
                    cd.getValue() < rows.size() ? RowTables.text(rows.get(cd.getValue()), c) : ""));
            List<String> choices = choicesFor(e, c);
            if (choices != null) {
                col.setCellFactory(ComboBoxTableCell.forTableColumn(FXCollections.observableArrayList(choices)));
            } else {
                col.setCellFactory(TextFieldTableCell.forTableColumn());
            }
            col.setOnEditCommit(ev -> {
                String text = ev.getNewValue() == null || ev.getNewValue().equals(NONE) ? "" : ev.getNewValue();
                String problem = editor.setCell(e.id(), p, ev.getRowValue(), c, text);
                show(error, table, problem);
                if (problem != null) {
                    table.refresh();
                }
            });
            col.setSortable(false);
            col.setPrefWidth(c.header().length() > 12 ? 120 : 70);
            table.getColumns().add(col);
        }
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            indexes.add(i);
        }
        table.getItems().setAll(indexes);
        table.setFixedCellSize(26);
        table.setPrefHeight(30 + 26 * Math.max(2, Math.min(8, rows.size())) + 4);
        table.setPlaceholder(new Label("No " + p.label().toLowerCase() + " yet."));
        Button add = new Button("Add", new FontIcon(Material2AL.ADD));
        add.getStyleClass().addAll("small");
        add.setId("table-" + p.field() + "-add");
        add.setOnAction(a -> show(error, table, editor.addRow(e.id(), p)));
        Button remove = new Button("Remove", new FontIcon(Material2MZ.REMOVE));
        remove.getStyleClass().addAll("small");
        remove.setId("table-" + p.field() + "-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(a -> show(error, table, editor.removeRow(e.id(), p, table.getSelectionModel().getSelectedItem())));
        HBox buttons = new HBox(6, add, remove);
        VBox box = new VBox(4, title, table, buttons, error);
        box.getStyleClass().add("table-editor");
        return box;
    }

    /** The choices a cell offers: enum values, or the legal targets of a reference; null for free text. */
    private List<String> choicesFor(Element e, RowTables.Column c) {
        if (c.reference()) {
            List<String> out = new ArrayList<>();
            out.add(NONE);
            for (ElementId id : RowTables.candidates(editor.getDesign().topology(), e, c)) {
                out.add(id.value());
            }
            return out;
        }
        List<String> choices = c.choices();
        return choices.isEmpty() ? null : choices;
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static Label errorLabel() {
        Label l = new Label();
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        l.setVisible(false);
        l.setManaged(false);
        return l;
    }

    private static void show(Label error, Node field, String problem) {
        boolean bad = problem != null && !problem.isEmpty();
        error.setText(bad ? problem : "");
        error.setVisible(bad);
        error.setManaged(bad);
        field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), bad);
        if (bad) {
            if (!field.getStyleClass().contains("field-invalid")) {
                field.getStyleClass().add("field-invalid");
            }
        } else {
            field.getStyleClass().remove("field-invalid");
        }
    }

    private void report(String problem) {
        if (problem != null) {
            editor.refuse(problem);
        }
    }

    private String focusedKey() {
        Node f = getScene() == null ? null : getScene().getFocusOwner();
        for (Node n = f; n != null && n != this; n = n.getParent()) {
            Object key = n.getProperties().get("key");
            if (key != null) {
                return key.toString();
            }
        }
        return null;
    }

    private void restoreFocus(String key) {
        if (key == null) {
            return;
        }
        Node n = findByKey(body, key);
        if (n != null) {
            Platform.runLater(n::requestFocus);
        }
    }

    private static Node findByKey(Node root, String key) {
        if (key.equals(root.getProperties().get("key"))) {
            return root;
        }
        if (root instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = findByKey(child, key);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
