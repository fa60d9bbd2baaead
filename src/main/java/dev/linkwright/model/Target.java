package dev.linkwright.model;

/**
 * A target registered in a target group: an instance (by id) or an IP address, with an optional
 * port (default: the group's port) and its health.
 */
public record Target(ElementId instance, Ipv4Address ip, Integer port, TargetHealth health) {
    public Target {
        if (instance == null && ip == null) {
            throw new IllegalArgumentException("a target needs an instance id or an IP address");
        }
        if (port != null && (port < 1 || port > 65535)) {
            throw new IllegalArgumentException("target port " + port + " is outside 1-65535");
        }
        health = health == null ? TargetHealth.HEALTHY : health;
    }

    public static Target instance(ElementId instance) {
        return new Target(instance, null, null, TargetHealth.HEALTHY);
    }
}
