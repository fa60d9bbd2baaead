package dev.linkwright.ui.canvas;

import dev.linkwright.diagram.DiagramConnection;
import dev.linkwright.diagram.DiagramGeometry;
import dev.linkwright.diagram.DiagramNode;
import dev.linkwright.diagram.LayoutMetrics;
import dev.linkwright.diagram.NodeShape;
import dev.linkwright.model.Bounds;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.TopologyView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * Keeps the scene graph of a diagram in step with its {@link DiagramGeometry}: one view per
 * element and per line, in layers (AWS Cloud frame, group boxes, lines, icons and chips, selection
 * outlines). A render creates views for new elements, redraws those whose look changed, moves
 * those that only moved and drops the rest; unchanged views are not touched.
 */
final class DiagramRenderer {

    private final Rectangle background = new Rectangle();
    private final Group cloudLayer = new Group();
    private final Group groupLayer = new Group();
    private final Group connectionLayer = new Group();
    private final Group resourceLayer = new Group();
    private final Group selectionLayer = new Group();
    private final Group overlayLayer = new Group();
    private final Group content = new Group(background, cloudLayer, groupLayer, connectionLayer, resourceLayer, selectionLayer,
            overlayLayer);
    /** The key under which a resize handle's node properties hold the container it resizes. */
    static final String RESIZES = "resizes";
    private final List<Node> previewed = new ArrayList<>();
    private final Map<ElementId, ElementView> views = new HashMap<>();
    private final Map<String, ConnectionView> connectionViews = new HashMap<>();
    private Object lastCloudKey;

    DiagramRenderer() {
        background.setFill(Color.TRANSPARENT);
        background.getStyleClass().add("diagram-background");
    }

    /** The diagram at 100 %: all layers. */
    Group content() {
        return content;
    }

    /** The area the diagram covers, margin included. */
    Rectangle background() {
        return background;
    }

    /** Feedback drawn over the diagram by gestures (drop targets, marquee, rubber bands), in diagram units. */
    Group overlay() {
        return overlayLayer;
    }

    ElementView view(ElementId id) {
        return views.get(id);
    }

    ConnectionView connectionView(String key) {
        return connectionViews.get(key);
    }

    /** Brings the scene graph up to {@code g}; {@code force} redraws everything (theme change). */
    RefreshStats render(DiagramGeometry g, TopologyView view, RenderContext ctx, boolean force, long startNanos) {
        if (force) {
            groupLayer.getChildren().clear();
            resourceLayer.getChildren().clear();
            connectionLayer.getChildren().clear();
            views.clear();
            connectionViews.clear();
        }
        int[] counts = new int[4]; // created, redrawn, moved, removed
        boolean groupsChanged = renderNodes(g, view, ctx, counts);
        if (groupsChanged) {
            List<Node> ordered = new ArrayList<>();
            for (DiagramNode node : g.nodes()) {
                if (node.shape() == NodeShape.GROUP) {
                    ordered.add(views.get(node.id()));
                }
            }
            groupLayer.getChildren().setAll(ordered); // containers before their content
        }
        renderConnections(g, ctx, counts);
        if (cullArea != null) {
            applyCulling();
        }
        Object cloudKey = List.of(g.awsCloud(), ctx.dark());
        if (force || !cloudKey.equals(lastCloudKey)) {
            lastCloudKey = cloudKey;
            cloudLayer.getChildren().setAll(g.awsCloud().map(b -> List.<Node>of(GroupView.cloudFrame(b, ctx))).orElse(List.of()));
        }
        Bounds e = g.extent();
        double m = LayoutMetrics.MARGIN;
        background.setX(Math.min(0, e.x() - m));
        background.setY(Math.min(0, e.y() - m));
        background.setWidth(e.maxX() + m - background.getX());
        background.setHeight(e.maxY() + m - background.getY());
        return new RefreshStats(counts[0], counts[1], counts[2], counts[3], (System.nanoTime() - startNanos) / 1e6);
    }

