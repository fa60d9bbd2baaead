package dev.linkwright.ui.canvas;

import dev.linkwright.diagram.DiagramNode;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import java.util.Objects;
import javafx.scene.Group;

/**
 * The scene-graph node of one element: a {@link Group} placed at the element's diagram position,
 * with the element's id as its {@linkplain #getUserData() user data}.
 * Subclasses draw group boxes, resource icons and chips. Updating with an unchanged look only moves
 * the node; anything else redraws its few children.
 */
abstract class ElementView extends Group {

    private DiagramNode node;
    private Element element;
    private boolean dark;
    private boolean culled;

    ElementView() {
        getStyleClass().add("diagram-node");
    }

    ElementId elementId() {
        return node.id();
    }

    DiagramNode node() {
        return node;
    }

    Element element() {
        return element;
    }

    /** What an update had to do. */
    enum Change { NONE, MOVED, REDRAWN }

    /** Brings the view up to date. */
    final Change update(DiagramNode newNode, Element newElement, RenderContext ctx) {
        boolean sameLook = node != null && element == newElement && dark == ctx.dark() && sameLook(node, newNode);
        if (sameLook && node.equals(newNode)) {
            return Change.NONE;
        }
        if (!sameLook) {
            getChildren().clear();
            draw(newNode, newElement, ctx);
            getStyleClass().setAll("diagram-node", "kind-" + newNode.kind().wire());
        }
        node = newNode;
        element = newElement;
        setUserData(newNode.id());
        dark = ctx.dark();
        setLayoutX(newNode.bounds().x());
        setLayoutY(newNode.bounds().y());
        setVisible(!newNode.hidden() && !culled);
        return sameLook ? Change.MOVED : Change.REDRAWN;
    }

    /**
     * Hides the view while it is outside the visible part of the diagram: the software pipeline
     * then does not spend time on it. A hidden element (in a collapsed container) stays hidden.
     */
    final void setCulled(boolean value) {
        culled = value;
        setVisible(node != null && !node.hidden() && !value);
    }

    /** The area the view draws on, replicas included (absolute diagram units). */
    final dev.linkwright.model.Bounds extent() {
        dev.linkwright.model.Bounds b = node.bounds();
        if (node.replicas().isEmpty()) {
            return b;
        }
        double minX = b.x();
        double minY = b.y();
        double maxX = b.maxX();
        double maxY = b.maxY();
        for (DiagramNode.Replica r : node.replicas()) {
            minX = Math.min(minX, r.bounds().x());
            minY = Math.min(minY, r.bounds().y());
            maxX = Math.max(maxX, r.bounds().maxX());
            maxY = Math.max(maxY, r.bounds().maxY());
        }
        return new dev.linkwright.model.Bounds(minX, minY, maxX - minX, maxY - minY);
    }

    private static boolean sameLook(DiagramNode a, DiagramNode b) {
        return a.bounds().width() == b.bounds().width() && a.bounds().height() == b.bounds().height()
                && a.title().equals(b.title()) && a.detail().equals(b.detail()) && a.style().equals(b.style())
                && a.collapsed() == b.collapsed() && a.hidden() == b.hidden() && Objects.equals(a.kind(), b.kind())
                && sameReplicas(a, b);
    }

    /** Replicas are drawn relative to the node, so only their offsets and text matter. */
    private static boolean sameReplicas(DiagramNode a, DiagramNode b) {
        if (a.replicas().size() != b.replicas().size()) {
            return false;
        }
        for (int i = 0; i < a.replicas().size(); i++) {
            DiagramNode.Replica ra = a.replicas().get(i);
            DiagramNode.Replica rb = b.replicas().get(i);
            if (ra.bounds().x() - a.bounds().x() != rb.bounds().x() - b.bounds().x()
                    || ra.bounds().y() - a.bounds().y() != rb.bounds().y() - b.bounds().y()
                    || !ra.detail().equals(rb.detail())) {
                return false;
            }
        }
        return true;
    }

    /** Draws the node's children at the origin, sized to {@code node.bounds()}. */
    abstract void draw(DiagramNode node, Element element, RenderContext ctx);
}
