package dev.linkwright.io.export.picture;

import java.util.List;

/**
 * An exported diagram as plain drawing data: its size and the items in painting order. Built once
 * by {@link PictureBuilder}; written as SVG by {@link SvgWriter} and painted by {@link Graphics2DPainter}
 * (PNG, PDF), so every format shows the same picture.
 *
 * @param width  width in diagram units
 * @param height height in diagram units
 * @param title  the design's title, for the SVG {@code <title>}
 * @param items  what to draw, first painted first
 */
record Picture(double width, double height, String title, List<PictureItem> items) {

    Picture {
        items = List.copyOf(items);
    }
}
