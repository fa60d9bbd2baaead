package dev.linkwright.model;

/**
 * Where an element is drawn: position relative to its parent's top-left corner, and size.
 */
public record Bounds(double x, double y, double width, double height) {

    public Bounds {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("bounds must be finite numbers");
        }
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("width and height must not be negative");
        }
    }

    public Bounds movedBy(double dx, double dy) {
        return new Bounds(x + dx, y + dy, width, height);
    }

    public Bounds at(double newX, double newY) {
        return new Bounds(newX, newY, width, height);
    }

    public Bounds resized(double newWidth, double newHeight) {
        return new Bounds(x, y, newWidth, newHeight);
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }
}
