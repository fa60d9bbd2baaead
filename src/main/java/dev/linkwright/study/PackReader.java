package dev.linkwright.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkwright.analysis.Direction;
import dev.linkwright.analysis.Verdict;
import dev.linkwright.io.DesignFormatException;
import dev.linkwright.io.DesignReader;
import dev.linkwright.io.FormatProblem;
import dev.linkwright.io.LocatedJson;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.FlowIntent;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.Protocol;
import dev.linkwright.model.RulesProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads study pack files (see {@code docs/study.md}). Like the design loader it trusts nothing:
 * the file is parsed with size and depth limits, checked against the pack schema, every design is
 * read by the {@link DesignReader} (inline, shared, or a shared design with a JSON Patch applied),
 * and every reference is checked. All problems are reported together, each naming the file,
 * line:column, the JSON path and what was expected.
 *
 * <pre>{@code
 * Pack pack = new PackReader().read(Path.of("my-pack.json"));
 * }</pre>
 */
public final class PackReader {

    /** The value of a pack file's {@code format} field. */
    public static final String FORMAT_NAME = "linkwright-study-pack";
    /** The pack format version this build writes and reads. */
    public static final int FORMAT_VERSION = 1;
    private static final int MAX_PROBLEMS = 50;

    /** Reads the pack file at {@code file}. */
    public Pack read(Path file) throws DesignFormatException {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new DesignFormatException(new FormatProblem(name, "", 0, 0, "is a folder; expected a study pack file (.json)"));
            }
            if (Files.size(file) > LocatedJson.MAX_BYTES) {
                throw new DesignFormatException(new FormatProblem(name, "", 0, 0, "the file is larger than "
                        + (LocatedJson.MAX_BYTES / (1024 * 1024)) + " MB, the largest accepted"));
            }
            return read(Files.readAllBytes(file), name, name);
        } catch (NoSuchFileException e) {
            throw new DesignFormatException(new FormatProblem(name, "", 0, 0, "no such file"));
        } catch (IOException e) {
            throw new DesignFormatException(new FormatProblem(name, "", 0, 0, "could not be read: " + e.getMessage()));
        }
    }

    /** Reads a pack from {@code bytes}; {@code fileName} names it in messages, {@code source} is kept in the pack. */
    public Pack read(byte[] bytes, String fileName, String source) throws DesignFormatException {
        LocatedJson json = LocatedJson.parse(bytes, fileName);
        JsonNode root = json.root();
        if (!root.isObject()) {
            throw new DesignFormatException(json.problemAt("", "expected a JSON object with \"format\": \"" + FORMAT_NAME
                    + "\", found " + kind(root)));
        }
        JsonNode format = root.get("format");
        if (format == null || !FORMAT_NAME.equals(format.asText())) {
            String hint = root.has("accounts") ? " (this looks like a design file; a pack holds exercises)" : "";
            throw new DesignFormatException(json.problemAt(format == null ? "" : "/format", "not a study pack: expected \"format\": \""
                    + FORMAT_NAME + "\"" + hint));
        }
        JsonNode version = root.get("formatVersion");
        if (version != null && version.isIntegralNumber() && version.asInt() > FORMAT_VERSION) {
            throw new DesignFormatException(json.problemAt("/formatVersion", "the pack has format version " + version.asInt()
                    + ", made by a newer Linkwright; this version reads version " + FORMAT_VERSION));
        }
        List<FormatProblem> schemaProblems = PackSchema.check(json);
        if (!schemaProblems.isEmpty()) {
            throw new DesignFormatException(schemaProblems);
        }
        return new Session(json, source).run();
    }

    private static String kind(JsonNode n) {
        return n.isArray() ? "a list" : n.isTextual() ? "a string" : n.isNumber() ? "a number" : n.isBoolean() ? "true/false" : "null";
    }

    /** One read of one pack. */
    private static final class Session {
        private final LocatedJson json;
        private final String source;
        private final List<FormatProblem> problems = new ArrayList<>();
        private final Map<String, Design> sharedDesigns = new HashMap<>();
        private final Set<String> brokenShared = new HashSet<>();

        Session(LocatedJson json, String source) {
            this.json = json;
            this.source = source;
        }

        Pack run() throws DesignFormatException {
            JsonNode root = json.root();
            String packId = root.get("id").asText();
            String packTopic = root.has("topic") ? root.get("topic").asText() : null;
            // every shared design is read, used or not, so a broken one is reported where it is
            root.path("designs").fieldNames().forEachRemaining(this::shared);
            List<Exercise> exercises = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            JsonNode list = root.get("exercises");
            for (int i = 0; i < list.size() && problems.size() < MAX_PROBLEMS; i++) {
                String p = "/exercises/" + i;
                JsonNode e = list.get(i);
                String id = e.get("id").asText();
                if (!ids.add(id)) {
                    problem(p + "/id", "duplicate exercise id '" + id + "' in this pack");
                    continue;
                }
                Exercise ex = exercise(packId, packTopic, e, p);
                if (ex != null) {
                    exercises.add(ex);
                }
            }
            if (!problems.isEmpty()) {
                throw new DesignFormatException(problems);
            }
            return new Pack(packId, root.get("title").asText(), text(root, "description"), source, exercises);
        }

        private void problem(String pointer, String message) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(json.problemAt(pointer, message));
            }
        }

        private Exercise exercise(String packId, String packTopic, JsonNode e, String p) {
            int before = problems.size();
            ExerciseMode mode = ExerciseMode.parse(e.get("mode").asText());
            String topic = e.has("topic") ? e.get("topic").asText() : packTopic;
            if (topic == null) {
                problem(p, "missing 'topic' (give it on the exercise, or a default 'topic' on the pack)");
            }
            RulesProfile profile = e.has("profile") ? RulesProfile.parse(e.get("profile").asText()) : null;
            Loaded loaded = design(e, p);
            for (int r = 0; r < e.get("rules").size(); r++) {
                String rule = e.get("rules").get(r).asText();
                if (!RulebookRules.exists(rule)) {
                    problem(p + "/rules/" + r, "'" + rule + "' is not a rule of the rulebook (aws-network-rules.md)");
                }
            }
            String explanation = e.get("explanation").asText();
            for (String cited : RulebookRules.citedIn(explanation)) {
                if (!RulebookRules.exists(cited)) {
                    problem(p + "/explanation", "cites '" + cited + "', which is not a rule of the rulebook");
                }
            }
            if (loaded == null) {
                return null;
            }
            PredictQuestion question = null;
            Answer answer;
            JsonNode a = e.get("answer");
            String ap = p + "/answer";
            switch (mode) {
                case PREDICT -> {
                    question = question(e.get("question"), p + "/question", loaded.design);
                    ExpectedBlock expected = block(a, ap, loaded.design);
                    RulesProfile other = null;
                    ExpectedBlock underOther = null;
                    if (a.has("otherProfile")) {
                        other = RulesProfile.parse(a.get("otherProfile").get("profile").asText());
                        underOther = block(a.get("otherProfile"), ap + "/otherProfile", loaded.design);
                        checkOtherProfile(other, profile, ap + "/otherProfile/profile");
                    }
                    answer = new Answer.Predict(expected, other, underOther);
                }
                case FIX -> {
                    boolean anyIntent = loaded.design.flows().stream().anyMatch(f -> f.intent() != FlowIntent.NONE);
                    if (!anyIntent) {
                        problem(p + "/design", "a Fix-it exercise needs flows with an intent (\"intent\": \"reachable\" or"
                                + " \"blocked\") in its design");
                    }
                    answer = new Answer.Fix(a.get("solution").deepCopy());
                }
                default -> {
                    List<ExpectedFinding> findings = findings(a.get("findings"), ap + "/findings", loaded.design);
                    RulesProfile other = null;
                    List<ExpectedFinding> underOther = null;
                    if (a.has("otherProfile")) {
                        other = RulesProfile.parse(a.get("otherProfile").get("profile").asText());
                        underOther = findings(a.get("otherProfile").get("findings"), ap + "/otherProfile/findings", loaded.design);
                        checkOtherProfile(other, profile, ap + "/otherProfile/profile");
                    }
                    answer = new Answer.Spot(findings, other, underOther);
                }
            }
            if (problems.size() > before) {
                return null;
            }
            List<String> rules = new ArrayList<>();
            e.get("rules").forEach(r -> rules.add(r.asText()));
            List<String> hints = new ArrayList<>();
            if (e.has("hints")) {
                e.get("hints").forEach(h -> hints.add(h.asText()));
            }
            try {
                return new Exercise(packId, e.get("id").asText(), text(e, "title"), mode, topic,
                        Difficulty.parse(e.get("difficulty").asText()), profile, e.get("task").asText(), question, answer,
                        explanation, rules, hints, loaded.document, loaded.design);
            } catch (IllegalArgumentException ex) {
                problem(p, ex.getMessage());
                return null;
            }
        }

        private void checkOtherProfile(RulesProfile other, RulesProfile pinned, String pointer) {
            RulesProfile own = pinned == null ? RulesProfile.CURRENT : pinned;
            if (other == own) {
                problem(pointer, "'" + other.wire() + "' is the exercise's own profile; 'otherProfile' names the other one");
            }
        }

        // ---- designs ------------------------------------------------------------------------------

        private record Loaded(JsonNode document, Design design) {
        }

        private Loaded design(JsonNode e, String p) {
            JsonNode d = e.get("design");
            String dp = p + "/design";
            JsonNode base;
            Design baseDesign;
            if (d.isTextual()) {
                String name = d.asText();
                JsonNode designs = json.root().path("designs");
                if (!designs.has(name)) {
                    List<String> names = new ArrayList<>();
                    designs.fieldNames().forEachRemaining(names::add);
                    problem(dp, "no design named '" + name + "' in this pack's 'designs'"
                            + (names.isEmpty() ? " (it has none)" : " (it has: " + String.join(", ", names) + ")"));
                    return null;
                }
                base = designs.get(name);
                baseDesign = shared(name);
            } else {
                base = d;
                baseDesign = readLocated(dp);
            }
            if (baseDesign == null) {
                return null;
            }
            if (!e.has("patch")) {
                return new Loaded(base, baseDesign);
            }
            JsonNode patched;
            try {
                patched = JsonPatch.apply(base, e.get("patch"));
            } catch (JsonPatch.PatchException ex) {
                String at = p + "/patch" + (ex.operation() >= 0 ? "/" + ex.operation() + (ex.field().isEmpty() ? "" : "/" + ex.field()) : "");
                problem(at, "the patch does not apply to the design: " + ex.getMessage());
                return null;
            }
            Design design = readPatched(patched, p + "/patch");
            return design == null ? null : new Loaded(patched, design);
        }

        private Design shared(String name) {
            if (brokenShared.contains(name)) {
                return null;
            }
            Design d = sharedDesigns.get(name);
            if (d == null) {
                d = readLocated("/designs/" + escape(name));
                if (d == null) {
                    brokenShared.add(name);
                    return null;
                }
                sharedDesigns.put(name, d);
            }
            return d;
        }

        private Design readLocated(String pointer) {
            try {
                return new DesignReader().read(json.subtree(pointer));
            } catch (DesignFormatException ex) {
                ex.problems().forEach(this::add);
                return null;
            }
        }

        private Design readPatched(JsonNode patched, String patchPointer) {
            try {
                byte[] bytes = new ObjectMapper().writeValueAsBytes(patched);
                return new DesignReader().read(LocatedJson.parse(bytes, json.file()));
            } catch (DesignFormatException ex) {
                for (FormatProblem fp : ex.problems()) {
                    problem(patchPointer, "the design made by this patch is not valid: at " + fp.path() + ": " + fp.message());
                }
                return null;
            } catch (IOException ex) {
                problem(patchPointer, "the patched design could not be written: " + ex.getMessage());
                return null;
            }
        }

        private void add(FormatProblem fp) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(fp);
            }
        }

        // ---- questions and answers -------------------------------------------------------------------

        private PredictQuestion question(JsonNode q, String p, Design design) {
            Protocol protocol = Protocol.TCP;
            if (q.has("protocol")) {
                try {
                    protocol = Protocol.parse(q.get("protocol").asText());
                } catch (IllegalArgumentException ex) {
                    problem(p + "/protocol", ex.getMessage());
                    return null;
                }
            }
            Integer port = q.has("port") ? q.get("port").asInt() : null;
            if (protocol.hasPorts() && port == null) {
                problem(p, "missing 'port' (a " + protocol.label() + " question needs one)");
                return null;
            }
            String from = q.get("from").asText();
            String to = q.get("to").asText();
            reference(from, p + "/from", design, true);
            reference(to, p + "/to", design, true);
            int sourcePort = q.has("sourcePort") ? q.get("sourcePort").asInt() : 0;
            return new PredictQuestion(from, to, protocol, port, sourcePort);
        }

        private ExpectedBlock block(JsonNode a, String p, Design design) {
            Verdict verdict = Verdict.valueOf(a.get("verdict").asText().toUpperCase(Locale.ROOT));
            if (verdict == Verdict.REACHABLE) {
                for (String field : List.of("element", "alsoAccept", "code", "direction")) {
                    if (a.has(field)) {
                        problem(p + "/" + field, "a reachable answer has no '" + field + "'");
                    }
                }
                return ExpectedBlock.reachable();
            }
            String element = a.get("element").asText();
            reference(element, p + "/element", design, false);
            List<String> also = new ArrayList<>();
            if (a.has("alsoAccept")) {
                for (int i = 0; i < a.get("alsoAccept").size(); i++) {
                    String s = a.get("alsoAccept").get(i).asText();
                    reference(s, p + "/alsoAccept/" + i, design, false);
                    also.add(s);
                }
            }
            Direction direction = a.has("direction") ? Direction.valueOf(a.get("direction").asText().toUpperCase(Locale.ROOT)) : null;
            return new ExpectedBlock(verdict, element, also, text(a, "code"), direction);
        }

        private List<ExpectedFinding> findings(JsonNode list, String p, Design design) {
            List<ExpectedFinding> findings = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                JsonNode f = list.get(i);
                List<ElementId> elements = new ArrayList<>();
                for (int j = 0; j < f.get("elements").size(); j++) {
                    String s = f.get("elements").get(j).asText();
                    if (reference(s, p + "/" + i + "/elements/" + j, design, false)) {
                        elements.add(ElementId.of(s));
                    }
                }
                if (!elements.isEmpty()) {
                    findings.add(new ExpectedFinding(f.get("code").asText(), elements));
                }
            }
            return findings;
        }

        /** Checks that {@code ref} names an element (or, for questions, is an address or 'internet'). */
        private boolean reference(String ref, String pointer, Design design, boolean addressesAllowed) {
            if (addressesAllowed && (ref.equals("internet") || Ipv4Address.isValid(ref) || ref.contains("."))) {
                return true;
            }
            try {
                if (design.topology().isIdTaken(ElementId.of(ref))) {
                    return true;
                }
            } catch (IllegalArgumentException ex) {
                problem(pointer, ex.getMessage());
                return false;
            }
            problem(pointer, "'" + ref + "' does not name any element of the exercise's design");
            return false;
        }

        private static String text(JsonNode n, String field) {
            JsonNode v = n.get(field);
            return v == null || v.isNull() ? null : v.asText();
        }

        private static String escape(String key) {
            return key.replace("~", "~0").replace("/", "~1");
        }
    }
}
