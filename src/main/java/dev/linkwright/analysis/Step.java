package dev.linkwright.analysis;

import dev.linkwright.model.ElementId;
import java.util.Objects;

/**
 * One thing a hop did to the packet: the check or action, the element it used (a security group,
 * route table, subnet, listener owner, ...), what matched in words, the packet at that point (so
 * rewrites are visible) and whether it passed.
 *
 * <p>Crossing a subnet boundary is a {@link StepAction#SUBNET_BOUNDARY} step naming the subnet,
 * followed by the network ACL step naming the ACL.
 */
public record Step(StepAction action, ElementId elementId, String detail, Packet packet, StepResult result) {

    public Step {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(result, "result");
    }
}
