package dev.linkwright.io.export.picture;

import java.util.List;

/**
 * A group of marks that belong together: one element, one connection, the legend, an overlay.
 *
 * @param id          the SVG/XML id: the element id for elements; null for decorations
 * @param cssClass    classes describing the item ({@code lw-node lw-vpc}, {@code lw-connection lw-peering})
 * @param tooltip     text for the item's {@code <title>}
 * @param attributes  extra data attributes (name, value, name, value, ...)
 * @param marks       what to draw, first painted first
 */
record PictureItem(String id, String cssClass, String tooltip, List<String> attributes, List<Mark> marks) {

    PictureItem {
        attributes = List.copyOf(attributes);
        marks = List.copyOf(marks);
    }
}
