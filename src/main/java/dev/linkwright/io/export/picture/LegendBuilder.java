package dev.linkwright.io.export.picture;

import dev.linkwright.diagram.ConnectionKind;
import dev.linkwright.diagram.Point;
import dev.linkwright.io.export.BadgeSeverity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The legend under an exported diagram: one entry per line style present (and the subnet colours,
 * the flow path and the badge colours when shown), laid out in rows across the picture's width.
 */
final class LegendBuilder {

    private static final double ROW = 22;
    private static final double SAMPLE = 40;
    private static final double FONT = 11;

    private final Supplier<Set<ConnectionKind>> kinds;
    private final List<PictureItem> items;
    private final boolean publicSubnets;
    private final boolean privateSubnets;
    private final boolean flow;
    private final Set<BadgeSeverity> badges;

    LegendBuilder(Supplier<Set<ConnectionKind>> kinds, List<PictureItem> items, boolean publicSubnets, boolean privateSubnets,
                  boolean flow, Set<BadgeSeverity> badges) {
        this.kinds = kinds;
        this.items = items;
        this.publicSubnets = publicSubnets;
        this.privateSubnets = privateSubnets;
        this.flow = flow;
        this.badges = badges;
    }

    /** An entry: its sample marks at the origin (40 x 14) and its text. */
    private record Entry(List<Mark> sample, String text) {
    }

    /** Adds the legend at (x, y) within {@code width}; returns the height it takes (0 when empty). */
    double build(double x, double y, double width) {
        List<Entry> entries = entries();
        if (entries.isEmpty()) {
            return 0;
        }
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark.Text(x + 10, y + 20, "Legend", 12, true, Colors.INK, "start"));
        double cx = x + 10;
        double cy = y + 32;
        for (Entry e : entries) {
            double w = SAMPLE + 8 + TextFit.width(e.text(), FONT, false) + 22;
            if (cx + w > x + width - 10 && cx > x + 10) {
                cx = x + 10;
                cy += ROW;
            }
            for (Mark m : e.sample()) {
                marks.add(Shift.by(m, cx, cy));
            }
            marks.add(new Mark.Text(cx + SAMPLE + 8, cy + 11, e.text(), FONT, false, Colors.INK, "start"));
            cx += w;
        }
        double height = cy + ROW - y + 4;
        marks.add(0, new Mark.Box(x, y, width, height, 4, "#D5DBDB", 1, Colors.WHITE, 1, List.of()));
        items.add(new PictureItem("legend", "lw-legend", "Legend", List.of(), marks));
        return height + 16;
    }

    private List<Entry> entries() {
        List<Entry> list = new ArrayList<>();
        if (publicSubnets) {
            list.add(swatch("#7AA116", "#F2F6E8", "Public subnet"));
        }
        if (privateSubnets) {
            list.add(swatch("#00A4A6", "#E6F6F7", "Private subnet"));
        }
        for (ConnectionKind k : kinds.get()) {
            List<Point> line = List.of(new Point(2, 7), new Point(SAMPLE - 2, 7));
            list.add(new Entry(ConnectionMarks.of(line, k.style()), k.legend()));
        }
        if (flow) {
            list.add(new Entry(List.of(new Mark.Line(List.of(new Point(2, 7), new Point(28, 7)), Colors.FLOW, 4, 0.85, List.of(), true),
                    ConnectionMarks.arrowhead(new Point(2, 7), new Point(38, 7), Colors.FLOW, 11)), "Flow path"));
        }
        for (BadgeSeverity s : badges) {
            String name = s.name().charAt(0) + s.name().substring(1).toLowerCase(Locale.ROOT);
            list.add(new Entry(List.of(new Mark.Dot(20, 7, 7, s.color(), Colors.WHITE, s == BadgeSeverity.INFO ? "i" : "!", Colors.WHITE)),
                    name + " finding"));
        }
        return list;
    }

    private static Entry swatch(String stroke, String fill, String text) {
        return new Entry(List.of(new Mark.Box(3, 1, SAMPLE - 6, 12, 0, stroke, 1, fill, 1, List.of())), text);
    }
}
