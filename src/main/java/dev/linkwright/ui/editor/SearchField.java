package dev.linkwright.ui.editor;

import dev.linkwright.edit.DesignSearch;
import dev.linkwright.model.ElementId;
import dev.linkwright.ui.canvas.DiagramCanvas;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * Search by name, id, CIDR block or IP address: matches drop down as the user types; picking one
 * (or Enter, again for the next) selects the element and scrolls it into view. Esc clears.
 */
public final class SearchField extends TextField {

    private final EditorViewModel editor;
    private final DiagramCanvas canvas;
    private final ContextMenu popup = new ContextMenu();
    private final Consumer<String> status;
    private List<DesignSearch.Hit> hits = List.of();
    private int current = -1;

    public SearchField(EditorViewModel editor, DiagramCanvas canvas, Consumer<String> status) {
        this.editor = editor;
        this.canvas = canvas;
        this.status = status;
        setId("search-field");
        setPromptText("Find name, id, CIDR or IP  (Ctrl+F)");
        setPrefColumnCount(22);
        getStyleClass().add("search-field");
        popup.getStyleClass().add("search-results");
        textProperty().addListener((o, was, is) -> update(is));
        setOnAction(e -> next());
        setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ESCAPE) {
                clear();
                popup.hide();
                canvas.requestFocus();
                k.consume();
            } else if (k.getCode() == KeyCode.DOWN && !hits.isEmpty()) {
                popup.show(this, Side.BOTTOM, 0, 0);
                k.consume();
            }
        });
        focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                popup.hide();
            }
        });
    }

    private void update(String query) {
        hits = editor.search(query);
        current = -1;
        popup.getItems().clear();
        if (query == null || query.isBlank()) {
            popup.hide();
            return;
        }
        if (hits.isEmpty()) {
            popup.getItems().add(item("No element matches “" + query.trim() + "”", null, null));
        }
        for (DesignSearch.Hit h : hits.subList(0, Math.min(12, hits.size()))) {
            popup.getItems().add(item(h.label() + (h.label().equals(h.id().value()) ? "" : "  ·  " + h.id()), h.why(), h.id()));
        }
        if (hits.size() > 12) {
            popup.getItems().add(item("… and " + (hits.size() - 12) + " more (Enter steps through them)", null, null));
        }
        if (!popup.isShowing() && getScene() != null && getScene().getWindow() != null && isFocused()) {
            popup.show(this, Side.BOTTOM, 0, 0);
        }
    }

    private CustomMenuItem item(String title, String why, ElementId id) {
        Label t = new Label(title);
        VBox box = new VBox(1, t);
        if (why != null) {
            Label w = new Label(why);
            w.getStyleClass().addAll("text-small", "text-muted");
            box.getChildren().add(w);
        }
        CustomMenuItem mi = new CustomMenuItem(box, true);
        mi.setDisable(id == null);
        if (id != null) {
            mi.setOnAction(e -> go(id, hits.indexOf(hits.stream().filter(h -> h.id().equals(id)).findFirst().orElse(null))));
        }
        return mi;
    }

    /** Goes to the next match (Enter). */
    public void next() {
        if (hits.isEmpty()) {
            status.accept(getText().isBlank() ? "" : "No element matches “" + getText().trim() + "”");
            return;
        }
        current = (current + 1) % hits.size();
        go(hits.get(current).id(), current);
    }

    private void go(ElementId id, int index) {
        current = Math.max(0, index);
        editor.selection().select(id);
        canvas.reveal(id);
        status.accept("Found " + (current + 1) + " of " + hits.size() + ": " + hits.get(current).label() + " (" + hits.get(current).why() + ")");
        popup.hide();
    }
}
