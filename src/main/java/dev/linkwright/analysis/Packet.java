package dev.linkwright.analysis;

import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.PortRange;
import dev.linkwright.model.Protocol;
import java.util.Objects;

/**
 * A packet as one hop sees it: protocol, source and destination addresses and ports. Ports are
 * ranges because a component that picks a port itself (a NAT gateway, a load balancer node) may use
 * any of its ephemeral range; they are null for protocols without ports (ICMP, all).
 *
 * <pre>{@code
 * Packet p = Packet.of(Protocol.TCP, Ipv4Address.parse("10.0.1.10"), 40000, Ipv4Address.parse("10.0.10.50"), 443);
 * p.reversed(); // 10.0.10.50:443 -> 10.0.1.10:40000 tcp
 * }</pre>
 */
public record Packet(Protocol protocol, Ipv4Address source, PortRange sourcePorts, Ipv4Address destination,
                     PortRange destinationPorts) {

    public Packet {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        if (!protocol.hasPorts()) {
            sourcePorts = null;
            destinationPorts = null;
        }
    }

    /** A packet with single ports (ignored for protocols without ports). */
    public static Packet of(Protocol protocol, Ipv4Address source, int sourcePort, Ipv4Address destination, int destinationPort) {
        boolean ports = protocol.hasPorts();
        return new Packet(protocol, source, ports ? PortRange.single(sourcePort) : null, destination,
                ports ? PortRange.single(destinationPort) : null);
    }

    /** The reply: addresses and ports swapped. */
    public Packet reversed() {
        return new Packet(protocol, destination, destinationPorts, source, sourcePorts);
    }

    public Packet withSource(Ipv4Address address, PortRange ports) {
        return new Packet(protocol, address, ports, destination, destinationPorts);
    }

    public Packet withDestination(Ipv4Address address, PortRange ports) {
        return new Packet(protocol, source, sourcePorts, address, ports);
    }

    public Packet withProtocol(Protocol p) {
        return new Packet(p, source, sourcePorts, destination, destinationPorts);
    }

    /** The destination port when it is a single port, else -1. */
    public int destinationPort() {
        return destinationPorts != null && destinationPorts.from() == destinationPorts.to() ? destinationPorts.from() : -1;
    }

    /** Reads like {@code 10.0.1.10:40000 -> 10.0.10.50:443 tcp}. */
    @Override
    public String toString() {
        return end(source, sourcePorts) + " -> " + end(destination, destinationPorts) + " " + protocol.label();
    }

    private static String end(Ipv4Address a, PortRange ports) {
        if (ports == null) {
            return a.toString();
        }
        return a + ":" + (ports.from() == ports.to() ? Integer.toString(ports.from()) : "(" + ports.from() + "-" + ports.to() + ")");
    }
}
