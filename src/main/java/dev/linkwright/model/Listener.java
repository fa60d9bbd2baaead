package dev.linkwright.model;

/** A load balancer listener: protocol and port, forwarding to a target group. */
public record Listener(ListenerProtocol protocol, int port, ElementId targetGroup) {
    public Listener {
        if (protocol == null) {
            throw new IllegalArgumentException("a listener needs a protocol");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("listener port " + port + " is outside 1-65535");
        }
    }
}
