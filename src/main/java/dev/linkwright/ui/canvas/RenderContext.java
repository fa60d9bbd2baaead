package dev.linkwright.ui.canvas;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import dev.linkwright.diagram.IconGraphic;
import dev.linkwright.diagram.LayoutMetrics;

/** Colours and fonts for drawing the diagram in the light or dark theme. */
final class RenderContext {

    static final Font GROUP_TITLE = Font.font("System", FontWeight.BOLD, LayoutMetrics.GROUP_TITLE_FONT);
    static final Font TITLE = Font.font("System", FontWeight.NORMAL, LayoutMetrics.TITLE_FONT);
    static final Font DETAIL = Font.font("System", FontWeight.NORMAL, LayoutMetrics.DETAIL_FONT);
    static final Font CHIP_TAG = Font.font("System", FontWeight.BOLD, 10);
    static final Font CHIP_LABEL = Font.font("System", FontWeight.NORMAL, LayoutMetrics.TITLE_FONT - 1);
    static final Color SELECTION = Color.web("#0972D3");

    private final boolean dark;

    RenderContext(boolean dark) {
        this.dark = dark;
    }

    boolean dark() {
        return dark;
    }

    /** Text colour. */
    Color foreground() {
        return dark ? Color.web("#E6EDF3") : Color.web("#1F2328");
    }

    /** Colour of the lighter detail lines. */
    Color muted() {
        return dark ? Color.web("#9198A1") : Color.web("#59636E");
    }

    /** The colour icons' dark ink is painted in: unchanged on light, the text colour on dark. */
    Color ink() {
        return dark ? foreground() : null;
    }

    /** A style colour, with AWS's near-black replaced by the text colour on dark. */
    Color color(String hex) {
        if (hex == null) {
            return null;
        }
        return dark && IconGraphic.isInk(hex) ? foreground() : Color.web(hex);
    }

    /**
     * A translucent fill in the given colour. At 10 % over white it gives exactly AWS's subnet fills
     * (#F2F6E8 public, #E6F6F7 private), and it stays subtle on a dark background.
     */
    Color tint(String hex, double opacity) {
        Color c = color(hex);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), dark ? opacity * 1.6 : opacity);
    }
}
