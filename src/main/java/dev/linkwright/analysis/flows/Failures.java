package dev.linkwright.analysis.flows;

import dev.linkwright.model.TopologyView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A what-if: the components taken down for an analysis, without editing the design. Analyses see
 * the design through {@link #applyTo(TopologyView)}, a read-only view in which the failed
 * components are down; the design itself, its file and its undo history are untouched.
 *
 * <pre>{@code
 * Failures whatIf = Failures.none().with(Failure.of(ElementId.of("nat-a")));
 * FlowEvaluation after = FlowEvaluator.evaluate(design.topology(), design.flows(), RulesProfile.CURRENT, whatIf);
 * }</pre>
 */
public record Failures(List<Failure> failures) {

    private static final Failures NONE = new Failures(List.of());

    public Failures {
        failures = List.copyOf(new LinkedHashSet<>(failures));
    }

    /** No component failed: the design as it is. */
    public static Failures none() {
        return NONE;
    }

    public boolean isEmpty() {
        return failures.isEmpty();
    }

    public boolean contains(Failure f) {
        return failures.contains(f);
    }

    /** These failures and {@code f}. */
    public Failures with(Failure f) {
        List<Failure> list = new ArrayList<>(failures);
        list.add(f);
        return new Failures(list);
    }

    /** These failures without {@code f} (the component is restored). */
    public Failures without(Failure f) {
        List<Failure> list = new ArrayList<>(failures);
        list.remove(f);
        return new Failures(list);
    }

    /** The design as the analyses should see it: {@code view} itself when nothing failed. */
    public TopologyView applyTo(TopologyView view) {
        return isEmpty() ? view : new WhatIfView(view, this);
    }

    /** "nat-a, vpn-1 tunnel 2" or "nothing failed". */
    public String describe() {
        return isEmpty() ? "nothing failed" : failures.stream().map(Failure::label).collect(Collectors.joining(", "));
    }
}
