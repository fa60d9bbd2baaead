package dev.linkwright.diagram;

import dev.linkwright.model.Bounds;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import java.util.List;
import java.util.Optional;

/**
 * One element as drawn: where (absolute diagram coordinates), how, and with which text.
 *
 * @param id the element
 * @param kind its kind
 * @param shape group box, icon or chip
 * @param bounds absolute bounds of the whole node (for an icon: icon and label)
 * @param anchor absolute bounds lines attach to: the icon square of an icon, else the node bounds
 * @param labelArea absolute bounds of the text: under the icon for an icon (estimated; lines stop
 *                  short of it), the header text for a group (estimated), the whole chip for a chip
 * @param title first label line (a name, or the id when there is none)
 * @param detail second, lighter label line (CIDR, IP address, id, ...); may be empty
 * @param style colours, icon and style key
 * @param container the node whose box holds this one on the diagram, or null at the top. Usually
 *                  the element's parent; load balancers and interface endpoints are drawn inside
 *                  the first subnet they have a node or network interface in, as AWS diagrams do.
 *                  Stored layout bounds are relative to this container.
 * @param depth nesting depth on the diagram (0 at the top)
 * @param hidden true when a collapsed ancestor hides this node (its bounds are then the
 *               ancestor's)
 * @param collapsed true for a collapsed group, drawn as its header only
 * @param replicas further places the element is drawn: a load balancer's node or an interface
 *                 endpoint's network interface in each subnet after the first (empty for others)
 */
public record DiagramNode(ElementId id, ElementKind kind, NodeShape shape, Bounds bounds, Bounds anchor, Bounds labelArea,
                          String title,
                          String detail, NodeStyle style, ElementId container, int depth, boolean hidden,
                          boolean collapsed, List<Replica> replicas) {

    public DiagramNode {
        replicas = List.copyOf(replicas);
    }

    /**
     * A further place an element is drawn, e.g. the second node of a Network Load Balancer.
     *
     * @param index 1 for the second subnet, 2 for the third, ...
     * @param subnet the subnet it is drawn in (its bounds are inside the subnet's)
     * @param bounds absolute bounds of the icon and label
     * @param anchor absolute bounds of the icon, where lines attach
     * @param labelArea absolute bounds of the label
     * @param detail the detail line here (the node's or interface's address)
     */
    public record Replica(int index, ElementId subnet, Bounds bounds, Bounds anchor, Bounds labelArea, String detail) {
    }

    /** True when the point lies inside the node's bounds. */
    public boolean contains(double x, double y) {
        return contains(bounds, x, y);
    }

    /** The replica drawn at the point, if any. */
    public Optional<Replica> replicaAt(double x, double y) {
        for (Replica r : replicas) {
            if (contains(r.bounds(), x, y)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static boolean contains(Bounds b, double x, double y) {
        return x >= b.x() && x <= b.maxX() && y >= b.y() && y <= b.maxY();
    }
}
