package dev.linkwright.io.export.picture;

import dev.linkwright.diagram.LayoutMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits label text into a width with the layout's width estimate, the same one the automatic
 * layout used, so that labels fit the room the layout made for them in every format.
 */
final class TextFit {

    private TextFit() {
    }

    static double width(String text, double size, boolean bold) {
        return LayoutMetrics.textWidth(text, size, bold);
    }

    /** {@code text}, cut with an ellipsis when wider than {@code max}. */
    static String ellipsize(String text, double size, boolean bold, double max) {
        if (width(text, size, bold) <= max) {
            return text;
        }
        String t = text;
        while (!t.isEmpty() && width(t + "…", size, bold) > max) {
            t = t.substring(0, t.length() - 1);
        }
        return t.isEmpty() ? "" : t + "…";
    }

    /** Up to {@code maxLines} lines of at most {@code max} wide, broken at spaces where possible. */
    static List<String> wrap(String text, double size, double max, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = text.trim();
        while (!rest.isEmpty() && lines.size() < maxLines - 1 && width(rest, size, false) > max) {
            int cut = lastFit(rest, size, max);
            int space = rest.lastIndexOf(' ', cut);
            int end = space > 0 ? space : Math.max(1, cut);
            lines.add(rest.substring(0, end).trim());
            rest = rest.substring(end).trim();
        }
        if (!rest.isEmpty()) {
            lines.add(ellipsize(rest, size, false, max));
        }
        return lines;
    }

    private static int lastFit(String text, double size, double max) {
        int n = text.length();
        while (n > 1 && width(text.substring(0, n), size, false) > max) {
            n--;
        }
        return n;
    }
}
