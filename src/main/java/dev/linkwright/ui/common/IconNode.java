package dev.linkwright.ui.common;

import dev.linkwright.diagram.AwsIcon;
import dev.linkwright.diagram.IconGraphic;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;

/**
 * An AWS icon drawn with JavaFX {@link SVGPath}s, scaled from its view box to {@code size}. Vector,
 * so it stays sharp at every zoom. On a dark background the icons' dark "ink" is repainted in
 * {@code ink} so servers, clients and the internet stay visible.
 */
public final class IconNode extends Group {

    private final AwsIcon icon;

    public IconNode(AwsIcon icon, double size, Color ink) {
        this.icon = icon;
        IconGraphic g = icon.graphic();
        for (IconGraphic.IconPath p : g.paths()) {
            SVGPath path = new SVGPath();
            path.setContent(p.data());
            path.setFillRule(p.evenOdd() ? FillRule.EVEN_ODD : FillRule.NON_ZERO);
            path.setFill(ink != null && IconGraphic.isInk(p.fill()) ? ink : Color.web(p.fill()));
            path.setStroke(null);
            getChildren().add(path);
        }
        double scale = size / Math.max(g.viewBoxWidth(), g.viewBoxHeight());
        getTransforms().add(new Scale(scale, scale, 0, 0));
        setMouseTransparent(false);
    }

    public AwsIcon icon() {
        return icon;
    }
}
