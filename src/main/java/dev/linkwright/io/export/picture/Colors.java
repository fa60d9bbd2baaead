package dev.linkwright.io.export.picture;

import java.util.Locale;

/** The colours of exported diagrams and small colour arithmetic on {@code #rrggbb} strings. */
final class Colors {

    static final String INK = "#232F3E";
    static final String MUTED = "#5F6B7A";
    static final String WHITE = "#FFFFFF";
    static final String FLOW = "#1A73E8";

    private Colors() {
    }

    /** {@code color} mixed with white: {@code amount} 0 gives white, 1 the colour. */
    static String tint(String color, double amount) {
        int[] c = rgb(color);
        return hex((int) Math.round(255 - (255 - c[0]) * amount), (int) Math.round(255 - (255 - c[1]) * amount),
                (int) Math.round(255 - (255 - c[2]) * amount));
    }

    /** {@code color} with its brightness multiplied by {@code factor}. */
    static String shade(String color, double factor) {
        int[] c = rgb(color);
        return hex((int) Math.round(c[0] * factor), (int) Math.round(c[1] * factor), (int) Math.round(c[2] * factor));
    }

    static int[] rgb(String color) {
        String h = color.startsWith("#") ? color.substring(1) : color;
        return new int[] {Integer.parseInt(h.substring(0, 2), 16), Integer.parseInt(h.substring(2, 4), 16),
                Integer.parseInt(h.substring(4, 6), 16)};
    }

    private static String hex(int r, int g, int b) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", clamp(r), clamp(g), clamp(b));
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
