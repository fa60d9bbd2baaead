package dev.linkwright.validation;

import dev.linkwright.analysis.BlockedAt;
import dev.linkwright.analysis.flows.FlowEvaluation;
import dev.linkwright.analysis.flows.FlowEvaluator;
import dev.linkwright.analysis.flows.FlowOutcome;
import dev.linkwright.analysis.flows.FlowResult;
import dev.linkwright.analysis.flows.Failures;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Flow;
import dev.linkwright.model.FlowIntent;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.TopologyView;
import java.util.ArrayList;
import java.util.List;

/**
 * Flow intents as findings: a flow marked "must be reachable" that is blocked, or "must be blocked"
 * that gets through, is an error {@code E_INTENT_VIOLATED} naming the blocking element (or the
 * destination reached) and the flow's id, with the blocker and its reason code in plain words.
 *
 * <pre>{@code
 * List<Finding> broken = FlowIntentCheck.check(design.topology(), design.flows(), RulesProfile.CURRENT);
 * }</pre>
 */
public final class FlowIntentCheck {

    /** The code of a broken flow intent. */
    public static final String CODE = "E_INTENT_VIOLATED";

    private FlowIntentCheck() {
    }

    /** Traces the flows that have an intent and reports each broken one. */
    public static List<Finding> check(TopologyView view, List<Flow> flows, RulesProfile profile) {
        List<Flow> withIntent = flows.stream().filter(f -> f.intent() != FlowIntent.NONE).toList();
        if (withIntent.isEmpty()) {
            return List.of();
        }
        return findings(FlowEvaluator.evaluate(view, withIntent, profile, Failures.none()));
    }

    /** The findings for the broken intents of an evaluation already made. */
    public static List<Finding> findings(FlowEvaluation evaluation) {
        List<Finding> out = new ArrayList<>();
        for (FlowResult r : evaluation.brokenIntents()) {
            out.add(finding(r));
        }
        return out;
    }

    /** The finding for one broken intent. */
    public static Finding finding(FlowResult r) {
        Flow f = r.flow();
        String name = "Flow '" + f.label() + "' (" + f.id() + ")";
        List<ElementId> elements = new ArrayList<>();
        String message;
        String fix;
        String rule = "";
        if (r.outcome() == FlowOutcome.UNRESOLVED) {
            message = name + " must be " + (f.intent() == FlowIntent.MUST_BE_REACHABLE ? "reachable" : "blocked")
                    + " but cannot be traced: " + r.problem() + ".";
            fix = "Point the flow at elements of the design (an instance, interface, endpoint, on-premises host, ...) or remove it.";
        } else if (f.intent() == FlowIntent.MUST_BE_REACHABLE) {
            BlockedAt b = r.blockedAt();
            elements.add(b.elementId());
            message = name + " must be reachable but is blocked by " + b.elementId() + " on the " + b.direction().wire() + " path ("
                    + b.code() + "): " + b.message();
            fix = "Change " + b.elementId() + " so that it lets the flow through; the Flows panel lists fix suggestions.";
            rule = b.rule() == null ? "" : b.rule();
        } else {
            ElementId reached = r.focusElement();
            if (reached != null) {
                elements.add(reached);
            }
            message = name + " must be blocked but reaches " + (reached != null ? reached : f.to()) + " (" + r.trace().disposition()
                    + "): nothing on its path stops it.";
            fix = "Add a rule that stops it (a security group without the rule, a network ACL deny, no route), or change the intent.";
        }
        elements.add(f.id());
        return new Finding(CODE, Severity.ERROR, elements, message, fix, rule, null);
    }
}
