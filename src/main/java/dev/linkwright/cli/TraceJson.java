package dev.linkwright.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.analysis.Advisory;
import dev.linkwright.analysis.BlockedAt;
import dev.linkwright.analysis.Hop;
import dev.linkwright.analysis.ReachabilityQuery;
import dev.linkwright.analysis.Step;
import dev.linkwright.analysis.Trace;
import java.util.List;

/**
 * A {@link Trace} as the JSON object {@code reach --json} prints: {@code verdict},
 * {@code disposition}, {@code forward} and {@code return} hops ({@code id}, {@code kind},
 * {@code steps} with {@code action}, {@code elementId}, {@code detail}, {@code packet},
 * {@code result}), {@code blockedAt} (null or {@code id}, {@code direction}, {@code code},
 * {@code detail}, {@code message}, {@code rule}, ...), {@code alsoBlocking}, {@code advisories} and
 * {@code detailCodes}.
 */
public final class TraceJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TraceJson() {
    }

    public static ObjectNode toJson(Trace t) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("verdict", t.verdict().name());
        root.put("disposition", t.disposition().name());
        if (t.query() != null) {
            root.set("query", query(t.query()));
        }
        root.set("forward", hops(t.forward()));
        root.set("return", hops(t.returnPath()));
        if (t.blockedAt() == null) {
            root.putNull("blockedAt");
        } else {
            root.set("blockedAt", blocked(t.blockedAt()));
        }
        ArrayNode also = root.putArray("alsoBlocking");
        t.alsoBlocking().forEach(b -> also.add(blocked(b)));
        ArrayNode adv = root.putArray("advisories");
        for (Advisory a : t.advisories()) {
            ObjectNode o = adv.addObject();
            o.put("code", a.code());
            o.put("id", a.elementId() == null ? null : a.elementId().value());
            o.put("message", a.message());
        }
        ArrayNode codes = root.putArray("detailCodes");
        t.detailCodes().forEach(codes::add);
        return root;
    }

    private static ObjectNode query(ReachabilityQuery q) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("from", q.source());
        o.put("to", q.destination());
        o.put("protocol", q.protocol().label());
        if (q.destinationPort() != null) {
            o.put("port", q.destinationPort());
            o.put("srcPort", q.sourcePort());
        }
        if (q.sourceIp() != null) {
            o.put("srcIp", q.sourceIp().toString());
        }
        o.put("profile", q.profile().wire());
        return o;
    }

    private static ArrayNode hops(List<Hop> hops) {
        ArrayNode list = MAPPER.createArrayNode();
        for (Hop h : hops) {
            ObjectNode o = list.addObject();
            o.put("id", h.id().value());
            o.put("kind", h.kind().wire());
            ArrayNode steps = o.putArray("steps");
            for (Step s : h.steps()) {
                ObjectNode so = steps.addObject();
                so.put("action", s.action().name());
                so.put("elementId", s.elementId() == null ? null : s.elementId().value());
                so.put("detail", s.detail());
                so.put("packet", s.packet() == null ? null : s.packet().toString());
                so.put("result", s.result().name());
            }
        }
        return list;
    }

    private static ObjectNode blocked(BlockedAt b) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", b.elementId().value());
        o.put("hop", b.hopId() == null ? null : b.hopId().value());
        o.put("direction", b.direction().wire());
        o.put("code", b.code());
        o.put("detail", b.detail());
        o.put("message", b.message());
        o.put("rule", b.rule());
        o.put("disposition", b.disposition().name());
        ArrayNode sec = o.putArray("secondaryCodes");
        b.secondaryCodes().forEach(sec::add);
        return o;
    }
}
