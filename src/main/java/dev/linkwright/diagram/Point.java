package dev.linkwright.diagram;

/** A point on the diagram, in diagram units (1 unit = 1 pixel at 100 % zoom). */
public record Point(double x, double y) {
}
