package dev.linkwright.ui.canvas;

import dev.linkwright.diagram.ConnectionKind;
import dev.linkwright.diagram.LineStyle;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;

/** The key to the line styles (and subnet colours) used in the current diagram. */
final class LegendView extends VBox {

    LegendView() {
        getStyleClass().add("diagram-legend");
        setSpacing(4);
        setPadding(new Insets(8, 12, 8, 12));
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setMouseTransparent(true);
    }

    /** Shows entries for {@code kinds} and the subnet styles present; hides itself when empty. */
    void show(Set<ConnectionKind> kinds, boolean publicSubnets, boolean privateSubnets, RenderContext ctx) {
        getChildren().clear();
        if (publicSubnets || privateSubnets) {
            if (publicSubnets) {
                getChildren().add(swatch("#7AA116", "Public subnet", ctx));
            }
            if (privateSubnets) {
                getChildren().add(swatch("#00A4A6", "Private subnet", ctx));
            }
        }
        for (ConnectionKind k : kinds) {
            getChildren().add(entry(k, ctx));
        }
        if (!getChildren().isEmpty()) {
            Label title = new Label("Legend");
            title.getStyleClass().add("legend-title");
            getChildren().add(0, title);
        }
        setVisible(!getChildren().isEmpty());
        setManaged(isVisible());
    }

    private static HBox entry(ConnectionKind kind, RenderContext ctx) {
        LineStyle s = kind.style();
        Line line = new Line(0, 0, 34, 0);
        line.setStroke(ctx.color(s.color()));
        line.setStrokeWidth(s.width());
        line.getStrokeDashArray().setAll(s.dashes());
        line.setStrokeLineCap(s.roundCaps() ? StrokeLineCap.ROUND : StrokeLineCap.BUTT);
        Label text = new Label(kind.legend());
        text.getStyleClass().add("legend-text");
        javafx.scene.layout.StackPane sample = new javafx.scene.layout.StackPane(line);
        sample.setMinWidth(40);
        sample.setPrefWidth(40);
        HBox row = new HBox(6, sample, text);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static HBox swatch(String color, String label, RenderContext ctx) {
        Rectangle r = new Rectangle(34, 12);
        r.setFill(ctx.tint(color, 0.18));
        r.setStroke(ctx.color(color));
        r.setStrokeWidth(1);
        Label text = new Label(label);
        text.getStyleClass().add("legend-text");
        javafx.scene.layout.StackPane sample = new javafx.scene.layout.StackPane(r);
        sample.setMinWidth(40);
        sample.setPrefWidth(40);
        HBox row = new HBox(6, sample, text);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
