package dev.linkwright.ui.canvas;

import dev.linkwright.diagram.DiagramGeometry;
import dev.linkwright.diagram.DiagramNode;
import dev.linkwright.diagram.NodeShape;
import dev.linkwright.model.Bounds;
import dev.linkwright.model.ElementId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * The badges over the diagram: one small circle per element with a badge, at the top right of its
 * icon (of a group: of its header; of a chip: its end), on every place the element is drawn. An
 * element hidden in a collapsed container passes its badge to the container. Mouse-transparent,
 * so that clicks and hovering reach the element beneath; the element's tooltip carries the text.
 */
final class BadgeLayer {

    static final Color ERROR = Color.web("#D13212");
    static final Color WARNING = Color.web("#F2A900");
    private static final double RADIUS = 7.5;

    private final Group layer = new Group();
    private Map<ElementId, ElementBadge> badges = Map.of();
    private final Map<ElementId, ElementBadge> shown = new LinkedHashMap<>();
    private final Map<ElementId, List<Node>> nodes = new LinkedHashMap<>();
    private Object lastKey;

    BadgeLayer() {
        layer.setMouseTransparent(true);
        layer.getStyleClass().add("badge-layer");
    }

    Node node() {
        return layer;
    }

    Map<ElementId, ElementBadge> badges() {
        return badges;
    }

    void setBadges(Map<ElementId, ElementBadge> newBadges, DiagramGeometry g) {
        badges = Map.copyOf(newBadges);
        update(g);
    }

    /** The badge hovering {@code id} should mention (its own), or null. */
    ElementBadge badgeOf(ElementId id) {
        return badges.get(id);
    }

    /** The badge node drawn for {@code id} (on the element or on the container hiding it). */
    Optional<Node> nodeFor(ElementId id) {
        List<Node> list = nodes.get(id);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    /** Redraws the badges for geometry {@code g}; does nothing when neither the badges nor the places changed. */
    void update(DiagramGeometry g) {
        Map<ElementId, ElementBadge> visible = new LinkedHashMap<>();
        Map<ElementId, DiagramNode> where = new LinkedHashMap<>();
        for (Map.Entry<ElementId, ElementBadge> e : badges.entrySet()) {
            Optional<DiagramNode> node = g.visibleNode(e.getKey());
            if (node.isEmpty()) {
                continue;
            }
            DiagramNode n = node.get();
            visible.merge(n.id(), e.getValue(), ElementBadge::combine);
            where.put(n.id(), n);
        }
        List<Object> key = new ArrayList<>();
        for (Map.Entry<ElementId, DiagramNode> e : where.entrySet()) {
            key.add(List.of(e.getKey(), visible.get(e.getKey()), e.getValue().bounds(), e.getValue().anchor(), e.getValue().replicas()));
        }
        if (key.equals(lastKey)) {
            return;
        }
        lastKey = key;
        shown.clear();
        shown.putAll(visible);
        nodes.clear();
        List<Node> children = new ArrayList<>();
        for (Map.Entry<ElementId, ElementBadge> e : visible.entrySet()) {
            DiagramNode n = where.get(e.getKey());
            List<Node> list = new ArrayList<>();
            list.add(badge(e.getKey(), e.getValue(), corner(n, n.anchor())));
            for (DiagramNode.Replica r : n.replicas()) {
                list.add(badge(e.getKey(), e.getValue(), corner(n, r.anchor())));
            }
            children.addAll(list);
            nodes.put(e.getKey(), list);
        }
        // elements hidden in a collapsed container find their badge there
        for (ElementId id : badges.keySet()) {
            g.visibleNode(id).ifPresent(n -> {
                if (!n.id().equals(id) && nodes.containsKey(n.id())) {
                    nodes.put(id, nodes.get(n.id()));
                }
            });
        }
        layer.getChildren().setAll(children);
    }

    /** Where the badge's centre goes: top right of the icon, of a group's header, of a chip. */
    private static double[] corner(DiagramNode n, Bounds anchor) {
        if (n.shape() == NodeShape.GROUP) {
            return new double[] {n.bounds().maxX() - 14, n.bounds().y() + 14};
        }
        if (n.shape() == NodeShape.CHIP) {
            return new double[] {anchor.maxX() - 2, anchor.y() + 2};
        }
        return new double[] {anchor.maxX() - 3, anchor.y() + 3};
    }

    private static Node badge(ElementId id, ElementBadge b, double[] at) {
        boolean error = b.level() == ElementBadge.Level.ERROR;
        Circle circle = new Circle(RADIUS, error ? ERROR : WARNING);
        circle.setStroke(Color.WHITE);
        circle.setStrokeWidth(1.5);
        Text mark = new Text(b.count() > 1 ? (b.count() > 9 ? "9+" : String.valueOf(b.count())) : "!");
        mark.setFont(Font.font("System", FontWeight.BOLD, b.count() > 9 ? 7.5 : 9.5));
        mark.setFill(error ? Color.WHITE : Color.web("#1B1B1B"));
        mark.setBoundsType(TextBoundsType.VISUAL);
        double w = mark.getLayoutBounds().getWidth();
        double h = mark.getLayoutBounds().getHeight();
        mark.setX(-w / 2 - mark.getLayoutBounds().getMinX());
        mark.setY(-mark.getLayoutBounds().getMinY() - h / 2);
        Group g = new Group(circle, mark);
        g.setLayoutX(at[0]);
        g.setLayoutY(at[1]);
        g.getStyleClass().addAll("element-badge", error ? "badge-error" : "badge-warning");
        g.setUserData(new BadgeId(id));
        return g;
    }

    /** The user data of a badge node: the element it is drawn for (not an {@link ElementId}, so lookups of elements do not find badges). */
    record BadgeId(ElementId element) {
    }
}
