package dev.linkwright.ui.canvas;

import dev.linkwright.diagram.DiagramNode;
import dev.linkwright.diagram.LayoutMetrics;
import dev.linkwright.diagram.NodeStyle;
import dev.linkwright.model.Element;
import dev.linkwright.ui.common.IconNode;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeType;
import javafx.scene.text.Text;

/**
 * A container drawn as AWS diagrams draw groups: a coloured border (dashed for Regions and AZs),
 * the group icon in the top-left corner and the title beside it in the group's colour, with the
 * detail (CIDR, account id, ...) in a lighter tone. Subnets have a tinted fill and no border.
 */
final class GroupView extends ElementView {

    @Override
    void draw(DiagramNode node, Element element, RenderContext ctx) {
        getChildren().setAll(paint(node.bounds().width(), node.bounds().height(), node.title(),
                node.collapsed() ? node.detail() + (node.detail().isEmpty() ? "" : "  ") + "(collapsed)" : node.detail(),
                node.style(), ctx));
    }

    /** The children of a group box of the given size at the origin (also used for the AWS Cloud frame). */
    static List<Node> paint(double w, double h, String title, String detail, NodeStyle style, RenderContext ctx) {
        boolean subnet = style.fill() != null;
        double sw = style.name().equals("availability-zone") ? 1.5 : 1.8;
        // a centred stroke on a rectangle inset by half its width looks like an inside stroke, without
        // the area arithmetic JavaFX does for inside strokes (which made large diagrams slow to draw)
        Rectangle box = subnet ? new Rectangle(0, 0, w, h) : new Rectangle(sw / 2, sw / 2, Math.max(0, w - sw), Math.max(0, h - sw));
        box.setFill(subnet ? ctx.tint(style.stroke(), 0.1) : Color.TRANSPARENT);
        box.setStroke(subnet ? null : ctx.color(style.stroke()));
        box.setStrokeWidth(sw);
        box.setStrokeType(StrokeType.CENTERED);
        if (style.dashed()) {
            box.getStrokeDashArray().setAll(style.name().equals("availability-zone") ? List.of(8.0, 5.0) : List.of(6.0, 4.0));
        }
        box.getStyleClass().add("group-box");
        double textX = 10;
        Node icon = null;
        if (style.icon() != null) {
            double s = LayoutMetrics.GROUP_ICON_SIZE;
            boolean square = style.icon().hasBackground();
            double size = square ? s : s - 6;
            icon = new IconNode(style.icon(), size, square ? null : ctx.ink());
            icon.setLayoutX(square ? 0 : 3);
            icon.setLayoutY(square ? 0 : 3);
            textX = s + 9;
        }
        double baseline = 21;
        Text titleText = new Text(TextFit.ellipsize(title, RenderContext.GROUP_TITLE, Math.max(20, w - textX - 8)));
        titleText.setFont(RenderContext.GROUP_TITLE);
        titleText.setFill(style.name().equals("availability-zone") || style.name().endsWith("subnet")
                ? ctx.color(style.stroke()).deriveColor(0, 1, ctx.dark() ? 1.2 : 0.8, 1)
                : ctx.color(style.stroke()));
        titleText.setX(textX);
        titleText.setY(baseline);
        titleText.getStyleClass().add("group-title");
        Text detailText = new Text();
        double detailX = textX + titleText.getLayoutBounds().getWidth() + 10;
        double room = w - detailX - 8;
        if (detail != null && !detail.isEmpty() && room > 24) {
            detailText.setText(TextFit.ellipsize(detail, RenderContext.DETAIL, room));
        }
        detailText.setFont(RenderContext.DETAIL);
        detailText.setFill(ctx.muted());
        detailText.setX(detailX);
        detailText.setY(baseline);
        detailText.getStyleClass().add("group-detail");
        return icon == null ? List.of(box, titleText, detailText) : List.of(box, icon, titleText, detailText);
    }

    /** The AWS Cloud frame around the accounts: a plain group, not an element. */
    static javafx.scene.Group cloudFrame(dev.linkwright.model.Bounds b, RenderContext ctx) {
        javafx.scene.Group g = new javafx.scene.Group(paint(b.width(), b.height(), "AWS Cloud", "",
                dev.linkwright.diagram.DiagramStyles.AWS_CLOUD, ctx).toArray(Node[]::new));
        g.setLayoutX(b.x());
        g.setLayoutY(b.y());
        g.setMouseTransparent(true);
        g.getStyleClass().add("aws-cloud");
        return g;
    }
}
