package dev.linkwright.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.analysis.BlockedAt;
import dev.linkwright.analysis.Trace;
import dev.linkwright.io.DesignWriter;
import dev.linkwright.model.Design;
import dev.linkwright.model.Flow;
import dev.linkwright.model.FlowIntent;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.validation.Finding;
import dev.linkwright.validation.ValidationReport;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes exercises from a design a student has open, for the "Author exercise" action: the answer
 * always comes from the engine, so an authored exercise passes {@code study check} by
 * construction. The result is a pack entry ({@link ObjectNode}) that {@link PackWriter} adds to a
 * pack file.
 *
 * <pre>{@code
 * ObjectNode entry = new ExerciseAuthor().predict(design, design.flows().get(0), ExerciseDraft.named("my-first"));
 * new PackWriter().add(Path.of("my-pack.json"), entry);
 * }</pre>
 */
public final class ExerciseAuthor {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final StudyEngine engine;

    public ExerciseAuthor() {
        this(new StudyEngine());
    }

    public ExerciseAuthor(StudyEngine engine) {
        this.engine = engine;
    }

    /** A Predict exercise asking {@code flow}'s question of {@code design}. */
    public ObjectNode predict(Design design, Flow flow, ExerciseDraft draft) {
        RulesProfile profile = profileOf(draft);
        PredictQuestion q = new PredictQuestion(flow.from(), flow.to(), flow.protocol(), flow.port(), flow.sourcePort());
        Trace trace = engine.trace(design, q, profile);
        ObjectNode e = header(draft, ExerciseMode.PREDICT);
        e.set("design", designTree(design, false));
        e.put("task", draft.task().isBlank() ? q.text() : draft.task());
        ObjectNode question = e.putObject("question");
        question.put("from", q.from()).put("to", q.to()).put("protocol", q.protocol().label());
        if (q.port() != null) {
            question.put("port", q.port());
        }
        if (q.sourcePort() != dev.linkwright.analysis.ReachabilityQuery.DEFAULT_SOURCE_PORT) {
            question.put("sourcePort", q.sourcePort());
        }
        ObjectNode answer = e.putObject("answer");
        String rule;
        String explanation;
        if (trace.isReachable()) {
            answer.put("verdict", "reachable");
            rule = "R-EV-1";
            explanation = "Reachable: every hop of the request and of the reply allows it (R-EV-1, R-EV-2).";
        } else {
            BlockedAt b = trace.blockedAt();
            answer.put("verdict", "blocked").put("element", b.elementId().value()).put("code", b.code())
                    .put("direction", b.direction().wire());
            rule = b.rule() == null || b.rule().isBlank() ? "R-EV-3" : b.rule();
            explanation = "Blocked at " + b.elementId() + " on the " + b.direction().wire() + " path (" + b.code() + "): "
                    + b.message() + " (" + rule + ")";
        }
        finish(e, draft, explanation, Set.of(firstRule(rule)), List.of(trace.isReachable() ? "Walk every hop, forward and back."
                : "Reason code: " + trace.blockedAt().code() + "."));
        return e;
    }

    /**
     * A Fix-it exercise: {@code broken} (with its flows and intents) is what the student gets,
     * {@code fixed} is the known solution (kept as a JSON Patch from one to the other).
     */
    public ObjectNode fix(Design broken, Design fixed, ExerciseDraft draft) {
        if (broken.flows().stream().noneMatch(f -> f.intent() != FlowIntent.NONE)) {
            throw new IllegalArgumentException("a Fix-it exercise needs flows marked 'must be reachable' or 'must be blocked'");
        }
        RulesProfile profile = profileOf(draft);
        List<IntentResult> before = engine.intents(broken, profile);
        ObjectNode e = header(draft, ExerciseMode.FIX);
        JsonNode brokenTree = designTree(broken, true);
        e.set("design", brokenTree);
        e.put("task", draft.task().isBlank() ? "Edit the design until every flow does what its intent says." : draft.task());
        ArrayNode solution = JsonPatch.diff(brokenTree, designTree(fixed, true));
        e.putObject("answer").set("solution", solution);
        Set<String> rules = new LinkedHashSet<>();
        StringBuilder why = new StringBuilder("Broken at first: ");
        for (IntentResult r : before) {
            if (!r.holds() && r.trace() != null && r.trace().blockedAt() != null) {
                BlockedAt b = r.trace().blockedAt();
                why.append(r.flow().label()).append(" was blocked at ").append(b.elementId()).append(" (").append(b.code()).append("). ");
                if (b.rule() != null && !b.rule().isBlank()) {
                    rules.add(firstRule(b.rule()));
                }
            }
        }
        if (rules.isEmpty()) {
            rules.add("R-EV-1");
        }
        why.append("See ").append(String.join(", ", rules)).append('.');
        finish(e, draft, why.toString(), rules, List.of());
        return e;
    }

