package dev.linkwright.model;

/**
 * A traffic flow saved with a design: from a source to a destination on a protocol and port, with
 * an optional intent ("must be reachable", "must be blocked") that validation checks. Source and
 * destination are references as the command line takes them: an element id, an IPv4 address,
 * {@code internet}, or (destination only) a DNS name.
 */
public record Flow(ElementId id, String name, String from, String to, Protocol protocol, Integer port, int sourcePort,
                   FlowIntent intent) {

    /** The source port used when a flow does not give one. */
    public static final int DEFAULT_SOURCE_PORT = 40000;

    public Flow {
        if (id == null) {
            throw new IllegalArgumentException("a flow needs an id");
        }
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            throw new IllegalArgumentException("a flow needs 'from' and 'to'");
        }
        name = name == null ? "" : name;
        protocol = protocol == null ? Protocol.TCP : protocol;
        if (port != null && (port < 0 || port > 65535)) {
            throw new IllegalArgumentException("flow port " + port + " is outside 0-65535");
        }
        if (sourcePort < 0 || sourcePort > 65535) {
            throw new IllegalArgumentException("flow source port " + sourcePort + " is outside 0-65535");
        }
        intent = intent == null ? FlowIntent.NONE : intent;
    }

    /** "instance-a → vpce-a tcp/443" */
    public String label() {
        if (!name.isEmpty()) {
            return name;
        }
        return from + " → " + to + " " + protocol.label() + (protocol.hasPorts() && port != null ? "/" + port : "");
    }
}
