package dev.linkwright.study;

import dev.linkwright.analysis.ReachabilityQuery;
import dev.linkwright.model.Protocol;
import dev.linkwright.model.RulesProfile;

/**
 * The question of a Predict exercise: can {@code from} reach {@code to} on a protocol and port?
 * References are what the command line's {@code reach} takes (element ids, addresses, internet).
 */
public record PredictQuestion(String from, String to, Protocol protocol, Integer port, int sourcePort) {

    public PredictQuestion {
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            throw new IllegalArgumentException("a question needs 'from' and 'to'");
        }
        protocol = protocol == null ? Protocol.TCP : protocol;
        port = protocol.hasPorts() ? port : null;
        if (protocol.hasPorts() && port == null) {
            throw new IllegalArgumentException("a " + protocol.label() + " question needs a port");
        }
        sourcePort = sourcePort <= 0 ? ReachabilityQuery.DEFAULT_SOURCE_PORT : sourcePort;
    }

    /** The engine's query for this question under {@code profile}. */
    public ReachabilityQuery query(RulesProfile profile) {
        return new ReachabilityQuery(from, to, protocol, port, sourcePort, null, profile, false);
    }

    /** "TCP 443", "ICMP". */
    public String protocolText() {
        return protocol.label().toUpperCase(java.util.Locale.ROOT) + (port == null ? "" : " " + port);
    }

    /** "Can i-c1 reach vpce-c1 on TCP 443?" */
    public String text() {
        return "Can " + from + " reach " + to + " on " + protocolText() + "?";
    }
}
