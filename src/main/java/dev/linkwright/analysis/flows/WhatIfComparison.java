package dev.linkwright.analysis.flows;

import java.util.ArrayList;
import java.util.List;

/**
 * Which flows a what-if flips: the results before (the design as it is) and after (with the
 * failures), flow by flow.
 *
 * <pre>{@code
 * WhatIfComparison c = WhatIfComparison.of(topology, design.flows(), RulesProfile.CURRENT, Failures.none().with(Failure.of(nat)));
 * c.flipped().forEach(ch -> System.out.println(ch.flow().label() + ": " + ch.after().summary()));
 * }</pre>
 *
 * @param before the evaluation without failures
 * @param after  the evaluation with them
 * @param changes one entry per flow, in the design's order
 */
public record WhatIfComparison(FlowEvaluation before, FlowEvaluation after, List<FlowChange> changes) {

    public WhatIfComparison {
        changes = List.copyOf(changes);
    }

    /** Pairs two evaluations of the same flows. */
    public static WhatIfComparison compare(FlowEvaluation before, FlowEvaluation after) {
        List<FlowChange> changes = new ArrayList<>();
        for (FlowResult b : before.results()) {
            after.result(b.flow().id()).ifPresent(a -> changes.add(new FlowChange(b.flow(), b, a)));
        }
        return new WhatIfComparison(before, after, changes);
    }

    /** Evaluates the flows without and with {@code failures} and pairs the results. */
    public static WhatIfComparison of(dev.linkwright.model.TopologyView view, List<dev.linkwright.model.Flow> flows,
                                      dev.linkwright.model.RulesProfile profile, Failures failures) {
        return compare(FlowEvaluator.evaluate(view, flows, profile, Failures.none()), FlowEvaluator.evaluate(view, flows, profile, failures));
    }

    /** The flows whose verdict the what-if changes. */
    public List<FlowChange> flipped() {
        return changes.stream().filter(FlowChange::flipped).toList();
    }
}
