package dev.linkwright.ui.simulation;

import dev.linkwright.analysis.flows.Failure;
import dev.linkwright.analysis.flows.FlowChange;
import dev.linkwright.analysis.flows.WhatIfComparison;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The what-if panel: the failed components (each with Restore, and Clear all), and every flow side
 * by side before and after, the flipped ones marked. Failing a component never edits the design:
 * it is done from an element's right-click menu ("Fail ...") and undone here.
 */
public final class WhatIfPanel extends HBox {

    private final FlowsViewModel model;
    private final ObservableList<FlowChange> changes = FXCollections.observableArrayList();

    public WhatIfPanel(FlowsViewModel model) {
        this.model = model;
        setId("whatif-panel");
        getStyleClass().add("whatif-panel");
        setSpacing(10);
        setPadding(new Insets(6, 8, 6, 8));
        VBox left = failedList();
        TableView<FlowChange> table = comparisonTable();
        HBox.setHgrow(table, Priority.ALWAYS);
        getChildren().addAll(left, table);
        model.comparisonProperty().addListener((o, was, is) -> update(is));
        update(model.comparisonProperty().get());
    }

    private void update(WhatIfComparison c) {
        changes.setAll(c == null ? java.util.List.of() : c.changes());
    }

    private VBox failedList() {
        Label title = new Label("Failed components");
        title.getStyleClass().add("whatif-title");
        Label status = new Label();
        status.setId("whatif-status");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            WhatIfComparison c = model.comparisonProperty().get();
            if (model.failures().isEmpty()) {
                return "Nothing failed. Right-click an AZ, VPN, Direct Connect connection or interface, NAT gateway, load balancer,"
                        + " target group, peering or attachment on the canvas and choose “Fail …”. The design is not changed.";
            }
            long flipped = c == null ? 0 : c.flipped().size();
            return "What-if: " + flipped + (flipped == 1 ? " flow flips" : " flows flip") + ". The design itself is unchanged.";
        }, model.failures(), model.comparisonProperty()));
        ListView<Failure> list = new ListView<>(model.failures());
        list.setId("whatif-failures");
        list.setPrefHeight(120);
        list.setPlaceholder(new Label("—"));
        list.setCellFactory(v -> new FailureCell(model));
        VBox.setVgrow(list, Priority.ALWAYS);
        Button clear = new Button("Clear all");
        clear.setId("whatif-clear");
        clear.disableProperty().bind(model.whatIfActiveProperty().not());
        clear.setOnAction(e -> model.clearWhatIf());
        VBox box = new VBox(6, title, status, list, clear);
        box.setPrefWidth(330);
        box.setMinWidth(260);
        return box;
    }

    private TableView<FlowChange> comparisonTable() {
        TableView<FlowChange> table = new TableView<>(changes);
        table.setId("whatif-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<FlowChange, String> flow = column("Flow", 200, c -> c.flow().label());
        TableColumn<FlowChange, String> before = column("Before", 70, c -> FlowRow.symbol(c.before()));
        TableColumn<FlowChange, String> after = column("After", 70, c -> FlowRow.symbol(c.after()));
        TableColumn<FlowChange, String> change = column("Change", 110, c -> c.flipped()
                ? (c.after().reachable() ? "now reachable" : "now blocked") : "same");
        TableColumn<FlowChange, String> why = column("After the what-if", 400, c -> c.after().summary());
        before.setCellFactory(col -> new SymbolCell());
        after.setCellFactory(col -> new SymbolCell());
        table.getColumns().setAll(java.util.List.of(flow, before, after, change, why));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(FlowChange item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("flipped"), !empty && item != null && item.flipped());
            }
        });
        table.setPlaceholder(new Label("No flows to compare: add flows in the Flows tab."));
        return table;
    }

    private static TableColumn<FlowChange, String> column(String title, double width, java.util.function.Function<FlowChange, String> value) {
        TableColumn<FlowChange, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    private static final class SymbolCell extends TableCell<FlowChange, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("verdict-ok", "verdict-blocked");
            setText(empty ? null : item);
            setAlignment(Pos.CENTER);
            if (!empty && item != null) {
                getStyleClass().add(item.equals("✓") ? "verdict-ok" : "verdict-blocked");
            }
        }
    }

    private static final class FailureCell extends ListCell<Failure> {
        private final FlowsViewModel model;

        FailureCell(FlowsViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(Failure item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label label = new Label("✕ " + item.label());
            label.getStyleClass().add("whatif-failed");
            Region spring = new Region();
            HBox.setHgrow(spring, Priority.ALWAYS);
            Button restore = new Button("Restore");
            restore.getStyleClass().add("small");
            restore.setOnAction(e -> model.restore(item));
            HBox row = new HBox(6, label, spring, restore);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
