package dev.linkwright.command;

import dev.linkwright.model.Bounds;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.TopologyView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The edits a user makes, each as one command with a readable description: add, change, delete
 * (with what it takes along), move and re-parent.
 */
public final class Edits {

    private Edits() {
    }

    /** Adds {@code element}, drawn at {@code bounds} (relative to its parent) when not null. */
    public static Command add(Element element, Bounds bounds) {
        List<Command> parts = new ArrayList<>();
        parts.add(new PutElement(element, ""));
        if (bounds != null) {
            parts.add(new SetBounds(element.id(), bounds));
        }
        return new CompositeCommand("Add " + element.kind().label() + " " + element.label(), parts);
    }

    /** Replaces an element with a changed copy (same id); {@code what} names the change ("CIDR block"). */
    public static Command change(Element changed, String what) {
        return new PutElement(changed, "Change " + what + " of " + changed.label());
    }

    /** Deletes {@code ids} with everything the plan says they take along. */
    public static Command delete(TopologyView t, Set<ElementId> ids) {
        return delete(DeletePlan.of(t, ids));
    }

    public static Command delete(DeletePlan plan) {
        List<Command> parts = new ArrayList<>();
        for (Element e : plan.edited()) {
            parts.add(new PutElement(e, ""));
        }
        for (ElementId id : plan.removed()) {
            parts.add(new RemoveElement(id));
        }
        String what = plan.requested().size() == 1 ? plan.requested().get(0).value() : plan.requested().size() + " elements";
        return new CompositeCommand("Delete " + what, parts);
    }

    /** Moves elements to new bounds in one gesture. */
    public static Command move(Map<ElementId, Bounds> newBounds) {
        List<Command> parts = new ArrayList<>();
        newBounds.forEach((id, b) -> parts.add(new SetBounds(id, b)));
        String what = newBounds.size() == 1 ? newBounds.keySet().iterator().next().value() : newBounds.size() + " elements";
        return new CompositeCommand("Move " + what, parts);
    }

    /** Puts {@code moved} (an element with a new parent) into its new container at {@code bounds}. */
    public static Command reparent(Element moved, Bounds bounds) {
        return new CompositeCommand("Move " + moved.label() + " into " + moved.parent(),
                List.of(new PutElement(moved, ""), new SetBounds(moved.id(), bounds)));
    }

    /** Resizes (and places) a container: {@code bounds} relative to its diagram container. */
    public static Command resize(ElementId id, String label, Bounds bounds) {
        return new CompositeCommand("Resize " + label, List.of(new SetBounds(id, bounds)));
    }

    /**
     * Lets the automatic layout place {@code children} again (their stored bounds are cleared) and
     * lets {@code container} take the size its content needs (its stored size, if any, is dropped,
     * its position kept).
     */
    public static Command autoLayout(ElementId container, String label, Bounds containerBounds, List<ElementId> children) {
        List<Command> parts = new ArrayList<>();
        for (ElementId child : children) {
            parts.add(new SetBounds(child, null));
        }
        if (containerBounds != null) {
            parts.add(new SetBounds(container, containerBounds.resized(0, 0)));
        }
        return new CompositeCommand("Auto layout " + label, parts);
    }

    /** Several commands as one undo entry. */
    public static Command group(String description, List<Command> commands) {
        return new CompositeCommand(description, commands);
    }
}
