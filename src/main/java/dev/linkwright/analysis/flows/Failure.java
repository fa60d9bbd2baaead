package dev.linkwright.analysis.flows;

import dev.linkwright.model.ElementId;
import java.util.Objects;

/**
 * One component failed in a what-if: a whole element ({@code part} null) or one part of it: a VPN
 * connection's tunnel ({@code "tunnel 1"}, {@code "tunnel 2"}) or a target of a target group (the
 * target's instance id or IP address). Failing an Availability Zone fails its physical zone (AZ id)
 * in every VPC of the Region that uses it.
 *
 * <pre>{@code
 * Failure.of(ElementId.of("nat-a"));
 * Failure.tunnel(ElementId.of("vpn-1"), 2);
 * }</pre>
 */
public record Failure(ElementId element, String part) {

    public Failure {
        Objects.requireNonNull(element, "element");
        part = part == null || part.isBlank() ? null : part.trim();
    }

    /** The whole element fails. */
    public static Failure of(ElementId element) {
        return new Failure(element, null);
    }

    /** Tunnel {@code number} (1-based) of a Site-to-Site VPN connection goes down. */
    public static Failure tunnel(ElementId vpnConnection, int number) {
        return new Failure(vpnConnection, "tunnel " + number);
    }

    /** One target of a target group (by instance id or IP address) fails its health checks. */
    public static Failure target(ElementId targetGroup, String target) {
        return new Failure(targetGroup, "target " + target);
    }

    /** The tunnel number of a tunnel failure, or -1. */
    public int tunnelNumber() {
        if (part == null || !part.startsWith("tunnel ")) {
            return -1;
        }
        try {
            return Integer.parseInt(part.substring("tunnel ".length()).trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The target (instance id or IP address) of a target failure, or null. */
    public String target() {
        return part != null && part.startsWith("target ") ? part.substring("target ".length()).trim() : null;
    }

    /** "nat-a", "vpn-1 tunnel 2", "tg-b target i-b1". */
    public String label() {
        return part == null ? element.value() : element.value() + " " + part;
    }

    @Override
    public String toString() {
        return label();
    }
}
