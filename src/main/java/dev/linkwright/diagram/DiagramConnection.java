package dev.linkwright.diagram;

import dev.linkwright.model.ElementId;
import java.util.List;

/**
 * A line between two drawn elements.
 *
 * @param key a stable key, unique in one geometry ({@code kind:from->to})
 * @param kind what the line stands for, which decides its look
 * @param element the element the line belongs to (the peering connection, VPN connection, virtual
 *                interface, endpoint, ...): selecting the line selects it
 * @param from the element the line starts at
 * @param to the element the line ends at
 * @param points absolute points of the line, at least two, clipped to the elements' anchors. When
 *               an end is hidden in a collapsed container the line ends at that container.
 */
public record DiagramConnection(String key, ConnectionKind kind, ElementId element, ElementId from, ElementId to,
                                List<Point> points) {

    public DiagramConnection {
        points = List.copyOf(points);
    }

    public Point start() {
        return points.get(0);
    }

    public Point end() {
        return points.get(points.size() - 1);
    }

    /** The middle of the line (for markers such as the VPN padlock). */
    public Point middle() {
        Point a = points.get(points.size() / 2 - (points.size() % 2 == 0 ? 1 : 0));
        Point b = points.get(points.size() / 2);
        return new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
    }
}
