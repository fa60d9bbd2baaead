package dev.linkwright.command;

import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.TopologyView;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What deleting some elements takes along, worked out before anything changes so the user can be
 * told: their contents, elements that cannot exist without them (a peering without its VPC, a VPN
 * without its gateway), and elements that only lose a reference (a route to a deleted gateway).
 *
 * @param removed ids to remove, children before their parents
 * @param edited  elements that stay, in their new form without the references
 */
public record DeletePlan(List<ElementId> requested, List<ElementId> removed, List<Element> edited) {

    /** Plans the deletion of {@code ids} from {@code t}. */
    public static DeletePlan of(TopologyView t, Set<ElementId> ids) {
        Set<ElementId> gone = new LinkedHashSet<>();
        Deque<ElementId> work = new ArrayDeque<>();
        for (ElementId id : ids) {
            if (t.contains(id)) {
                work.add(id);
            }
        }
        Map<ElementId, Element> edited = new LinkedHashMap<>();
        while (!work.isEmpty()) {
            // everything inside a deleted container goes with it
            while (!work.isEmpty()) {
                ElementId id = work.poll();
                if (gone.add(id)) {
                    edited.remove(id);
                    for (Element child : t.children(id)) {
                        work.add(child.id());
                    }
                }
            }
            // referrers lose the reference, or go when they cannot exist without it
            for (ElementId id : List.copyOf(gone)) {
                for (ElementId referrer : t.referrers(id)) {
                    if (gone.contains(referrer)) {
                        continue;
                    }
                    Element current = edited.getOrDefault(referrer, t.get(referrer));
                    Element updated = ReferenceRemoval.without(current, gone);
                    if (updated == null) {
                        work.add(referrer);
                    } else if (!updated.equals(t.get(referrer))) {
                        edited.put(referrer, updated);
                    }
                }
            }
        }
        List<ElementId> order = new ArrayList<>(gone);
        // deepest first, so every element is removed after its children
        order.sort((a, b) -> Integer.compare(depth(t, b), depth(t, a)));
        return new DeletePlan(List.copyOf(ids), order, List.copyOf(edited.values()));
    }

    private static int depth(TopologyView t, ElementId id) {
        int d = 0;
        Element e = t.find(id).orElse(null);
        while (e != null && e.parent() != null && d < 64) {
            e = t.find(e.parent()).orElse(null);
            d++;
        }
        return d;
    }

    /** Ids removed beyond the ones asked for. */
    public List<ElementId> alsoRemoved() {
        return removed.stream().filter(id -> !requested.contains(id)).toList();
    }

    /** One sentence for a confirmation dialog: what goes and what changes. */
    public String summary() {
        StringBuilder sb = new StringBuilder("Deletes ").append(removed.size()).append(removed.size() == 1 ? " element" : " elements");
        List<ElementId> extra = alsoRemoved();
        if (!extra.isEmpty()) {
            sb.append(", including ").append(list(extra));
        }
        if (!edited.isEmpty()) {
            sb.append("; removes references from ").append(list(edited.stream().map(Element::id).toList()));
        }
        return sb.append('.').toString();
    }

    private static String list(List<ElementId> ids) {
        List<String> shown = ids.stream().limit(6).map(ElementId::value).toList();
        return String.join(", ", shown) + (ids.size() > 6 ? " and " + (ids.size() - 6) + " more" : "");
    }
}
