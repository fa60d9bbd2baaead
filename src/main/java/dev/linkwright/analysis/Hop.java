package dev.linkwright.analysis;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import java.util.List;

/**
 * One element the packet passes, with the steps evaluated there. Crossing a VPC's implied router
 * is a hop whose id is the VPC's id; an instance's hop uses the instance id, an endpoint's network
 * interface its nested id.
 */
public record Hop(ElementId id, ElementKind kind, List<Step> steps) {

    public Hop {
        steps = List.copyOf(steps);
    }
}
