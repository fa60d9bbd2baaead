package dev.linkwright.ui.panel.findings;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.Topology;
import dev.linkwright.model.TopologyChange;
import dev.linkwright.model.TopologyListener;
import dev.linkwright.model.TopologyMirror;
import dev.linkwright.validation.IncrementalValidator;
import dev.linkwright.validation.ValidationReport;
import dev.linkwright.validation.Validator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Validates the open design on a background thread while the user edits, so that editing never
 * waits for validation.
 *
 * <p>How: {@link #attach} takes one {@link Topology#snapshot()} when a design is opened. After that
 * the editing thread only captures what each edit touched ({@link TopologyMirror#capture}, as cheap
 * as the edit) and queues it. The validation thread applies the queued edits to its own copy, waits
 * until edits pause ({@code debounce}), re-validates with an {@link IncrementalValidator} (only the
 * checks the edits can affect) and hands the report to the UI thread, which delivers it only when
 * it is still current: no edit, profile change or other design came in meanwhile. A newer run is
 * then already queued.
 *
 * <pre>{@code
 * LiveValidation live = new LiveValidation(StandardRules.validator(), Platform::runLater, Duration.ofMillis(150));
 * live.setListener(result -> panel.show(result.report()));
 * live.attach(design.topology(), RulesProfile.CURRENT);
 * }</pre>
 *
 * <p>{@link #attach}, {@link #setProfile} and {@link #detach} must be called on the UI thread, the
 * thread that edits the topology.
 */
public final class LiveValidation implements AutoCloseable {

    /**
     * A validation that is current when delivered.
     *
     * @param revision     the edit count it reflects ({@link #revision()} at delivery)
     * @param report       the findings
     * @param elementCount how many elements were checked
     * @param checks       how many checks ran (all of them for a full run, the affected ones otherwise)
     * @param full         true for a full validation (design opened, profile changed), false after edits
     * @param millis       time spent validating on the background thread
     */
    public record Result(long revision, ValidationReport report, int elementCount, int checks, boolean full, double millis) {
    }

    /** What the UI hears, on the UI thread. */
    public interface Listener {
        /** The design was edited: the last result is stale until the next one arrives. */
        default void edited() {
        }

        /** A current result. */
        void validated(Result result);

        /** Validation failed unexpectedly; {@code reason} is one sentence for a person. */
        default void failed(String reason) {
        }
    }

    /** Work for the validation thread, stamped with the session (design) and the revision it brings the design to. */
    private sealed interface Job permits Start, Edit, ProfileChange {
        long session();

        long revision();
    }

    private record Start(long session, long revision, Topology snapshot, RulesProfile profile) implements Job {
    }

    private record Edit(long session, long revision, TopologyMirror.Delta delta) implements Job {
    }

    private record ProfileChange(long session, long revision, RulesProfile profile) implements Job {
    }

    private final Validator validator;
    private final Executor ui;
    private final long debounceMillis;
    private final LinkedBlockingQueue<Job> jobs = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;

    // UI thread
    private Topology topology;
    private final TopologyListener topologyListener = this::edited;
    private long session;
    private long revision;
    private RulesProfile profile = RulesProfile.CURRENT;
    private Listener listener = result -> { };

    private long dropped;

    // validation thread
    private long workerSession = -1;
    private TopologyMirror mirror;
    private IncrementalValidator incremental;

    /**
     * @param validator the rules (shared between threads, it holds no state)
     * @param ui        runs a task on the UI thread ({@code Platform::runLater})
     * @param debounce  how long edits must pause before validation runs
     */
    public LiveValidation(Validator validator, Executor ui, Duration debounce) {
        this.validator = Objects.requireNonNull(validator);
        this.ui = Objects.requireNonNull(ui);
        this.debounceMillis = Math.max(0, debounce.toMillis());
        thread = new Thread(this::work, "linkwright-live-validation");
        thread.setDaemon(true);
        thread.setPriority(Math.max(Thread.MIN_PRIORITY, Thread.NORM_PRIORITY - 1));
        thread.start();
    }

    public Validator validator() {
        return validator;
    }

    public void setListener(Listener listener) {
        this.listener = listener == null ? result -> { } : listener;
    }

    /** Starts validating {@code t} (null: nothing) under {@code rulesProfile}; forgets the previous topology. */
    public void attach(Topology t, RulesProfile rulesProfile) {
        detach();
        profile = Objects.requireNonNull(rulesProfile);
        if (t == null) {
            return;
        }
        topology = t;
        t.addListener(topologyListener);
        jobs.add(new Start(session, revision, t.snapshot(), profile));
    }

    /** Stops listening to the current topology; results still under way are dropped. */
    public void detach() {
        if (topology != null) {
            topology.removeListener(topologyListener);
            topology = null;
        }
        session++;
        revision++;
    }

    /** Validates under {@code rulesProfile} from now on (a full run). */
    public void setProfile(RulesProfile rulesProfile) {
        if (Objects.requireNonNull(rulesProfile) == profile) {
            return;
        }
        profile = rulesProfile;
        if (topology != null) {
            revision++;
            jobs.add(new ProfileChange(session, revision, rulesProfile));
        }
    }

    public RulesProfile profile() {
        return profile;
    }

    /** Counts edits, profile changes and designs; a result is current when it carries this number. */
    public long revision() {
        return revision;
    }

    /** How many results were dropped because they were no longer current (for tests). */
    public long droppedResults() {
        return dropped;
    }

    @Override
    public void close() {
        detach();
        closed = true;
        thread.interrupt();
    }

    // ---- UI thread ---------------------------------------------------------------------------------

    private void edited(TopologyChange change) {
        revision++;
        jobs.add(new Edit(session, revision, TopologyMirror.capture(topology, change)));
        listener.edited();
    }

    private void deliver(long resultSession, Result result) {
        if (resultSession != session || result.revision() != revision) {
            dropped++;
            return;
        }
        listener.validated(result);
    }

    private void fail(long failedSession, String reason) {
        if (failedSession != session) {
            return;
        }
        listener.failed(reason);
        Topology t = topology;
        if (t != null) {
            attach(t, profile); // start over from a fresh snapshot
        }
    }

    // ---- validation thread -------------------------------------------------------------------------

    private void work() {
        while (!closed) {
            try {
                List<Job> batch = nextBatch();
                process(batch);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Waits for a job, then collects more until none has come for the debounce time (at most a second). */
    private List<Job> nextBatch() throws InterruptedException {
        List<Job> batch = new ArrayList<>();
        batch.add(jobs.take());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (System.nanoTime() < deadline) {
            Job next = jobs.poll(debounceMillis, TimeUnit.MILLISECONDS);
            if (next == null) {
                break;
            }
            batch.add(next);
        }
        jobs.drainTo(batch);
        return batch;
    }

    /** Applies a batch of jobs in order and validates once; the result carries the revision of the last job. */
    private void process(List<Job> batch) {
        boolean full = false;
        long resultRevision = -1;
        Set<ElementId> added = new HashSet<>();
        Set<ElementId> removed = new HashSet<>();
        Set<ElementId> changed = new HashSet<>();
        try {
            for (Job job : batch) {
                if (job instanceof Start s) {
                    workerSession = s.session();
                    mirror = new TopologyMirror(s.snapshot());
                    incremental = new IncrementalValidator(validator, s.profile());
                    full = true;
                    added.clear();
                    removed.clear();
                    changed.clear();
                } else if (job.session() != workerSession || mirror == null) {
                    continue; // a design no longer open
                } else if (job instanceof Edit e) {
                    mirror.apply(e.delta());
                    added.addAll(e.delta().change().added());
                    removed.addAll(e.delta().change().removed());
                    changed.addAll(e.delta().change().changed());
                } else if (job instanceof ProfileChange p) {
                    incremental = new IncrementalValidator(validator, p.profile());
                    full = true;
                }
                resultRevision = job.revision();
            }
            TopologyChange merged = new TopologyChange(added, removed, changed);
            if (mirror == null || resultRevision < 0 || (!full && merged.isEmpty())) {
                return;
            }
            Topology t = mirror.topology();
            long start = System.nanoTime();
            ValidationReport report = full ? incremental.validateAll(t) : incremental.update(t, merged);
            double millis = (System.nanoTime() - start) / 1e6;
            Result result = new Result(resultRevision, report, t.size(), incremental.lastRechecked(), full, millis);
            long s = workerSession;
            ui.execute(() -> deliver(s, result));
        } catch (RuntimeException | Error e) {
            long s = workerSession;
            mirror = null;
            workerSession = -1;
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            ui.execute(() -> fail(s, "Live validation stopped (" + why + ") and starts over."));
        }
    }
}
