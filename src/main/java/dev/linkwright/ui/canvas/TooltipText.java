package dev.linkwright.ui.canvas;

import dev.linkwright.diagram.DiagramGeometry;
import dev.linkwright.diagram.DiagramNode;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.TopologyView;

/** The text shown when hovering an element: kind, id, name and detail. */
final class TooltipText {

    private TooltipText() {
    }

    static String of(TopologyView view, ElementId id, DiagramGeometry geometry) {
        Element e = view.get(id);
        StringBuilder sb = new StringBuilder(e.kind().label()).append("  ").append(id.value());
        if (!e.name().isEmpty()) {
            sb.append('\n').append(e.name());
        }
        geometry.node(id).ifPresent((DiagramNode n) -> {
            if (!n.detail().isEmpty() && !n.detail().equals(id.value())) {
                sb.append('\n').append(n.detail());
            }
        });
        return sb.toString();
    }
}
