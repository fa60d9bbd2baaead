package dev.linkwright.diagram;

/**
 * The measures of the diagram, shared by the automatic layout and every renderer so that the
 * canvas, the SVG and the draw.io exports agree. Units are diagram units (pixels at 100 %).
 */
public final class LayoutMetrics {

    /** Side of a resource icon. */
    public static final double ICON_SIZE = 48;
    /** Gap above a resource icon inside its cell. */
    public static final double ICON_TOP = 4;
    /** Width of a resource cell: the icon and up to two lines of title and one of detail under it. */
    public static final double CELL_WIDTH = 132;
    /** Height of a resource cell. */
    public static final double CELL_HEIGHT = 104;
    /** Side of a group's corner icon. */
    public static final double GROUP_ICON_SIZE = 32;
    /** Height of a group's header band (corner icon and title). */
    public static final double HEADER_HEIGHT = 42;
    /** Inner padding of a group. */
    public static final double PADDING = 16;
    /** Gap between groups side by side. */
    public static final double GROUP_GAP = 24;
    /** Gap between resource cells. */
    public static final double CELL_GAP = 6;
    /** Height of a chip. */
    public static final double CHIP_HEIGHT = 22;
    /** Gap between chips. */
    public static final double CHIP_GAP = 6;
    /** Largest chip width; longer labels are cut. */
    public static final double CHIP_MAX_WIDTH = 190;
    /** Smallest group. */
    public static final double MIN_GROUP_WIDTH = 200;
    /** Smallest group height (header and a little room). */
    public static final double MIN_GROUP_HEIGHT = 84;
    /** Margin around the whole diagram. */
    public static final double MARGIN = 24;
    /** Space between the on-premises column and the AWS Cloud. */
    public static final double COLUMN_GAP = 120;
    /** Font size of group titles. */
    public static final double GROUP_TITLE_FONT = 13;
    /** Font size of resource titles and chip labels. */
    public static final double TITLE_FONT = 12;
    /** Font size of detail lines. */
    public static final double DETAIL_FONT = 11;

    private LayoutMetrics() {
    }

    /**
     * An estimate of the width of {@code text} in a sans-serif font: the layout runs without a
     * toolkit (exporters, command line), so it cannot measure; the estimate errs on the wide side.
     */
    public static double textWidth(String text, double fontSize, boolean bold) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        double units = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("il.,:;|!'ijf ".indexOf(c) >= 0) {
                units += 0.33;
            } else if (c == 't' || c == 'r' || c == '(' || c == ')' || c == '-' || c == '/') {
                units += 0.42;
            } else if (c == 'm' || c == 'w' || c == 'M' || c == 'W' || c == '@' || c == '%') {
                units += 0.92;
            } else if (Character.isUpperCase(c)) {
                units += 0.72;
            } else if (Character.isDigit(c)) {
                units += 0.64;
            } else {
                units += 0.62;
            }
        }
        return units * fontSize * (bold ? 1.12 : 1.0);
    }

    /** The width a group needs for its header: corner icon, title and detail on one line. */
    public static double headerWidth(String title, String detail, boolean hasIcon) {
        double w = (hasIcon ? GROUP_ICON_SIZE + 10 : 12) + textWidth(title, GROUP_TITLE_FONT, true);
        if (detail != null && !detail.isEmpty()) {
            w += 10 + textWidth(detail, DETAIL_FONT, false);
        }
        return w + 14;
    }

    /** The width of a chip showing {@code tag} and {@code label}. */
    public static double chipWidth(String tag, String label) {
        double w = 8 + textWidth(tag, 10, true) + 10 + textWidth(label, TITLE_FONT - 1, false) + 10;
        return Math.min(CHIP_MAX_WIDTH, Math.max(56, w));
    }
}
