package dev.linkwright.edit;

import dev.linkwright.model.Bounds;
import dev.linkwright.model.ElementId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Alignment and distribution of several elements on the diagram, on absolute bounds: align their
 * left, centre or right edges (top, middle, bottom), or spread them so the gaps between them are
 * equal. Pure arithmetic; the editor turns the result into one move command.
 *
 * <pre>{@code
 * Map<ElementId, Bounds> moved = Arrange.align(bounds, Arrange.Alignment.LEFT);
 * }</pre>
 */
public final class Arrange {

    /** Which edge or centre line to line elements up on. */
    public enum Alignment {
        LEFT("Align left"), CENTER("Align centres"), RIGHT("Align right"),
        TOP("Align top"), MIDDLE("Align middles"), BOTTOM("Align bottom");

        private final String label;

        Alignment(String label) {
            this.label = label;
        }

        /** A name for the undo history, e.g. "Align left". */
        public String label() {
            return label;
        }
    }

    /** Along which axis to spread elements. */
    public enum Axis { HORIZONTAL, VERTICAL }

    private Arrange() {
    }

    /** The bounds after aligning; elements already in place are left out. */
    public static Map<ElementId, Bounds> align(Map<ElementId, Bounds> bounds, Alignment alignment) {
        Map<ElementId, Bounds> out = new LinkedHashMap<>();
        if (bounds.size() < 2) {
            return out;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Bounds b : bounds.values()) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.maxX());
            maxY = Math.max(maxY, b.maxY());
        }
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        for (Map.Entry<ElementId, Bounds> e : bounds.entrySet()) {
            Bounds b = e.getValue();
            Bounds n;
            switch (alignment) {
                case LEFT: n = b.at(minX, b.y()); break;
                case CENTER: n = b.at(cx - b.width() / 2, b.y()); break;
                case RIGHT: n = b.at(maxX - b.width(), b.y()); break;
                case TOP: n = b.at(b.x(), minY); break;
                case MIDDLE: n = b.at(b.x(), cy - b.height() / 2); break;
                default: n = b.at(b.x(), maxY - b.height()); break;
            }
            if (!n.equals(b)) {
                out.put(e.getKey(), n);
            }
        }
        return out;
    }

    /**
     * The bounds after spreading three or more elements so that the gaps between neighbours are
     * equal, the first and last staying where they are; elements already in place are left out.
     */
    public static Map<ElementId, Bounds> distribute(Map<ElementId, Bounds> bounds, Axis axis) {
        Map<ElementId, Bounds> out = new LinkedHashMap<>();
        if (bounds.size() < 3) {
            return out;
        }
        boolean h = axis == Axis.HORIZONTAL;
        List<Map.Entry<ElementId, Bounds>> sorted = new ArrayList<>(bounds.entrySet());
        sorted.sort(Comparator.comparingDouble(e -> h ? e.getValue().x() : e.getValue().y()));
        double start = h ? sorted.get(0).getValue().x() : sorted.get(0).getValue().y();
        Bounds last = sorted.get(sorted.size() - 1).getValue();
        double end = h ? last.maxX() : last.maxY();
        double total = 0;
        for (Map.Entry<ElementId, Bounds> e : sorted) {
            total += h ? e.getValue().width() : e.getValue().height();
        }
        double gap = (end - start - total) / (sorted.size() - 1);
        double pos = start;
        for (Map.Entry<ElementId, Bounds> e : sorted) {
            Bounds b = e.getValue();
            Bounds n = h ? b.at(Math.round(pos), b.y()) : b.at(b.x(), Math.round(pos));
            if (!n.equals(b)) {
                out.put(e.getKey(), n);
            }
            pos += (h ? b.width() : b.height()) + gap;
        }
        return out;
    }
}
