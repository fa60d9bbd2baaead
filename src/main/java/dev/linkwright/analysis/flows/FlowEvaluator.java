package dev.linkwright.analysis.flows;

import dev.linkwright.analysis.QueryException;
import dev.linkwright.analysis.ReachabilityAnalyzer;
import dev.linkwright.analysis.ReachabilityQuery;
import dev.linkwright.model.Flow;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.TopologyView;
import java.util.ArrayList;
import java.util.List;

/**
 * Traces every saved flow of a design: one {@link ReachabilityAnalyzer} built on the view (with the
 * what-if failures applied), then one query per flow. Read-only; call it with a
 * {@code Topology.snapshot()} from a background thread while the design is being edited.
 *
 * <pre>{@code
 * FlowEvaluation now = FlowEvaluator.evaluate(design.topology().snapshot(), design.flows(), RulesProfile.CURRENT, Failures.none());
 * now.statusText(); // "flows 3/4 as intended"
 * }</pre>
 */
public final class FlowEvaluator {

    private FlowEvaluator() {
    }

    /** Traces {@code flows} on {@code view} under {@code profile} with {@code failures} taken down. */
    public static FlowEvaluation evaluate(TopologyView view, List<Flow> flows, RulesProfile profile, Failures failures) {
        long start = System.nanoTime();
        Failures whatIf = failures == null ? Failures.none() : failures;
        List<FlowResult> results = new ArrayList<>(flows.size());
        if (!flows.isEmpty()) {
            ReachabilityAnalyzer analyzer;
            try {
                analyzer = new ReachabilityAnalyzer(whatIf.applyTo(view));
            } catch (RuntimeException e) {
                String why = "the design could not be analysed (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
                flows.forEach(f -> results.add(new FlowResult(f, null, why)));
                return new FlowEvaluation(results, profile, whatIf, System.nanoTime() - start);
            }
            for (Flow flow : flows) {
                results.add(trace(analyzer, flow, profile));
            }
        }
        return new FlowEvaluation(results, profile, whatIf, System.nanoTime() - start);
    }

    /** Traces one flow with an analyzer already built. */
    public static FlowResult trace(ReachabilityAnalyzer analyzer, Flow flow, RulesProfile profile) {
        try {
            return new FlowResult(flow, analyzer.analyze(ReachabilityQuery.of(flow, profile)), null);
        } catch (QueryException e) {
            return new FlowResult(flow, null, e.getMessage());
        } catch (RuntimeException e) {
            // an analyzer bug must not take the panel (or validate) down with it; say so in words
            return new FlowResult(flow, null, "the analysis failed on this flow (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); please report it with the design file");
        }
    }
}