    /** Updates the element views; returns true when the set or order of group boxes changed. */
    private boolean renderNodes(DiagramGeometry g, TopologyView view, RenderContext ctx, int[] counts) {
        boolean groupsChanged = false;
        for (DiagramNode node : g.nodes()) {
            ElementView v = views.get(node.id());
            if (v != null && shapeOf(v) != node.shape()) {
                remove(v);
                counts[3]++;
                v = null;
                groupsChanged = true;
            }
            if (v == null) {
                v = create(node.shape());
                views.put(node.id(), v);
                counts[0]++;
                if (node.shape() == NodeShape.GROUP) {
                    groupsChanged = true;
                } else {
                    resourceLayer.getChildren().add(v);
                }
                v.update(node, view.get(node.id()), ctx);
                continue;
            }
            ElementView.Change change = v.update(node, view.get(node.id()), ctx);
            if (change == ElementView.Change.REDRAWN) {
                counts[1]++;
            } else if (change == ElementView.Change.MOVED) {
                counts[2]++;
            }
        }
        for (Iterator<Map.Entry<ElementId, ElementView>> it = views.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<ElementId, ElementView> entry = it.next();
            if (g.node(entry.getKey()).isEmpty()) {
                groupsChanged |= entry.getValue() instanceof GroupView;
                remove(entry.getValue());
                it.remove();
                counts[3]++;
            }
        }
        return groupsChanged;
    }

    private void renderConnections(DiagramGeometry g, RenderContext ctx, int[] counts) {
        Set<String> keys = new HashSet<>();
        for (DiagramConnection c : g.connections()) {
            keys.add(c.key());
            ConnectionView v = connectionViews.get(c.key());
            boolean created = v == null;
            if (created) {
                v = new ConnectionView();
                connectionViews.put(c.key(), v);
                connectionLayer.getChildren().add(v);
                counts[0]++;
            }
            if (v.update(c, ctx) && !created) {
                counts[1]++;
            }
        }
        for (Iterator<Map.Entry<String, ConnectionView>> it = connectionViews.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, ConnectionView> entry = it.next();
            if (!keys.contains(entry.getKey())) {
                connectionLayer.getChildren().remove(entry.getValue());
                it.remove();
                counts[3]++;
            }
        }
    }

    // ---- culling --------------------------------------------------------------------------------------

    private dev.linkwright.model.Bounds cullArea;

    /**
     * Shows only what lies in {@code area} (diagram units, with a margin) and hides the rest, so a
     * large diagram costs the software pipeline only what is in view; null shows everything.
     */
    void cull(dev.linkwright.model.Bounds area) {
        cullArea = area;
        applyCulling();
    }

    private void applyCulling() {
        dev.linkwright.model.Bounds a = cullArea;
        double margin = a == null ? 0 : Math.max(200, Math.max(a.width(), a.height()) * 0.25);
        double x0 = a == null ? -Double.MAX_VALUE : a.x() - margin;
        double y0 = a == null ? -Double.MAX_VALUE : a.y() - margin;
        double x1 = a == null ? Double.MAX_VALUE : a.maxX() + margin;
        double y1 = a == null ? Double.MAX_VALUE : a.maxY() + margin;
        for (ElementView v : views.values()) {
            if (v.node() == null) {
                continue;
            }
            dev.linkwright.model.Bounds b = v.extent();
            v.setCulled(b.maxX() < x0 || b.x() > x1 || b.maxY() < y0 || b.y() > y1);
        }
        for (ConnectionView c : connectionViews.values()) {
            c.setVisible(c.crosses(x0, y0, x1, y1));
        }
    }

    // ---- drag preview -------------------------------------------------------------------------------

