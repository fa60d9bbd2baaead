package dev.linkwright.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkwright.io.DesignFormatException;
import dev.linkwright.io.FormatProblem;
import dev.linkwright.io.LocatedJson;
import dev.linkwright.model.Protocol;
import dev.linkwright.model.RulesProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads files in the neutral scenario format ({@code "format": "aws-network-scenarios"}, see
 * {@code shared/spec/scenarios-public-json.md}): each entry's resolved topology becomes a Linkwright
 * {@link dev.linkwright.model.Design}, so scenarios can be analysed, validated and opened directly.
 *
 * <pre>{@code
 * for (ScenarioEntry e : ScenarioFile.read(Path.of("scenarios-public.json"))) { ... }
 * }</pre>
 */
public final class ScenarioFile {

    /** The value of the {@code format} field of a scenarios file. */
    public static final String FORMAT = "aws-network-scenarios";

    private ScenarioFile() {
    }

    /** True when {@code root} looks like a scenarios file, a single entry or a bare scenario topology. */
    public static boolean isScenarioDocument(JsonNode root) {
        if (root == null || !root.isObject()) {
            return false;
        }
        return FORMAT.equals(root.path("format").asText(null)) || (root.has("topology") && root.has("kind"))
                || (root.has("vpcs") && root.has("subnets") && root.has("accounts") && !root.has("formatVersion"));
    }

    /** Every entry of the scenarios file at {@code path}. */
    public static List<ScenarioEntry> read(Path path) throws DesignFormatException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new DesignFormatException(new FormatProblem(path.toString(), "", 0, 0, "could not be read: " + e.getMessage()));
        }
        return entries(LocatedJson.parse(bytes, path.toString()));
    }

    /** Every entry of an already parsed scenarios document (a file, a single entry or a bare topology). */
    public static List<ScenarioEntry> entries(LocatedJson json) throws DesignFormatException {
        JsonNode root = json.root();
        List<ScenarioEntry> list = new ArrayList<>();
        if (root.has("scenarios")) {
            JsonNode arr = root.get("scenarios");
            if (!arr.isArray()) {
                throw new DesignFormatException(json.problemAt("/scenarios", "expected a list of scenario entries"));
            }
            for (int i = 0; i < arr.size(); i++) {
                list.add(entry(json, arr.get(i), "/scenarios/" + i));
            }
        } else if (root.has("topology")) {
            list.add(entry(json, root, ""));
        } else {
            list.add(new ScenarioEntry("topology", "topology", "", List.of(),
                    new ScenarioTopologyReader(json, "").read(root), null, null));
        }
        return list;
    }

    /** The entry with id {@code id}, or an error listing the ids there are. */
    public static ScenarioEntry find(List<ScenarioEntry> entries, String id, String file) throws DesignFormatException {
        List<String> ids = new ArrayList<>();
        for (ScenarioEntry e : entries) {
            if (e.id().equalsIgnoreCase(id)) {
                return e;
            }
            ids.add(e.id());
        }
        throw new DesignFormatException(new FormatProblem(file, "", 0, 0, "no scenario '" + id + "' (the file has: "
                + String.join(", ", ids) + ")"));
    }

    private static ScenarioEntry entry(LocatedJson json, JsonNode e, String pointer) throws DesignFormatException {
        String id = e.path("id").asText("?");
        JsonNode topology = e.get("topology");
        if (topology == null || !topology.isObject()) {
            throw new DesignFormatException(json.problemAt(pointer, "scenario '" + id + "' has no 'topology' object"));
        }
        List<String> rules = new ArrayList<>();
        e.path("rules").forEach(r -> rules.add(r.asText()));
        return new ScenarioEntry(id, e.path("kind").asText(""), e.path("title").asText(""), rules,
                new ScenarioTopologyReader(json, pointer + "/topology").read(topology), query(json, e.get("query"), pointer + "/query"),
                e.get("expected"));
    }

    private static ScenarioQuery query(LocatedJson json, JsonNode q, String pointer) throws DesignFormatException {
        if (q == null || q.isNull()) {
            return null;
        }
        try {
            JsonNode port = q.get("destination_port");
            JsonNode srcIp = q.path("source").get("ip");
            String profile = q.path("profile").asText("current");
            return new ScenarioQuery(q.path("source").path("ref").asText(), q.path("destination").path("ref").asText(),
                    Protocol.parse(q.path("protocol").asText("tcp")), port == null || port.isNull() ? null : port.asInt(),
                    q.path("source_port").asInt(40000), RulesProfile.parse(profile),
                    srcIp == null || srcIp.isNull() ? null : srcIp.asText());
        } catch (IllegalArgumentException ex) {
            throw new DesignFormatException(json.problemAt(pointer, ex.getMessage()));
        }
    }
}
