package dev.linkwright.ui.canvas;

import dev.linkwright.diagram.DiagramNode;
import dev.linkwright.model.Element;
import javafx.geometry.VPos;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/** A compact pill for a rule table or similar (route table, security group, network ACL, ...). */
final class ChipView extends ElementView {

    @Override
    void draw(DiagramNode node, Element element, RenderContext ctx) {
        double w = node.bounds().width();
        double h = node.bounds().height();
        Rectangle pill = new Rectangle(0, 0, w, h);
        pill.setArcWidth(h);
        pill.setArcHeight(h);
        pill.setFill(ctx.tint(node.style().stroke(), 0.08));
        pill.setStroke(ctx.color(node.style().stroke()).deriveColor(0, 1, 1, 0.6));
        pill.setStrokeWidth(1);
        Text tag = new Text(node.style().chipTag());
        tag.setFont(RenderContext.CHIP_TAG);
        tag.setFill(ctx.color(node.style().stroke()));
        tag.setTextOrigin(VPos.CENTER);
        tag.setX(8);
        tag.setY(h / 2);
        double labelX = 8 + tag.getLayoutBounds().getWidth() + 6;
        Text label = new Text(TextFit.ellipsize(node.title(), RenderContext.CHIP_LABEL, w - labelX - 8));
        label.setFont(RenderContext.CHIP_LABEL);
        label.setFill(ctx.foreground());
        label.setTextOrigin(VPos.CENTER);
        label.setX(labelX);
        label.setY(h / 2);
        getChildren().setAll(pill, tag, label);
    }
}
