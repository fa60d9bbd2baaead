package dev.linkwright.diagram;

import java.util.List;

/**
 * How a connection line looks, in renderer-neutral terms.
 *
 * @param color stroke colour as {@code #rrggbb}
 * @param width stroke width in diagram units
 * @param dashes dash pattern (on, off, ...), empty for a solid line
 * @param roundCaps true for round line caps (turns a {@code [0.1, 6]} pattern into dots)
 * @param arrow true when the line ends in an arrowhead at its target
 * @param lock true when a padlock marks the middle of the line (encrypted VPN)
 */
public record LineStyle(String color, double width, List<Double> dashes, boolean roundCaps, boolean arrow, boolean lock) {

    public LineStyle {
        dashes = List.copyOf(dashes);
    }
}
