package dev.linkwright.ui.canvas;

import dev.linkwright.diagram.DiagramNode;
import dev.linkwright.diagram.LayoutMetrics;
import dev.linkwright.diagram.NodeStyle;
import dev.linkwright.model.Element;
import dev.linkwright.ui.common.IconNode;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A resource: its AWS icon with the name under it and a lighter line (IP address, CIDR or id).
 * A load balancer or endpoint present in several subnets is drawn again in each (its replicas),
 * with that node's or interface's address.
 */
final class ResourceView extends ElementView {

    @Override
    void draw(DiagramNode node, Element element, RenderContext ctx) {
        getChildren().add(cell(node.style(), node.title(), node.detail(), node.bounds().width(), node.bounds().height(), ctx));
        for (DiagramNode.Replica r : node.replicas()) {
            Group replica = cell(node.style(), node.title(), r.detail(), r.bounds().width(), r.bounds().height(), ctx);
            replica.setLayoutX(r.bounds().x() - node.bounds().x());
            replica.setLayoutY(r.bounds().y() - node.bounds().y());
            replica.getStyleClass().add("replica");
            getChildren().add(replica);
        }
    }

    private static Group cell(NodeStyle style, String titleText, String detailText, double w, double h, RenderContext ctx) {
        Group cell = new Group();
        Rectangle hit = new Rectangle(0, 0, w, h);
        hit.setFill(Color.TRANSPARENT);
        hit.getStyleClass().add("hit-area");
        cell.getChildren().add(hit);
        double s = LayoutMetrics.ICON_SIZE;
        if (style.icon() != null) {
            IconNode icon = new IconNode(style.icon(), s, ctx.ink());
            icon.setLayoutX((w - s) / 2);
            icon.setLayoutY(LayoutMetrics.ICON_TOP);
            cell.getChildren().add(icon);
        }
        double textWidth = w - 4;
        List<String> lines = TextFit.wrap(titleText, RenderContext.TITLE, textWidth, 2);
        Text title = new Text(String.join("\n", lines));
        title.setFont(RenderContext.TITLE);
        title.setFill(ctx.foreground());
        title.setTextAlignment(TextAlignment.CENTER);
        title.setWrappingWidth(w);
        title.setTextOrigin(VPos.TOP);
        title.setY(LayoutMetrics.ICON_TOP + s + 4);
        title.getStyleClass().add("resource-title");
        cell.getChildren().add(title);
        if (!detailText.isEmpty()) {
            Text detail = new Text(TextFit.ellipsize(detailText, RenderContext.DETAIL, textWidth));
            detail.setFont(RenderContext.DETAIL);
            detail.setFill(ctx.muted());
            detail.setTextAlignment(TextAlignment.CENTER);
            detail.setWrappingWidth(w);
            detail.setTextOrigin(VPos.TOP);
            detail.setY(title.getY() + title.getLayoutBounds().getHeight() + 1);
            detail.getStyleClass().add("resource-detail");
            cell.getChildren().add(detail);
        }
        return cell;
    }
}
