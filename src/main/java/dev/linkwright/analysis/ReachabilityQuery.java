package dev.linkwright.analysis;

import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.Protocol;
import dev.linkwright.model.RulesProfile;
import java.util.Objects;

/**
 * A reachability question: from {@code source} to {@code destination} with a protocol and port.
 *
 * <p>References are element ids (instances, network interfaces and their nested ids, interface
 * endpoints, load balancers, NAT gateways, on-premises networks and hosts, internet hosts, AWS
 * services, gateway endpoints), IPv4 addresses, the word {@code internet}, or (destination only)
 * DNS names. {@code sourcePort} is the client's port (default 40000); {@code sourceIp} picks the
 * source address when the source has several or none. With {@code respectTargetHealth} the load
 * balancer only uses healthy targets (by default target health is ignored, like Reachability
 * Analyzer, and an unhealthy target only earns an advisory).
 *
 * <pre>{@code
 * ReachabilityQuery q = ReachabilityQuery.from("i-a1").to("i-b1").tcp(5432).sourcePort(49152).build();
 * }</pre>
 */
public record ReachabilityQuery(String source, String destination, Protocol protocol, Integer destinationPort,
                                int sourcePort, Ipv4Address sourceIp, RulesProfile profile, boolean respectTargetHealth) {

    /** The client port used when none is given. */
    public static final int DEFAULT_SOURCE_PORT = 40000;

    public ReachabilityQuery {
        if (source == null || source.isBlank()) {
            throw new QueryException("a source is required (an element id, an IPv4 address or 'internet')");
        }
        if (destination == null || destination.isBlank()) {
            throw new QueryException("a destination is required (an element id, an IPv4 address, a DNS name or 'internet')");
        }
        source = source.trim();
        destination = destination.trim();
        protocol = protocol == null ? Protocol.TCP : protocol;
        profile = profile == null ? RulesProfile.CURRENT : profile;
        if (protocol.hasPorts()) {
            if (destinationPort == null) {
                throw new QueryException("a destination port is required for " + protocol.label() + " (like --port 443)");
            }
            checkPort("destination port", destinationPort);
            checkPort("source port", sourcePort);
        } else {
            destinationPort = null;
        }
    }

    private static void checkPort(String what, int port) {
        if (port < 1 || port > 65535) {
            throw new QueryException("the " + what + " must be between 1 and 65535, not " + port);
        }
    }

    /** The question a saved flow asks, under {@code profile}. */
    public static ReachabilityQuery of(dev.linkwright.model.Flow flow, RulesProfile profile) {
        int sourcePort = flow.sourcePort() > 0 ? flow.sourcePort() : DEFAULT_SOURCE_PORT;
        return new ReachabilityQuery(flow.from(), flow.to(), flow.protocol(), flow.protocol().hasPorts() ? flow.port() : null, sourcePort,
                null, profile, false);
    }

    /** Starts a query from {@code source}. */
    public static Builder from(String source) {
        return new Builder(source);
    }

    /** Builds a {@link ReachabilityQuery}; defaults: tcp, source port 40000, profile current. */
    public static final class Builder {
        private final String source;
        private String destination;
        private Protocol protocol = Protocol.TCP;
        private Integer port;
        private int sourcePort = DEFAULT_SOURCE_PORT;
        private Ipv4Address sourceIp;
        private RulesProfile profile = RulesProfile.CURRENT;
        private boolean respectTargetHealth;

        private Builder(String source) {
            this.source = source;
        }

        public Builder to(String destination) {
            this.destination = destination;
            return this;
        }

        public Builder protocol(Protocol protocol, Integer port) {
            this.protocol = Objects.requireNonNull(protocol);
            this.port = port;
            return this;
        }

        public Builder tcp(int port) {
            return protocol(Protocol.TCP, port);
        }

        public Builder udp(int port) {
            return protocol(Protocol.UDP, port);
        }

        public Builder icmp() {
            return protocol(Protocol.ICMP, null);
        }

        public Builder sourcePort(int port) {
            this.sourcePort = port;
            return this;
        }

        public Builder sourceIp(Ipv4Address ip) {
            this.sourceIp = ip;
            return this;
        }

        public Builder profile(RulesProfile profile) {
            this.profile = profile;
            return this;
        }

        public Builder respectTargetHealth(boolean respect) {
            this.respectTargetHealth = respect;
            return this;
        }

        public ReachabilityQuery build() {
            return new ReachabilityQuery(source, destination, protocol, port, sourcePort, sourceIp, profile, respectTargetHealth);
        }
    }
}
