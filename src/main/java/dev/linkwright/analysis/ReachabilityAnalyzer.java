package dev.linkwright.analysis;

import dev.linkwright.model.TopologyView;

/**
 * Reachability analysis of a design, after the rulebook {@code aws-network-rules.md}: built once
 * from a topology (indexes of addresses, effective route tables, learned prefixes), then answers
 * each {@link ReachabilityQuery} with an explained {@link Trace} in time that follows the length of
 * the path, not the size of the design. Instances are immutable and safe to share between threads;
 * they keep reading the view they were built from, so build them from a {@code Topology.snapshot()}
 * when the design may still be edited.
 *
 * <p>Where AWS may choose among equals (a load balancer's targets) the analyzer tries the choices
 * in order and reports the first that works; if none does, the trace of the first choice.
 *
 * <p>Where the rulebook is silent the analyzer does what AWS does and says so: unmodelled main
 * route tables have local routes only; an interface without security groups uses the VPC's default
 * group (inbound from its members only); interfaces without an address get the first free one of
 * their subnet; a query with protocol {@code all} only matches rules for all protocols.
 *
 * <pre>{@code
 * ReachabilityAnalyzer analyzer = new ReachabilityAnalyzer(design.topology());
 * Trace t = analyzer.analyze(ReachabilityQuery.from("instance-a").to("vpce-a").tcp(443).build());
 * t.verdict();   // REACHABLE
 * t.forwardIds(); // [instance-a, eni-vpce-a, vpce-a, vpce-svc-1234, nlb-b, tg-b, vpc-b, instance-b1]
 * }</pre>
 */
public final class ReachabilityAnalyzer implements ReachabilityAlgorithm {

    /** How many combinations of equal choices one query may try. */
    private static final int MAX_ATTEMPTS = 16;

    private final NetworkIndex index;

    public ReachabilityAnalyzer(TopologyView topology) {
        this.index = new NetworkIndex(topology);
    }

    @Override
    public Trace analyze(ReachabilityQuery query) {
        QueryResolver.Resolved resolved = new QueryResolver(index).resolve(query);
        Choices choices = new Choices();
        Trace first = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Trace t = new PathTracer(new AnalysisRun(index, query, choices)).trace(resolved);
            if (t.isReachable()) {
                return t;
            }
            if (first == null) {
                first = t;
            }
            if (!choices.advance()) {
                break;
            }
        }
        return first;
    }
}