    /** A Spot-the-flaw exercise asking for every finding the validator reports on {@code design}. */
    public ObjectNode spot(Design design, ExerciseDraft draft) {
        ValidationReport report = engine.validate(design, profileOf(draft));
        if (report.findings().isEmpty()) {
            throw new IllegalArgumentException("the validator finds nothing in this design, so there is no flaw to spot");
        }
        ObjectNode e = header(draft, ExerciseMode.SPOT);
        e.set("design", designTree(design, false));
        e.put("task", draft.task().isBlank() ? "Click every element with a design error." : draft.task());
        ArrayNode findings = e.putObject("answer").putArray("findings");
        Set<String> rules = new LinkedHashSet<>();
        StringBuilder why = new StringBuilder();
        Set<String> seen = new LinkedHashSet<>();
        for (Finding f : report.findings()) {
            if (!seen.add(f.code() + f.primaryElement())) {
                continue;
            }
            ObjectNode n = findings.addObject();
            n.put("code", f.code());
            ArrayNode els = n.putArray("elements");
            f.elements().forEach(id -> els.add(id.value()));
            if (!f.rule().isBlank()) {
                rules.add(firstRule(f.rule()));
            }
            why.append(f.code()).append(" on ").append(f.primaryElement()).append(": ").append(f.message())
                    .append(f.rule().isBlank() ? "" : " (" + f.rule() + ")").append(' ');
        }
        if (rules.isEmpty()) {
            rules.add("R-EV-3");
        }
        finish(e, draft, why.toString().trim(), rules, List.of());
        return e;
    }

    private static RulesProfile profileOf(ExerciseDraft d) {
        return d.profile() == null ? RulesProfile.CURRENT : d.profile();
    }

    private static String firstRule(String rule) {
        List<String> cited = RulebookRules.citedIn(rule);
        return cited.isEmpty() ? "R-EV-3" : cited.get(0);
    }

    private static ObjectNode header(ExerciseDraft d, ExerciseMode mode) {
        ObjectNode e = NODES.objectNode();
        e.put("id", d.id());
        if (!d.title().isBlank()) {
            e.put("title", d.title());
        }
        e.put("mode", mode.wire());
        e.put("topic", d.topic());
        e.put("difficulty", d.difficulty().wire());
        if (d.profile() != null) {
            e.put("profile", d.profile().wire());
        }
        return e;
    }

    private static void finish(ObjectNode e, ExerciseDraft d, String explanation, Set<String> rules, List<String> defaultHints) {
        e.put("explanation", d.explanation().isBlank() ? explanation : d.explanation());
        Set<String> cited = new LinkedHashSet<>(rules);
        cited.addAll(RulebookRules.citedIn(e.get("explanation").asText()));
        cited.removeIf(r -> !RulebookRules.exists(r));
        if (cited.isEmpty()) {
            cited.add("R-EV-1");
        }
        ArrayNode r = e.putArray("rules");
        cited.forEach(r::add);
        List<String> hints = d.hints().isEmpty() ? defaultHints : d.hints();
        if (!hints.isEmpty()) {
            ArrayNode h = e.putArray("hints");
            hints.forEach(h::add);
        }
    }

    /** The design as a file tree; the layout is dropped (the app lays it out), flows kept for Fix it only. */
    private static JsonNode designTree(Design design, boolean keepFlows) {
        ObjectNode tree = new DesignWriter().toTree(design);
        tree.remove("layout");
        tree.remove("collapsed");
        if (!keepFlows) {
            tree.remove("flows");
        }
        return tree;
    }
}
