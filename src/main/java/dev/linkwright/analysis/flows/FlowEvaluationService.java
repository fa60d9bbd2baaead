package dev.linkwright.analysis.flows;

import dev.linkwright.model.Flow;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.TopologyView;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Re-evaluates the flows of a design on one background thread after each edit: the caller hands in
 * a snapshot of the topology (taken on the editing thread) with the flows, the profile and the
 * what-if; the newest request wins, older ones still waiting are dropped, and each result is
 * delivered through {@code deliver} (e.g. {@code Platform::runLater}) only if no newer request came
 * in meanwhile. A what-if also gets the evaluation without failures, for the side-by-side view.
 *
 * <pre>{@code
 * FlowEvaluationService service = new FlowEvaluationService(Platform::runLater, result -> panel.show(result));
 * service.submit(design.topology().snapshot(), design.flows(), RulesProfile.CURRENT, Failures.none());
 * }</pre>
 */
public final class FlowEvaluationService implements AutoCloseable {

    /** One delivered result: the evaluation with the what-if, and without it (the same when there is none). */
    public record Result(long request, FlowEvaluation current, FlowEvaluation baseline) {

        /** The flows side by side, before and after the what-if. */
        public WhatIfComparison comparison() {
            return WhatIfComparison.compare(baseline, current);
        }
    }

    private record Request(long number, TopologyView view, List<Flow> flows, RulesProfile profile, Failures failures) {
    }

    private final Executor deliver;
    private final Consumer<Result> listener;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final Thread worker;
    private volatile boolean closed;

    /** A service delivering results to {@code listener} through {@code deliver}. */
    public FlowEvaluationService(Executor deliver, Consumer<Result> listener) {
        this.deliver = Objects.requireNonNull(deliver);
        this.listener = Objects.requireNonNull(listener);
        this.worker = new Thread(this::run, "linkwright-flow-evaluation");
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * Asks for a new evaluation; returns its number. {@code view} must not change afterwards (pass a
     * {@code Topology.snapshot()}).
     */
    public long submit(TopologyView view, List<Flow> flows, RulesProfile profile, Failures failures) {
        long n = requests.incrementAndGet();
        pending.set(new Request(n, view, List.copyOf(flows), profile, failures == null ? Failures.none() : failures));
        synchronized (pending) {
            pending.notifyAll();
        }
        return n;
    }

    /** The number of the newest request. */
    public long latestRequest() {
        return requests.get();
    }

    private void run() {
        while (!closed) {
            Request r = pending.getAndSet(null);
            if (r == null) {
                synchronized (pending) {
                    if (pending.get() == null && !closed) {
                        try {
                            pending.wait(1000);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
                continue;
            }
            Result result = evaluate(r);
            deliver.execute(() -> {
                if (result.request() == requests.get() && !closed) {
                    listener.accept(result);
                }
            });
        }
    }

    private static Result evaluate(Request r) {
        FlowEvaluation current = FlowEvaluator.evaluate(r.view(), r.flows(), r.profile(), r.failures());
        FlowEvaluation baseline = r.failures().isEmpty() ? current
                : FlowEvaluator.evaluate(r.view(), r.flows(), r.profile(), Failures.none());
        return new Result(r.number(), current, baseline);
    }

    @Override
    public void close() {
        closed = true;
        synchronized (pending) {
            pending.notifyAll();
        }
    }
}
