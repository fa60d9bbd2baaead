package dev.linkwright.diagram;

import java.util.List;

/**
 * An icon as plain vector data: its view box and filled paths in painting order. Renderers scale
 * the view box to the size they need (the canvas with JavaFX {@code SVGPath}s, exporters as SVG
 * {@code <path>} elements).
 *
 * @param name the icon's file name
 * @param viewBoxWidth width of the SVG view box (40, 48 or 64 for the AWS set)
 * @param viewBoxHeight height of the SVG view box
 * @param paths the filled paths, first painted first
 */
public record IconGraphic(String name, double viewBoxWidth, double viewBoxHeight, List<IconPath> paths) {

    public IconGraphic {
        paths = List.copyOf(paths);
    }

    /**
     * One filled path of an icon.
     *
     * @param data SVG path data ({@code d} attribute)
     * @param fill fill colour as {@code #rrggbb}
     * @param evenOdd true for the even-odd fill rule, false for non-zero
     */
    public record IconPath(String data, String fill, boolean evenOdd) {
    }

    /**
     * True when {@code fill} is the dark "squid ink" AWS uses for general icons (servers, clients,
     * the internet): a renderer on a dark background repaints those in its text colour.
     */
    public static boolean isInk(String fill) {
        String f = fill.toLowerCase(java.util.Locale.ROOT);
        return f.equals("#232f3d") || f.equals("#232f3e") || f.equals("#242f3e");
    }
}
