package dev.linkwright.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Fits label text into a width: measured with a probe, cut with an ellipsis. */
final class TextFit {

    private static final Text PROBE = new Text();
    private static final String ELLIPSIS = "…";

    private TextFit() {
    }

    static double width(String text, Font font) {
        PROBE.setFont(font);
        PROBE.setText(text);
        return PROBE.getLayoutBounds().getWidth();
    }

    /** {@code text}, cut with an ellipsis if wider than {@code max}. */
    static String ellipsize(String text, Font font, double max) {
        if (text == null || text.isEmpty() || width(text, font) <= max) {
            return text == null ? "" : text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (width(text.substring(0, mid).stripTrailing() + ELLIPSIS, font) <= max) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? ELLIPSIS : text.substring(0, lo).stripTrailing() + ELLIPSIS;
    }

    /** {@code text} broken into at most {@code maxLines} lines of {@code max} width; the last one cut. */
    static List<String> wrap(String text, Font font, double max, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return lines;
        }
        String rest = text.strip();
        while (!rest.isEmpty() && lines.size() < maxLines - 1) {
            if (width(rest, font) <= max) {
                break;
            }
            int cut = lastFit(rest, font, max);
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            lines.add(ellipsize(rest, font, max));
        }
        return lines;
    }

    /** Where to break {@code text}: after the last space that fits, else after the last character that fits. */
    private static int lastFit(String text, Font font, double max) {
        int lastSpace = -1;
        for (int i = 1; i <= text.length(); i++) {
            if (width(text.substring(0, i), font) > max) {
                if (lastSpace > 0) {
                    return lastSpace;
                }
                return Math.max(1, i - 1);
            }
            char c = text.charAt(i - 1);
            if (c == ' ' || c == '-' || c == '/' || c == '.' || c == ',') {
                lastSpace = i;
            }
        }
        return text.length();
    }
}
