package dev.linkwright.ui.study;

import dev.linkwright.analysis.BlockedAt;
import dev.linkwright.analysis.Trace;
import dev.linkwright.model.ElementId;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** The simple trace view: a heading with the verdict and one line per hop, the blocking hop marked. */
public final class TraceListPlayer implements TracePlayer {

    private final Label heading = new Label();
    private final ListView<TraceLine> list = new ListView<>();
    private final VBox box = new VBox(4, heading, list);
    private Consumer<ElementId> onHopChosen = id -> { };

    public TraceListPlayer() {
        box.setId("study-trace");
        box.getStyleClass().add("study-trace");
        box.setPadding(new Insets(6, 10, 6, 10));
        heading.getStyleClass().add("study-trace-heading");
        heading.setWrapText(true);
        list.setPrefHeight(170);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TraceLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().remove("trace-line-failed");
                if (empty || line == null) {
                    setText(null);
                } else {
                    setWrapText(true);
                    setPrefWidth(0); // wrap to the list's width instead of scrolling sideways
                    setText(line.display());
                    if (line.failed()) {
                        getStyleClass().add("trace-line-failed");
                    }
                }
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null) {
                onHopChosen.accept(is.elementId());
            }
        });
        show(null);
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void show(Trace trace) {
        list.getItems().clear();
        box.setVisible(trace != null);
        box.setManaged(trace != null);
        if (trace == null) {
            return;
        }
        if (trace.isReachable()) {
            heading.setText("Trace: reachable, " + trace.forward().size() + " hops forward, " + trace.returnPath().size() + " back");
        } else {
            BlockedAt b = trace.blockedAt();
            heading.setText("Trace: blocked at " + b.elementId() + " on the " + b.direction().wire() + " path — " + b.code()
                    + (b.detail() == null ? "" : " / " + b.detail()) + " (" + b.rule() + "): " + b.message());
        }
        list.getItems().setAll(TraceLine.of(trace));
    }

    @Override
    public void setOnHopChosen(Consumer<ElementId> handler) {
        this.onHopChosen = handler == null ? id -> { } : handler;
    }

    /** The lines shown (for tests). */
    public java.util.List<TraceLine> lines() {
        return java.util.List.copyOf(list.getItems());
    }
}