    /**
     * Shows {@code moving} (elements with everything drawn inside them) shifted by ({@code dx},
     * {@code dy}) without touching the geometry: their views, the lines between them and their
     * selection outlines follow; lines to the rest of the diagram fade until the drop.
     */
    void preview(Set<ElementId> moving, double dx, double dy) {
        clearPreview();
        for (ElementId id : moving) {
            ElementView v = views.get(id);
            if (v != null) {
                v.setCulled(false); // what was out of view may be dragged into it
                shift(v, dx, dy);
            }
        }
        for (ConnectionView c : connectionViews.values()) {
            boolean from = moving.contains(c.connection().from());
            boolean to = moving.contains(c.connection().to());
            if (from && to) {
                shift(c, dx, dy);
            } else if (from || to) {
                c.setOpacity(0.25);
                previewed.add(c);
            }
        }
        shift(selectionLayer, dx, dy);
    }

    private void shift(Node n, double dx, double dy) {
        n.setTranslateX(dx);
        n.setTranslateY(dy);
        previewed.add(n);
    }

    /** Puts everything a {@link #preview} shifted back in place. */
    void clearPreview() {
        for (Node n : previewed) {
            n.setTranslateX(0);
            n.setTranslateY(0);
            n.setOpacity(1);
        }
        previewed.clear();
    }

    /** Outlines the selected elements and highlights the lines that belong to them. */
    void showSelection(Set<ElementId> selected) {
        selectionLayer.getChildren().clear();
        for (ConnectionView c : connectionViews.values()) {
            c.setHighlighted(selected.contains(c.connection().element()));
        }
        for (ElementId id : selected) {
            ElementView v = views.get(id);
            if (v == null || v.node().hidden()) {
                continue;
            }
            selectionLayer.getChildren().add(outline(v.node().bounds(), v instanceof GroupView));
            for (DiagramNode.Replica replica : v.node().replicas()) {
                selectionLayer.getChildren().add(outline(replica.bounds(), false));
            }
        }
        if (selected.size() == 1) {
            ElementView v = views.get(selected.iterator().next());
            if (v instanceof GroupView && !v.node().hidden() && !v.node().collapsed()) {
                selectionLayer.getChildren().add(resizeHandle(v.node()));
            }
        }
    }

    /** The square at a selected container's bottom-right corner that resizes it. */
    private static Rectangle resizeHandle(DiagramNode node) {
        Bounds b = node.bounds();
        Rectangle r = new Rectangle(b.maxX() - 5, b.maxY() - 5, 10, 10);
        r.setFill(Color.WHITE);
        r.setStroke(RenderContext.SELECTION);
        r.setStrokeWidth(2);
        r.getProperties().put(RESIZES, node.id());
        r.getStyleClass().add("resize-handle");
        r.setCursor(javafx.scene.Cursor.SE_RESIZE);
        return r;
    }

    private static Rectangle outline(Bounds b, boolean group) {
        Rectangle r = new Rectangle(b.x() - 4, b.y() - 4, b.width() + 8, b.height() + 8);
        r.setArcWidth(10);
        r.setArcHeight(10);
        r.setFill(RenderContext.SELECTION.deriveColor(0, 1, 1, group ? 0.0 : 0.08));
        r.setStroke(RenderContext.SELECTION);
        r.setStrokeWidth(2.5);
        r.setMouseTransparent(true);
        r.getStyleClass().add("selection-outline");
        return r;
    }

    private static NodeShape shapeOf(ElementView view) {
        return view instanceof GroupView ? NodeShape.GROUP : view instanceof ChipView ? NodeShape.CHIP : NodeShape.ICON;
    }

    private static ElementView create(NodeShape shape) {
        switch (shape) {
            case GROUP:
                return new GroupView();
            case CHIP:
                return new ChipView();
            default:
                return new ResourceView();
        }
    }

    private void remove(ElementView view) {
        groupLayer.getChildren().remove(view);
        resourceLayer.getChildren().remove(view);
    }
}
