package dev.linkwright.ui.canvas;

import dev.linkwright.diagram.DiagramNode;
import dev.linkwright.diagram.LayoutMetrics;
import dev.linkwright.model.Element;
import dev.linkwright.ui.common.IconNode;
import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** A resource: its AWS icon with the name under it and a lighter line (IP address, CIDR or id). */
final class ResourceView extends ElementView {

    @Override
    void draw(DiagramNode node, Element element, RenderContext ctx) {
        double w = node.bounds().width();
        double h = node.bounds().height();
        Rectangle hit = new Rectangle(0, 0, w, h);
        hit.setFill(Color.TRANSPARENT);
        hit.getStyleClass().add("hit-area");
        getChildren().add(hit);
        double s = LayoutMetrics.ICON_SIZE;
        if (node.style().icon() != null) {
            IconNode icon = new IconNode(node.style().icon(), s, ctx.ink());
            icon.setLayoutX((w - s) / 2);
            icon.setLayoutY(LayoutMetrics.ICON_TOP);
            getChildren().add(icon);
        }
        double textWidth = w - 4;
        List<String> lines = TextFit.wrap(node.title(), RenderContext.TITLE, textWidth, 2);
        Text title = new Text(String.join("\n", lines));
        title.setFont(RenderContext.TITLE);
        title.setFill(ctx.foreground());
        title.setTextAlignment(TextAlignment.CENTER);
        title.setWrappingWidth(w);
        title.setTextOrigin(javafx.geometry.VPos.TOP);
        title.setY(LayoutMetrics.ICON_TOP + s + 4);
        title.getStyleClass().add("resource-title");
        getChildren().add(title);
        if (!node.detail().isEmpty()) {
            Text detail = new Text(TextFit.ellipsize(node.detail(), RenderContext.DETAIL, textWidth));
            detail.setFont(RenderContext.DETAIL);
            detail.setFill(ctx.muted());
            detail.setTextAlignment(TextAlignment.CENTER);
            detail.setWrappingWidth(w);
            detail.setTextOrigin(javafx.geometry.VPos.TOP);
            detail.setY(title.getY() + title.getLayoutBounds().getHeight() + 1);
            detail.getStyleClass().add("resource-detail");
            getChildren().add(detail);
        }
    }
}
