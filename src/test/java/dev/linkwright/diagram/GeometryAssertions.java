package dev.linkwright.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.model.Bounds;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.TopologyView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks every drawn design must pass: bounds for all, nesting respected, no overlaps. */
final class GeometryAssertions {

    private GeometryAssertions() {
    }

    static void everyElementHasBounds(TopologyView view, DiagramGeometry g) {
        assertThat(g.size()).isEqualTo(view.size());
        for (Element e : view.elements()) {
            DiagramNode n = g.get(e.id());
            Bounds b = n.bounds();
            assertThat(b.width()).as("width of %s", e.id()).isPositive();
            assertThat(b.height()).as("height of %s", e.id()).isPositive();
        }
    }

    static void childrenLieInsideTheirContainers(TopologyView view, DiagramGeometry g) {
        for (DiagramNode n : g.nodes()) {
            if (n.hidden()) {
                continue;
            }
            if (n.container() != null) {
                assertInside(n, g.get(n.container()));
            }
            for (DiagramNode.Replica r : n.replicas()) {
                Bounds subnet = g.get(r.subnet()).bounds();
                assertThat(contains(subnet, r.bounds())).as("replica %d of %s inside %s", r.index(), n.id(), r.subnet()).isTrue();
            }
            Element e = view.get(n.id());
            if (e.parent() != null && view.contains(e.parent())) {
                assertInside(n, g.get(e.parent()));
            }
            if (n.container() == null && e.kind() == dev.linkwright.model.ElementKind.ACCOUNT) {
                Bounds cloud = g.awsCloud().orElseThrow();
                assertThat(contains(cloud, n.bounds())).as("%s inside the AWS Cloud", n.id()).isTrue();
            }
        }
    }

    static void siblingsDoNotOverlap(DiagramGeometry g) {
        Map<ElementId, List<DiagramNode>> byContainer = new HashMap<>();
        List<DiagramNode> top = new ArrayList<>();
        for (DiagramNode n : g.nodes()) {
            if (n.hidden()) {
                continue;
            }
            if (n.container() == null) {
                top.add(n);
            } else {
                byContainer.computeIfAbsent(n.container(), k -> new ArrayList<>()).add(n);
            }
        }
        Map<ElementId, List<Bounds>> boxes = new HashMap<>();
        for (Map.Entry<ElementId, List<DiagramNode>> e : byContainer.entrySet()) {
            List<Bounds> list = boxes.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
            e.getValue().forEach(n -> list.add(n.bounds()));
        }
        for (DiagramNode n : g.nodes()) {
            for (DiagramNode.Replica r : n.replicas()) {
                boxes.computeIfAbsent(r.subnet(), k -> new ArrayList<>()).add(r.bounds());
            }
        }
        boxes.forEach(GeometryAssertions::noOverlappingBoxes);
        noOverlaps(top);
        g.awsCloud().ifPresent(cloud -> {
            for (DiagramNode n : top) {
                if (n.kind() != dev.linkwright.model.ElementKind.ACCOUNT) {
                    assertThat(overlap(cloud, n.bounds())).as("%s overlaps the AWS Cloud", n.id()).isFalse();
                }
            }
        });
    }

    private static void noOverlaps(List<DiagramNode> siblings) {
        for (int i = 0; i < siblings.size(); i++) {
            for (int j = i + 1; j < siblings.size(); j++) {
                DiagramNode a = siblings.get(i);
                DiagramNode b = siblings.get(j);
                assertThat(overlap(a.bounds(), b.bounds())).as("%s %s overlaps %s %s", a.id(), a.bounds(), b.id(), b.bounds())
                        .isFalse();
            }
        }
    }

    private static void noOverlappingBoxes(ElementId container, List<Bounds> boxes) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(overlap(boxes.get(i), boxes.get(j))).as("in %s, %s overlaps %s", container, boxes.get(i), boxes.get(j))
                        .isFalse();
            }
        }
    }

    private static void assertInside(DiagramNode child, DiagramNode parent) {
        assertThat(contains(parent.bounds(), child.bounds()))
                .as("%s %s inside %s %s", child.id(), child.bounds(), parent.id(), parent.bounds()).isTrue();
    }

    static boolean contains(Bounds outer, Bounds inner) {
        double e = 1e-6;
        return inner.x() >= outer.x() - e && inner.y() >= outer.y() - e && inner.maxX() <= outer.maxX() + e
                && inner.maxY() <= outer.maxY() + e;
    }

    static boolean overlap(Bounds a, Bounds b) {
        return a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY();
    }
}
