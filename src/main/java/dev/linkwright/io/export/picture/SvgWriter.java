package dev.linkwright.io.export.picture;

import dev.linkwright.diagram.AwsIcon;
import dev.linkwright.diagram.IconGraphic;
import dev.linkwright.diagram.Point;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link Picture} as a standalone SVG document: presentation attributes only (no CSS),
 * the AWS icons inlined once each as a {@code <symbol>} of paths and drawn with {@code <use>}
 * (no external references), each element a {@code <g id="element-id">} with a
 * {@code <title>}. Without labels it writes the picture JSVG renders for PNG and PDF, whose text
 * is then drawn separately so that a PDF keeps it as text.
 */
final class SvgWriter {

    static final String FONT_FAMILY = "'Helvetica Neue', Helvetica, Arial, sans-serif";

    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final boolean labels;
    private final boolean background;
    private final Map<AwsIcon, String> symbolIds = new EnumMap<>(AwsIcon.class);

    /**
     * @param labels     write the text marks (false: leave them to {@link Graphics2DPainter})
     * @param background paint a white background
     */
    SvgWriter(boolean labels, boolean background) {
        this.labels = labels;
        this.background = background;
    }

    String write(Picture picture) {
        String w = num(picture.width());
        String h = num(picture.height());
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" viewBox=\"0 0 ").append(w).append(' ').append(h).append("\" font-family=\"").append(attr(FONT_FAMILY))
                .append("\">\n");
        out.append("<title>").append(text(picture.title().isEmpty() ? "Linkwright diagram" : picture.title())).append("</title>\n");
        out.append("<desc>Exported by Linkwright. AWS Architecture Icons are used as AWS permits for architecture diagrams.</desc>\n");
        symbols(picture);
        if (background) {
            out.append("<rect id=\"background\" x=\"0\" y=\"0\" width=\"").append(w).append("\" height=\"").append(h)
                    .append("\" fill=\"#FFFFFF\"/>\n");
        }
        for (PictureItem item : picture.items()) {
            item(item);
        }
        out.append("</svg>\n");
        return out.toString();
    }

    private void item(PictureItem item) {
        out.append("<g");
        if (item.id() != null) {
            out.append(" id=\"").append(attr(item.id())).append('"');
        }
        out.append(" class=\"").append(attr(item.cssClass())).append('"');
        List<String> a = item.attributes();
        for (int i = 0; i + 1 < a.size(); i += 2) {
            out.append(' ').append(a.get(i)).append("=\"").append(attr(a.get(i + 1))).append('"');
        }
        if (item.cssClass().contains("lw-hidden")) {
            out.append(" visibility=\"hidden\"");
        }
        out.append(">\n");
        if (item.tooltip() != null) {
            out.append("  <title>").append(text(item.tooltip())).append("</title>\n");
        }
        for (Mark m : item.marks()) {
            mark(m);
        }
        out.append("</g>\n");
    }

    private void mark(Mark m) {
        if (m instanceof Mark.Box b) {
            box(b);
        } else if (m instanceof Mark.Line l) {
            line(l);
        } else if (m instanceof Mark.Polygon p) {
            out.append("  <polygon points=\"").append(points(p.points())).append("\" fill=\"").append(p.fill()).append("\"/>\n");
        } else if (m instanceof Mark.Icon i) {
            icon(i);
        } else if (m instanceof Mark.Text t) {
            if (labels) {
                label(t);
            }
        } else {
            dot((Mark.Dot) m);
        }
    }

    private void box(Mark.Box b) {
        out.append("  <rect x=\"").append(num(b.x())).append("\" y=\"").append(num(b.y())).append("\" width=\"").append(num(b.width()))
                .append("\" height=\"").append(num(b.height())).append('"');
        if (b.radius() > 0) {
            out.append(" rx=\"").append(num(b.radius())).append('"');
        }
        out.append(" fill=\"").append(b.fill() == null ? "none" : b.fill()).append('"');
        if (b.fill() != null && b.fillOpacity() < 1) {
            out.append(" fill-opacity=\"").append(num(b.fillOpacity())).append('"');
        }
        if (b.stroke() != null) {
            out.append(" stroke=\"").append(b.stroke()).append("\" stroke-width=\"").append(num(b.strokeWidth())).append('"');
            dashes(b.dashes());
        }
        out.append("/>\n");
    }

    private void line(Mark.Line l) {
        out.append("  <polyline points=\"").append(points(l.points())).append("\" fill=\"none\" stroke=\"").append(l.stroke())
                .append("\" stroke-width=\"").append(num(l.width())).append('"');
        if (l.opacity() < 1) {
            out.append(" stroke-opacity=\"").append(num(l.opacity())).append('"');
        }
        dashes(l.dashes());
        out.append(l.roundCaps() ? " stroke-linecap=\"round\" stroke-linejoin=\"round\"" : " stroke-linejoin=\"round\"");
        out.append("/>\n");
    }

    private void dashes(List<Double> dashes) {
        if (!dashes.isEmpty()) {
            StringBuilder d = new StringBuilder();
            for (double v : dashes) {
                d.append(d.length() == 0 ? "" : " ").append(num(v));
            }
            out.append(" stroke-dasharray=\"").append(d).append('"');
        }
    }

    /**
     * Each icon used is defined once as a {@code <symbol>} and drawn with {@code <use>}: a large
     * design draws the same few icons thousands of times.
     */
    private void symbols(Picture picture) {
        Set<String> taken = new HashSet<>();
        Set<AwsIcon> used = new LinkedHashSet<>();
        for (PictureItem item : picture.items()) {
            if (item.id() != null) {
                taken.add(item.id());
            }
            for (Mark m : item.marks()) {
                if (m instanceof Mark.Icon i) {
                    used.add(i.icon());
                }
            }
        }
        if (used.isEmpty()) {
            return;
        }
        out.append("<defs>\n");
        for (AwsIcon icon : used) {
            String id = "lw-icon-" + icon.fileName();
            while (taken.contains(id)) {
                id = id + "_";
            }
            symbolIds.put(icon, id);
            IconGraphic g = icon.graphic();
            out.append("  <symbol id=\"").append(id).append("\" viewBox=\"0 0 ").append(num(g.viewBoxWidth())).append(' ')
                    .append(num(g.viewBoxHeight())).append("\">\n");
            for (IconGraphic.IconPath p : g.paths()) {
                out.append("    <path fill=\"").append(p.fill()).append('"');
                if (p.evenOdd()) {
                    out.append(" fill-rule=\"evenodd\"");
                }
                out.append(" d=\"").append(attr(p.data())).append("\"/>\n");
            }
            out.append("  </symbol>\n");
        }
        out.append("</defs>\n");
    }

    private void icon(Mark.Icon i) {
        String id = symbolIds.get(i.icon());
        out.append("  <use class=\"lw-icon\" data-icon=\"").append(i.icon().fileName()).append("\" href=\"#").append(id)
                .append("\" xlink:href=\"#").append(id).append("\" x=\"").append(num(i.x())).append("\" y=\"").append(num(i.y()))
                .append("\" width=\"").append(num(i.size())).append("\" height=\"").append(num(i.size())).append("\"/>\n");
    }

    private void label(Mark.Text t) {
        out.append("  <text x=\"").append(num(t.x())).append("\" y=\"").append(num(t.y())).append("\" font-size=\"").append(num(t.size()))
                .append('"');
        if (t.bold()) {
            out.append(" font-weight=\"bold\"");
        }
        if (!t.anchor().equals("start")) {
            out.append(" text-anchor=\"").append(t.anchor()).append('"');
        }
        out.append(" fill=\"").append(t.color()).append("\">").append(text(t.text())).append("</text>\n");
    }

    private void dot(Mark.Dot d) {
        out.append("  <circle cx=\"").append(num(d.cx())).append("\" cy=\"").append(num(d.cy())).append("\" r=\"").append(num(d.radius()))
                .append("\" fill=\"").append(d.fill()).append('"');
        if (d.stroke() != null) {
            out.append(" stroke=\"").append(d.stroke()).append("\" stroke-width=\"1.5\"");
        }
        out.append("/>\n");
        if (labels && d.text() != null) {
            label(dotText(d));
        }
    }

    /** The text of a dot as a centred label. */
    static Mark.Text dotText(Mark.Dot d) {
        double size = Math.max(8, d.radius() * 1.25);
        return new Mark.Text(d.cx(), d.cy() + size * 0.36, d.text(), size, true, d.textColor(), "middle");
    }

    private static String points(List<Point> points) {
        StringBuilder b = new StringBuilder();
        for (Point p : points) {
            b.append(b.length() == 0 ? "" : " ").append(num(p.x())).append(',').append(num(p.y()));
        }
        return b.toString();
    }

    /** {@code v} with at most two decimals and no trailing zeros ({@code 12}, {@code 12.5}, {@code -0.25}). */
    static String num(double v) {
        long hundredths = Math.round(v * 100);
        if (hundredths % 100 == 0) {
            return Long.toString(hundredths / 100);
        }
        long abs = Math.abs(hundredths);
        String fraction = abs % 10 == 0 ? Long.toString(abs % 100 / 10) : (abs % 100 < 10 ? "0" : "") + (abs % 100);
        return (hundredths < 0 ? "-" : "") + (abs / 100) + "." + fraction;
    }

    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                default -> b.append(c < 0x20 && c != '\t' && c != '\n' ? ' ' : c);
            }
        }
        return b.toString();
    }

    static String attr(String s) {
        return text(s).replace("\"", "&quot;");
    }
}
