package dev.linkwright.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkwright.model.Design;
import java.util.List;

/**
 * One entry of a scenarios file (the neutral {@code aws-network-scenarios} format): its design,
 * the query for reachability entries (null for validation entries) and the expected answer as
 * given in the file.
 */
public record ScenarioEntry(String id, String kind, String title, List<String> rules, Design design,
                            ScenarioQuery query, JsonNode expected) {

    public boolean isReachability() {
        return "reachability".equals(kind);
    }

    public boolean isValidation() {
        return "validation".equals(kind);
    }

    /** The expected verdict: REACHABLE, BLOCKED or INVALID_DESIGN. */
    public String expectedVerdict() {
        JsonNode v = expected == null ? null : expected.get("verdict");
        return v == null ? "" : v.asText();
    }
}
