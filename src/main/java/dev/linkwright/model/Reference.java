package dev.linkwright.model;

/**
 * A reference from one element to another, by id: the edges of the topology graph other than
 * containment. {@code role} says what the reference means ("routeTable", "target", "peer", ...).
 *
 * <p>A reference that need not resolve inside the design ({@code required == false}) may name
 * something outside it, such as a security group of an account that was not imported.
 */
public record Reference(String role, ElementId target, boolean required) {

    public static Reference to(String role, ElementId target) {
        return new Reference(role, target, true);
    }

    public static Reference optional(String role, ElementId target) {
        return new Reference(role, target, false);
    }
}
