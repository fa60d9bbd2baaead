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
 * <p>Where the rulebook is silent the analyzer does what AWS does and says so:
 * <ul>
 * <li>an unmodelled main route table has the local routes only; an unmodelled default network ACL
 *     allows everything (R-NACL-2); an interface without security groups uses the VPC's default
 *     group (inbound from its members only); interfaces without an address get the first free one
 *     of their subnet;</li>
 * <li>a component that picks its own source port (NAT gateway, load balancer node) may use any of
 *     1024-65535, so a network ACL admits the reply when it allows at least one port of that range
 *     (R-NACL-3);</li>
 * <li>a load balancer that preserves the client's address still receives the target's replies;</li>
 * <li>a transit gateway leaves a VPC attachment through the interface in the AZ it entered, else the
 *     attachment's first subnet ({@code AVAILABILITY_ZONE_CROSSED});</li>
 * <li>an interface endpoint that is only requested ({@code Requested}) is judged as the request
 *     would be: refused when the principal is not allowed, pending when acceptance is required,
 *     available otherwise;</li>
 * <li>AZ checks are skipped (never failed) where the design gives no AZ id;</li>
 * <li>DNS to the VPC's Route 53 Resolver (VPC+2) is not filtered by security groups or ACLs
 *     (R-SG-5);</li>
 * <li>a query with protocol {@code all} only matches rules for all protocols.</li>
 * </ul>
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
