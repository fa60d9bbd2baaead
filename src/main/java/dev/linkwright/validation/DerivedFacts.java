package dev.linkwright.validation;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.TopologyView;
import java.util.function.Function;

/**
 * A view that can remember facts derived from the topology (the subnets of a VPC, the addresses
 * used in a subnet) for the length of one validation pass, so that rules asking the same question
 * about the same element share one answer. A fact must be a pure function of the view it is given.
 *
 * <pre>{@code
 * List<Subnet> subnets = DerivedFacts.of(view, "subnets", vpc, v -> computeSubnets(v, vpc));
 * }</pre>
 */
public interface DerivedFacts {

    /** The fact {@code name} about {@code id}, computed with {@code compute} the first time. */
    <T> T fact(String name, ElementId id, Function<TopologyView, T> compute);

    /**
     * The fact from {@code view} when it remembers facts, else computed on {@code view} directly
     * (which is how incremental validation sees every read a fact makes).
     */
    static <T> T of(TopologyView view, String name, ElementId id, Function<TopologyView, T> compute) {
        if (view instanceof DerivedFacts facts) {
            return facts.fact(name, id, compute);
        }
        return compute.apply(view);
    }
}
