package dev.linkwright.ui.simulation;

import java.util.List;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.FlowIntent;
import dev.linkwright.model.Protocol;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Flows panel: the design's flows with their live verdict (✓/✗ and disposition), protocol and
 * port, intent and the reason in one line; a toolbar to define a new flow by clicking a source and a
 * destination on the canvas (with protocol, port and intent), play the selected flow, delete it and
 * turn on live traffic. The empty state says how to make a flow.
 */
public final class FlowsView extends BorderPane {

    private final FlowsViewModel model;
    private final TableView<FlowRow> table = new TableView<>();
    private Consumer<ElementId> onPlay = id -> { };

    public FlowsView(FlowsViewModel model) {
        this.model = model;
        setId("flows-panel");
        getStyleClass().add("flows-panel");
        setTop(toolbar());
        setCenter(buildTable());
    }

    /** What Play does with the selected flow (the simulator shows the Trace tab and starts it). */
    public void setOnPlay(Consumer<ElementId> onPlay) {
        this.onPlay = onPlay;
    }

    public TableView<FlowRow> table() {
        return table;
    }

    private VBox toolbar() {
        Button add = new Button("New flow", new FontIcon(Material2AL.ADD));
        add.setId("flows-new");
        add.setTooltip(new Tooltip("Then click a source and a destination on the canvas"));
        add.setOnAction(e -> model.startNewFlow());
        ComboBox<Protocol> protocol = new ComboBox<>();
        protocol.setId("flows-protocol");
        protocol.getItems().setAll(Protocol.TCP, Protocol.UDP, Protocol.ICMP);
        protocol.valueProperty().bindBidirectional(model.draftProtocolProperty());
        protocol.setConverter(new StringConverter<>() {
            @Override
            public String toString(Protocol p) {
                return p == null ? "" : p.label();
            }

            @Override
            public Protocol fromString(String s) {
                return Protocol.parse(s);
            }
        });
        TextField port = new TextField(String.valueOf(model.draftPortProperty().get()));
        port.setId("flows-port");
        port.setPrefColumnCount(5);
        port.setPromptText("port");
        port.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.draftProtocolProperty().get().hasPorts(),
                model.draftProtocolProperty()));
        port.textProperty().addListener((o, was, is) -> {
            try {
                int n = Integer.parseInt(is.trim());
                boolean ok = n >= 1 && n <= 65535;
                port.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), !ok);
                if (ok) {
                    model.draftPortProperty().set(n);
                }
            } catch (NumberFormatException ex) {
                port.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), true);
            }
        });
        ComboBox<FlowIntent> intent = new ComboBox<>();
        intent.setId("flows-intent");
        intent.getItems().setAll(FlowIntent.values());
        intent.valueProperty().bindBidirectional(model.draftIntentProperty());
        intent.setConverter(new StringConverter<>() {
            @Override
            public String toString(FlowIntent i) {
                return i == null || i == FlowIntent.NONE ? "no intent" : FlowRow.intentText(i);
            }

            @Override
            public FlowIntent fromString(String s) {
                return FlowIntent.NONE;
            }
        });
        Button play = new Button("Play", new FontIcon(Material2MZ.PLAY_ARROW));
        play.setId("flows-play");
        play.disableProperty().bind(model.selectedFlowProperty().isNull());
        play.setOnAction(e -> onPlay.accept(model.selectedFlowProperty().get()));
        Button delete = new Button(null, new FontIcon(Material2AL.DELETE));
        delete.setId("flows-delete");
        delete.setTooltip(new Tooltip("Delete the selected flow"));
        delete.disableProperty().bind(model.selectedFlowProperty().isNull());
        delete.setOnAction(e -> model.removeFlow(model.selectedFlowProperty().get()));
        ToggleButton live = new ToggleButton("Live traffic", new FontIcon(Material2AL.LOOP));
        live.setId("flows-live");
        live.setTooltip(new Tooltip("Packets run along every flow while you edit"));
        live.selectedProperty().bindBidirectional(model.liveTrafficProperty());
        Label summary = new Label();
        summary.setId("flows-summary");
        summary.textProperty().bind(model.statusTextProperty());
        summary.getStyleClass().add("text-muted");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        for (javafx.scene.control.Control c : List.of(add, protocol, intent, play, delete, live)) {
            c.setMinWidth(Region.USE_PREF_SIZE); // buttons keep their words; the summary on the right gives way
        }
        summary.setMinWidth(0);
        HBox bar = new HBox(6, add, protocol, port, intent, new Separator(Orientation.VERTICAL), play, delete, live, spring, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));

        Label prompt = new Label();
        prompt.setId("flows-prompt");
        prompt.getStyleClass().add("flows-prompt");
        prompt.textProperty().bind(model.promptProperty());
        prompt.visibleProperty().bind(model.promptProperty().isNotEmpty());
        prompt.managedProperty().bind(prompt.visibleProperty());
        prompt.setMaxWidth(Double.MAX_VALUE);
        Button cancel = new Button("Cancel");
        cancel.setId("flows-cancel-pick");
        cancel.setOnAction(e -> model.cancelPicking());
        cancel.visibleProperty().bind(model.pickStateProperty().isNotEqualTo(FlowsViewModel.PickState.IDLE));
        cancel.managedProperty().bind(cancel.visibleProperty());
        HBox.setHgrow(prompt, Priority.ALWAYS);
        HBox promptRow = new HBox(8, prompt, cancel);
        promptRow.setAlignment(Pos.CENTER_LEFT);
        promptRow.setPadding(new Insets(0, 8, 4, 8));
        promptRow.visibleProperty().bind(prompt.visibleProperty());
        promptRow.managedProperty().bind(promptRow.visibleProperty());
        return new VBox(bar, promptRow);
    }

    private TableView<FlowRow> buildTable() {
        table.setId("flows-table");
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<FlowRow, String> verdict = column("", 40, r -> r.verdictSymbol());
        verdict.setId("flows-col-verdict");
        verdict.setCellFactory(c -> new VerdictCell());
        TableColumn<FlowRow, String> name = column("Flow", 190, r -> r.flow().label());
        TableColumn<FlowRow, String> proto = column("Protocol", 80, FlowRow::protocolText);
        TableColumn<FlowRow, String> disposition = column("Disposition", 150, FlowRow::dispositionText);
        TableColumn<FlowRow, String> intent = column("Intent", 170, r -> r.intentText().isEmpty() ? "—"
                : r.intentText() + (r.intentBroken() ? "  ✗ broken" : "  ✓"));
        intent.setId("flows-col-intent");
        intent.setCellFactory(c -> new IntentCell());
        TableColumn<FlowRow, String> why = column("Why", 400, FlowRow::summary);
        table.getColumns().setAll(java.util.List.of(verdict, name, proto, disposition, intent, why));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null) {
                model.selectedFlowProperty().set(is.flow().id());
            }
        });
        model.selectedFlowProperty().addListener((o, was, is) -> select(is));
        model.rows().addListener((javafx.collections.ListChangeListener<FlowRow>) c -> select(model.selectedFlowProperty().get()));
        table.setRowFactory(t -> {
            TableRow<FlowRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    onPlay.accept(row.getItem().flow().id());
                }
            });
            row.contextMenuProperty().bind(Bindings.createObjectBinding(() -> row.getItem() == null ? null : rowMenu(row.getItem()),
                    row.itemProperty()));
            return row;
        });
        Label empty = new Label("No flows yet. Click “New flow”, then click a source and a destination on the canvas "
                + "— or right-click an element and choose “Add flow from here”. Each flow shows live whether it gets through, "
                + "and an intent (“must be reachable”, “must be blocked”) turns it into a check.");
        empty.setId("flows-empty");
        empty.setWrapText(true);
        empty.getStyleClass().add("sim-empty");
        empty.setMaxWidth(640);
        table.setPlaceholder(empty);
        return table;
    }

    private void select(ElementId id) {
        if (id == null) {
            return;
        }
        for (FlowRow r : table.getItems()) {
            if (r.flow().id().equals(id)) {
                if (table.getSelectionModel().getSelectedItem() != r) {
                    table.getSelectionModel().select(r);
                }
                return;
            }
        }
    }

    private ContextMenu rowMenu(FlowRow row) {
        MenuItem play = new MenuItem("Play");
        play.setOnAction(e -> onPlay.accept(row.flow().id()));
        MenuItem reachable = new MenuItem("Must be reachable");
        reachable.setOnAction(e -> model.setIntent(row.flow().id(), FlowIntent.MUST_BE_REACHABLE));
        MenuItem blocked = new MenuItem("Must be blocked");
        blocked.setOnAction(e -> model.setIntent(row.flow().id(), FlowIntent.MUST_BE_BLOCKED));
        MenuItem none = new MenuItem("No intent");
        none.setOnAction(e -> model.setIntent(row.flow().id(), FlowIntent.NONE));
        MenuItem delete = new MenuItem("Delete flow");
        delete.setOnAction(e -> model.removeFlow(row.flow().id()));
        return new ContextMenu(play, reachable, blocked, none, delete);
    }

    private static TableColumn<FlowRow, String> column(String title, double width, java.util.function.Function<FlowRow, String> value) {
        TableColumn<FlowRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    /** ✓ in green, ✗ in red. */
    private static final class VerdictCell extends TableCell<FlowRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("verdict-ok", "verdict-blocked");
            setText(empty ? null : item);
            if (!empty && item != null) {
                getStyleClass().add(item.equals("✓") ? "verdict-ok" : "verdict-blocked");
            }
            setAlignment(Pos.CENTER);
        }
    }

    /** The intent, in red when broken. */
    private static final class IntentCell extends TableCell<FlowRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("intent-broken", "intent-kept");
            setText(empty ? null : item);
            if (!empty && item != null && !item.equals("—")) {
                getStyleClass().add(item.contains("broken") ? "intent-broken" : "intent-kept");
            }
        }
    }
}
