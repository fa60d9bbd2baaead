package dev.linkwright.ui.editor;

import dev.linkwright.edit.Palette;
import dev.linkwright.model.ElementKind;
import dev.linkwright.ui.canvas.DiagramCanvas;
import dev.linkwright.ui.canvas.DropFeedback;
import dev.linkwright.ui.common.IconNode;
import java.util.ArrayList;
import java.util.List;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The palette: the AWS elements in groups, with a search field. Drag an item onto the canvas to
 * create it: while dragging, the element follows the pointer at its real size, the container that
 * would receive it is outlined (green, or red with the reason when AWS would not allow it there),
 * and Esc cancels. Double-click (or Enter) adds the item to the selected container.
 */
public final class PaletteView extends VBox {

    private final EditorViewModel editor;
    private final DiagramCanvas canvas;
    private final TextField search = new TextField();
    private final VBox sections = new VBox(10);
    private final List<HBox> items = new ArrayList<>();

    public PaletteView(EditorViewModel editor, DiagramCanvas canvas) {
        this.editor = editor;
        this.canvas = canvas;
        getStyleClass().add("palette");
        setId("palette");
        search.setPromptText("Search palette");
        search.setId("palette-search");
        search.textProperty().addListener((o, was, is) -> rebuild(is));
        FontIcon glass = new FontIcon(Material2MZ.SEARCH);
        HBox searchBox = new HBox(6, glass, search);
        searchBox.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.ALWAYS);
        searchBox.setPadding(new Insets(8, 8, 4, 8));
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("palette-scroll");
        sections.setPadding(new Insets(4, 8, 12, 8));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(searchBox, scroll);
        setPrefWidth(212);
        setMinWidth(170);
        rebuild("");
    }

    /** The search field (View ▸ focus palette). */
    public TextField searchField() {
        return search;
    }

    private void rebuild(String query) {
        sections.getChildren().clear();
        items.clear();
        for (Palette.Section s : Palette.sections()) {
            List<Palette.Item> matching = s.matching(query == null ? "" : query);
            if (matching.isEmpty()) {
                continue;
            }
            Label title = new Label(s.title().toUpperCase());
            title.getStyleClass().addAll("palette-section", "text-small", "text-muted");
            title.setWrapText(true);
            VBox list = new VBox(1);
            for (Palette.Item i : matching) {
                HBox row = item(i);
                items.add(row);
                list.getChildren().add(row);
            }
            sections.getChildren().add(new VBox(4, title, list));
        }
        if (sections.getChildren().isEmpty()) {
            Label none = new Label("Nothing matches “" + query + "”.");
            none.getStyleClass().add("text-muted");
            none.setWrapText(true);
            sections.getChildren().add(none);
        }
    }

    private HBox item(Palette.Item i) {
        Label name = new Label(i.label());
        name.getStyleClass().add("palette-label");
        name.setWrapText(true);
        HBox row = new HBox(8, glyph(i), name);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(3, 6, 3, 4));
        row.getStyleClass().add("palette-item");
        row.setId("palette-" + i.kind().wire());
        row.setFocusTraversable(true);
        row.setCursor(Cursor.OPEN_HAND);
        Tooltip tip = new Tooltip(i.label() + " — " + i.hint() + ".\nDrag onto the canvas, or double-click to add it to the selection.");
        tip.setShowDelay(Duration.millis(600));
        Tooltip.install(row, tip);
        new ItemDrag(i.kind(), row).install();
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                editor.addToSelection(i.kind());
            }
        });
        row.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                editor.addToSelection(i.kind());
                e.consume();
            }
        });
        return row;
    }

    /** The item's icon at palette size; kinds without an AWS icon get the box or tag they are drawn with. */
    static Node glyph(Palette.Item i) {
        double s = 26;
        if (i.icon() != null) {
            return new Group(new IconNode(i.icon(), s, null)); // the outer group's bounds are the scaled icon's
        }
        if (i.kind() == ElementKind.AVAILABILITY_ZONE) {
            Rectangle box = new Rectangle(s, s * 0.8);
            box.setFill(Color.TRANSPARENT);
            box.setStroke(Color.web("#147EBA"));
            box.setStrokeWidth(1.5);
            box.getStrokeDashArray().setAll(4.0, 3.0);
            return box;
        }
        String tag;
        String color;
        switch (i.kind()) {
            case SECURITY_GROUP: tag = "SG"; color = "#DD344C"; break;
            case ROUTE_TABLE: case TGW_ROUTE_TABLE: tag = "RT"; color = "#8C4FFF"; break;
            case TARGET_GROUP: tag = "TG"; color = "#8C4FFF"; break;
            default: tag = "PL"; color = "#7D8998"; break;
        }
        Rectangle pill = new Rectangle(s, 16);
        pill.setArcWidth(16);
        pill.setArcHeight(16);
        pill.setFill(Color.web(color).deriveColor(0, 1, 1, 0.12));
        pill.setStroke(Color.web(color));
        Text t = new Text(tag);
        t.setFont(Font.font("System", FontWeight.BOLD, 9));
        t.setFill(Color.web(color));
        t.setTextOrigin(VPos.CENTER);
        t.setX((s - t.getLayoutBounds().getWidth()) / 2);
        t.setY(8);
        return new Group(pill, t);
    }

    /**
     * Dragging one palette item: the pointer's events stay with the item, so this follows them,
     * maps the pointer to the diagram when it is over the canvas and asks the editor what a drop
     * there would do.
     */
    private final class ItemDrag {
        private final ElementKind kind;
        private final Node source;
        private Group ghost;
        private boolean dragging;
        private boolean cancelled;
        private EventHandler<KeyEvent> escape;

        ItemDrag(ElementKind kind, Node source) {
            this.kind = kind;
            this.source = source;
        }

        void install() {
            source.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    source.requestFocus();
                    dragging = false;
                    cancelled = false;
                }
            });
            source.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
            source.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        }

        private void dragged(MouseEvent e) {
            if (!e.isPrimaryButtonDown() || cancelled) {
                return;
            }
            if (!dragging) {
                dragging = true;
                source.setCursor(Cursor.CLOSED_HAND);
                ghost = new Group(glyph(Palette.item(kind).orElseThrow()));
                ghost.setOpacity(0.7);
                ghost.setMouseTransparent(true);
                ghost.getStyleClass().add("palette-ghost");
                ghost.setScaleX(1.8);
                ghost.setScaleY(1.8);
                Scene scene = source.getScene();
                escape = k -> {
                    if (k.getCode() == KeyCode.ESCAPE) {
                        cancel();
                        k.consume();
                    }
                };
                scene.addEventFilter(KeyEvent.KEY_PRESSED, escape);
            }
            if (ghost == null) {
                return;
            }
            if (canvas.isOver(e.getSceneX(), e.getSceneY())) {
                Point2D p = canvas.toDiagram(e.getSceneX(), e.getSceneY());
                if (ghost.getParent() == null) {
                    canvas.overlay().getChildren().add(ghost);
                }
                ghost.setLayoutX(p.getX() - 13);
                ghost.setLayoutY(p.getY() - 13);
                DropFeedback f = editor.checkDrop(kind, p.getX(), p.getY());
                canvas.showFeedback(f, e.getSceneX(), e.getSceneY());
            } else {
                canvas.overlay().getChildren().remove(ghost);
                canvas.clearFeedback();
            }
            e.consume();
        }

        private void released(MouseEvent e) {
            if (!dragging || ghost == null) {
                dragging = false;
                return;
            }
            boolean over = canvas.isOver(e.getSceneX(), e.getSceneY());
            Point2D p = canvas.toDiagram(e.getSceneX(), e.getSceneY());
            cancel();
            if (over) {
                canvas.requestFocus();
                editor.drop(kind, p.getX(), p.getY()); // a refusal is shown in place by the editor's view
            }
            e.consume();
        }

        private void cancel() {
            dragging = false;
            cancelled = true;
            source.setCursor(Cursor.OPEN_HAND);
            if (ghost != null) {
                canvas.overlay().getChildren().remove(ghost);
                ghost = null;
            }
            canvas.clearFeedback();
            if (escape != null && source.getScene() != null) {
                source.getScene().removeEventFilter(KeyEvent.KEY_PRESSED, escape);
                escape = null;
            }
        }
    }
}
