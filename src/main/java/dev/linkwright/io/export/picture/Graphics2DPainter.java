package dev.linkwright.io.export.picture;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.DocumentLimits;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Paints a {@link Picture} into any {@link Graphics2D} (a PNG image, a PDF page): JSVG renders the
 * picture's shapes and icons from its SVG, then the labels are drawn with {@code drawString} so that
 * a PDF keeps them as text where its fonts can show them.
 */
final class Graphics2DPainter {

    static final String FONT = Font.SANS_SERIF;

    /**
     * JSVG refuses documents with more than 2,000 shapes by default, a guard against hostile files.
     * The SVG here is our own, so the count is lifted; the nesting limits stay.
     */
    private static final DocumentLimits LIMITS = new DocumentLimits(DocumentLimits.DEFAULT_MAX_NESTING_DEPTH,
            DocumentLimits.DEFAULT_MAX_USE_NESTING_DEPTH, Integer.MAX_VALUE);

    private Graphics2DPainter() {
    }

    /** Paints {@code picture} at the origin of {@code g}, in diagram units. */
    static void paint(Picture picture, Graphics2D g, boolean background) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        String svg = new SvgWriter(false, background).write(picture);
        SVGDocument doc = new SVGLoader().load(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)), null,
                LoaderContext.builder().documentLimits(LIMITS).build());
        if (doc == null) {
            throw new IllegalStateException("the diagram's SVG could not be rendered");
        }
        doc.render((java.awt.Component) null, g, new ViewBox(0, 0, (float) picture.width(), (float) picture.height()));
        Map<String, Font> fonts = new HashMap<>();
        for (PictureItem item : picture.items()) {
            for (Mark m : item.marks()) {
                if (m instanceof Mark.Text t) {
                    text(g, t, fonts);
                } else if (m instanceof Mark.Dot d && d.text() != null) {
                    text(g, SvgWriter.dotText(d), fonts);
                }
            }
        }
    }

    private static void text(Graphics2D g, Mark.Text t, Map<String, Font> fonts) {
        Font font = fonts.computeIfAbsent(t.bold() + "/" + t.size(),
                k -> new Font(FONT, t.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) t.size()));
        g.setFont(font);
        g.setColor(Color.decode(t.color()));
        float width = (float) g.getFontMetrics().getStringBounds(t.text(), g).getWidth();
        float x = (float) t.x();
        if (t.anchor().equals("middle")) {
            x -= width / 2;
        } else if (t.anchor().equals("end")) {
            x -= width;
        }
        g.drawString(t.text(), x, (float) t.y());
    }
}
