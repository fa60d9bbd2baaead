package dev.linkwright.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkwright.io.scenario.ScenarioEntry;
import dev.linkwright.io.scenario.ScenarioQuery;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Ipv4Address;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a trace against the expected answer of a scenario entry in the neutral scenario format:
 * verdict; for blocked entries the blocking element (or one of {@code also_accept_elements}),
 * direction, code (or one of {@code also_accept_codes}) and detail; for reachable entries the
 * expected path in order: {@code hop} ids as a subsequence of the forward hops, every other id
 * (security groups, route tables, subnets) in order among hops and step elements.
 */
final class ScenarioExpectations {

    private ScenarioExpectations() {
    }

    static ReachabilityQuery queryOf(ScenarioEntry e) {
        ScenarioQuery q = e.query();
        Ipv4Address srcIp = null;
        if (q.sourceIp() != null && !Ipv4Address.isValid(q.sourceRef()) && !q.sourceRef().equals("internet")) {
            srcIp = Ipv4Address.parse(q.sourceIp());
        }
        return new ReachabilityQuery(q.sourceRef(), q.destinationRef(), q.protocol(), q.destinationPort(), q.sourcePort(), srcIp,
                q.profile(), false);
    }

    static void check(ScenarioEntry e, Trace t) {
        JsonNode x = e.expected();
        String describe = e.id() + ": " + summary(t);
        assertThat(t.verdict().name()).as(describe).isEqualTo(x.path("verdict").asText());
        if (t.verdict() == Verdict.BLOCKED) {
            checkBlocked(x.path("blocked_at"), t.blockedAt(), describe);
        } else {
            checkPath(x.path("path_detail"), t.forward(), describe + " forward");
            if (x.path("return_path_detail").isArray()) {
                checkPath(x.path("return_path_detail"), t.returnPath(), describe + " return");
            }
        }
    }

    private static void checkBlocked(JsonNode b, BlockedAt actual, String describe) {
        Set<String> elements = new HashSet<>();
        elements.add(b.path("element").asText());
        b.path("also_accept_elements").forEach(n -> elements.add(n.asText()));
        Set<String> codes = new HashSet<>();
        codes.add(b.path("code").asText());
        b.path("also_accept_codes").forEach(n -> codes.add(n.asText()));
        assertThat(actual.elementId().value()).as(describe + " element").isIn(elements);
        assertThat(actual.direction().wire()).as(describe + " direction").isEqualTo(b.path("direction").asText());
        assertThat(actual.code()).as(describe + " code").isIn(codes);
        String detail = b.path("detail").isNull() ? null : b.path("detail").asText();
        assertThat(actual.detail()).as(describe + " detail").isEqualTo(detail);
    }

    private static void checkPath(JsonNode expected, List<Hop> hops, String describe) {
        List<String> hopIds = new ArrayList<>();
        List<String> flat = new ArrayList<>();
        for (Hop h : hops) {
            hopIds.add(h.id().value());
            flat.add(h.id().value());
            for (Step s : h.steps()) {
                ElementId el = s.elementId();
                if (el != null) {
                    flat.add(el.value());
                }
            }
        }
        List<String> wantHops = new ArrayList<>();
        List<String> wantAll = new ArrayList<>();
        for (JsonNode n : expected) {
            wantAll.add(n.path("id").asText());
            if ("hop".equals(n.path("role").asText())) {
                wantHops.add(n.path("id").asText());
            }
        }
        assertThat(isSubsequence(wantHops, hopIds)).as(describe + ": hops " + wantHops + " in " + hopIds).isTrue();
        assertThat(isSubsequence(wantAll, flat)).as(describe + ": path " + wantAll + " in " + flat).isTrue();
    }

    static boolean isSubsequence(List<String> want, List<String> in) {
        int i = 0;
        for (String s : in) {
            if (i < want.size() && want.get(i).equals(s)) {
                i++;
            }
        }
        return i == want.size();
    }

    static String summary(Trace t) {
        StringBuilder b = new StringBuilder(t.verdict().name());
        if (t.blockedAt() != null) {
            BlockedAt x = t.blockedAt();
            b.append(" at ").append(x.elementId()).append(' ').append(x.direction().wire()).append(' ').append(x.code()).append('/')
                    .append(x.detail()).append(": ").append(x.message());
        }
        b.append(" fwd=").append(t.forwardIds()).append(" ret=").append(t.returnIds());
        return b.toString();
    }
}
