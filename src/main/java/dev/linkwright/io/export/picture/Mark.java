package dev.linkwright.io.export.picture;

import dev.linkwright.diagram.AwsIcon;
import dev.linkwright.diagram.Point;
import java.util.List;

/**
 * One drawing primitive of an exported picture, in diagram units. Renderers turn marks into SVG
 * elements or Graphics2D calls; colours are {@code #rrggbb}, null for none.
 */
sealed interface Mark permits Mark.Box, Mark.Line, Mark.Polygon, Mark.Icon, Mark.Text, Mark.Dot {

    /**
     * A rectangle.
     *
     * @param radius corner radius, 0 for square corners
     * @param dashes dash pattern, empty for a solid border
     */
    record Box(double x, double y, double width, double height, double radius, String stroke, double strokeWidth,
               String fill, double fillOpacity, List<Double> dashes) implements Mark {
        public Box {
            dashes = List.copyOf(dashes);
        }
    }

    /**
     * A polyline.
     *
     * @param roundCaps round line caps and joins (dotted patterns)
     */
    record Line(List<Point> points, String stroke, double width, double opacity, List<Double> dashes, boolean roundCaps)
            implements Mark {
        public Line {
            points = List.copyOf(points);
            dashes = List.copyOf(dashes);
        }
    }

    /** A filled polygon (an arrowhead). */
    record Polygon(List<Point> points, String fill) implements Mark {
        public Polygon {
            points = List.copyOf(points);
        }
    }

    /** An AWS icon scaled into a square of side {@code size} at (x, y). */
    record Icon(AwsIcon icon, double x, double y, double size) implements Mark {
    }

    /**
     * A line of text; (x, y) is the baseline point at the start, middle or end of the text.
     *
     * @param anchor "start", "middle" or "end"
     */
    record Text(double x, double y, String text, double size, boolean bold, String color, String anchor) implements Mark {
    }

    /** A circle, optionally with a short centred text (a badge, a step number). */
    record Dot(double cx, double cy, double radius, String fill, String stroke, String text, String textColor) implements Mark {
    }
}
