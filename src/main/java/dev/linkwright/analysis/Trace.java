package dev.linkwright.analysis;

import dev.linkwright.model.ElementId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The explained answer to a {@link ReachabilityQuery}: verdict and disposition, the hops of the
 * request ({@link #forward()}) and of the reply ({@link #returnPath()}), the first blocking
 * component with its reason (null when reachable), further blockers found on the way, advisories,
 * and Reachability Analyzer detail codes describing the path (address rewrites, AZ crossings).
 *
 * <pre>{@code
 * Trace t = analyzer.analyze(ReachabilityQuery.from("i-c1").to("vpce-c1").tcp(443).build());
 * if (t.verdict() == Verdict.BLOCKED) {
 *     System.out.println(t.blockedAt().elementId() + " " + t.blockedAt().code());
 * }
 * }</pre>
 */
public record Trace(ReachabilityQuery query, Verdict verdict, Disposition disposition, List<Hop> forward,
                    List<Hop> returnPath, BlockedAt blockedAt, List<BlockedAt> alsoBlocking, List<Advisory> advisories,
                    List<String> detailCodes) {

    public Trace {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(disposition, "disposition");
        forward = List.copyOf(forward);
        returnPath = List.copyOf(returnPath);
        alsoBlocking = List.copyOf(alsoBlocking);
        advisories = List.copyOf(advisories);
        detailCodes = List.copyOf(detailCodes);
        if ((verdict == Verdict.BLOCKED) != (blockedAt != null)) {
            throw new IllegalArgumentException("a blocked trace names its blocking element, a reachable one does not");
        }
    }

    public boolean isReachable() {
        return verdict == Verdict.REACHABLE;
    }

    /** The ids of the forward hops, in order. */
    public List<ElementId> forwardIds() {
        return ids(forward);
    }

    /** The ids of the return hops, in order. */
    public List<ElementId> returnIds() {
        return ids(returnPath);
    }

    private static List<ElementId> ids(List<Hop> hops) {
        List<ElementId> ids = new ArrayList<>(hops.size());
        for (Hop h : hops) {
            ids.add(h.id());
        }
        return ids;
    }
}
