package dev.linkwright.analysis;

/**
 * Answers "can A reach B on protocol P and port N?" for one design, with an explained trace.
 * Implementations are built once from a topology and may be asked many questions.
 *
 * <pre>{@code
 * ReachabilityAlgorithm reach = new ReachabilityAnalyzer(design.topology());
 * Trace t = reach.analyze(ReachabilityQuery.from("instance-a").to("vpce-a").tcp(443).build());
 * }</pre>
 */
public interface ReachabilityAlgorithm {

    /**
     * The trace of {@code query}; throws {@link QueryException} when a reference does not resolve
     * or the query is malformed.
     */
    Trace analyze(ReachabilityQuery query);
}
