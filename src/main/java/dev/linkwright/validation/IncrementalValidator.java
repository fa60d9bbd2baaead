package dev.linkwright.validation;

import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Reference;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.TopologyChange;
import dev.linkwright.model.TopologyView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validation that keeps its results between edits and, after an edit, re-runs only the checks the
 * edit can affect. It gives exactly the report {@link Validator#validate} would give.
 *
 * <p>How it knows what an edit affects: every check runs on a view that records what the check read
 * (the elements it looked at or looked for, whose children it listed, whose referrers it asked
 * for; its anchor is re-checked whenever the anchor itself changes). An edit touches the ids it
 * added, removed or changed, the children lists of their old and new parents, and the referrer sets
 * of everything their old and new versions reference; a check is re-run when it read something the
 * edit touched.
 *
 * <pre>{@code
 * IncrementalValidator live = new IncrementalValidator(StandardRules.validator(), RulesProfile.CURRENT);
 * ValidationReport first = live.validateAll(topology);
 * topology.addListener(change -> show(live.update(topology, change)));
 * }</pre>
 *
 * <p>Not thread-safe: call it from one thread, handing it the topology (or a snapshot of it) after
 * each change in order. Several consecutive changes may be passed as one whose id sets are their
 * unions, with the topology as it is after the last of them.
 */
public final class IncrementalValidator {

    private final Validator validator;
    private final RulesProfile profile;
    private final Map<ElementId, Element> known = new HashMap<>();
    private final Map<AnchorKey, Result> results = new HashMap<>();
    private final Map<ElementId, List<Result>> byContent = new HashMap<>();
    private final Map<ElementId, List<Result>> byChildren = new HashMap<>();
    private final Map<ElementId, List<Result>> byReferrers = new HashMap<>();
    private final List<Result> global = new ArrayList<>();
    private long indexEntries;
    private long entriesAtCompaction;
    private List<Finding> sorted = List.of();
    private int lastRechecked;

    public IncrementalValidator(Validator validator, RulesProfile profile) {
        this.validator = validator;
        this.profile = profile;
    }

    public RulesProfile profile() {
        return profile;
    }

    /** Forgets everything and validates the whole of {@code topology}. */
    public ValidationReport validateAll(TopologyView topology) {
        MemoView view = new MemoView(topology);
        known.clear();
        results.clear();
        byContent.clear();
        byChildren.clear();
        byReferrers.clear();
        global.clear();
        indexEntries = 0;
        lastRechecked = 0;
        List<Finding> all = new ArrayList<>();
        for (Element e : view.elements()) {
            known.put(e.id(), e);
            for (int rule : validator.rulesFor(e)) {
                Result r = recheck(new AnchorKey(rule, e.id()), view);
                if (r != null) {
                    all.addAll(r.findings);
                }
            }
        }
        entriesAtCompaction = indexEntries;
        all.sort(ValidationReport.order(topology));
        sorted = all;
        return new ValidationReport(profile, sorted);
    }

    /**
     * Brings the results up to date after {@code change} was applied to {@code topology}, and returns
     * the full report. {@code topology} must be the design {@link #validateAll} (or the previous
     * update) saw, with exactly {@code change} applied.
     */
    public ValidationReport update(TopologyView topology, TopologyChange change) {
        MemoView view = new MemoView(topology);
        Set<ElementId> content = new HashSet<>();
        Set<ElementId> parents = new HashSet<>();
        Set<ElementId> referenced = new HashSet<>();
        Set<AnchorKey> dirty = new HashSet<>();
        lastRechecked = 0;
        for (ElementId id : change.all()) {
            content.add(id);
            Element before = known.get(id);
            Element after = view.find(id).orElse(null);
            for (Element version : new Element[] {before, after}) {
                if (version == null) {
                    continue;
                }
                content.addAll(version.nestedIds());
                if (version.parent() != null) {
                    parents.add(version.parent());
                }
                for (Reference r : version.references()) {
                    referenced.add(r.target());
                }
            }
            for (int rule = 0; rule < validator.rules().size(); rule++) {
                AnchorKey key = new AnchorKey(rule, id);
                if (results.containsKey(key)) {
                    dirty.add(key);
                }
            }
            if (after != null) {
                known.put(id, after);
                for (int rule : validator.rulesFor(after)) {
                    dirty.add(new AnchorKey(rule, id));
                }
            } else {
                known.remove(id);
            }
        }
        collect(byContent, content, dirty);
        collect(byChildren, parents, dirty);
        collect(byReferrers, referenced, dirty);
        collectGlobal(dirty);
        List<Finding> removed = new ArrayList<>();
        List<Finding> added = new ArrayList<>();
        for (AnchorKey key : dirty) {
            Result old = results.get(key);
            Result now = recheck(key, view);
            List<Finding> before = old == null ? List.of() : old.findings;
            List<Finding> after = now == null ? List.of() : now.findings;
            if (!before.equals(after)) {
                removed.addAll(before);
                added.addAll(after);
            } else if (now != null) {
                now.findings = before; // keep the instances the sorted list holds
            }
        }
        if (indexEntries > 2 * entriesAtCompaction + 100_000) {
            compact();
        }
        // always: an edit can move an element in the document, and with it findings that did not change
        sorted = merge(sorted, removed, added, ValidationReport.order(topology));
        return new ValidationReport(profile, sorted);
    }

    /** How many checks the last {@link #update} (or {@link #validateAll}) ran; for benchmarks and tests. */
    public int lastRechecked() {
        return lastRechecked;
    }

    private void collect(Map<ElementId, List<Result>> index, Set<ElementId> touched, Set<AnchorKey> dirty) {
        for (ElementId id : touched) {
            List<Result> list = index.get(id);
            if (list == null) {
                continue;
            }
            int live = 0;
            for (Result r : list) {
                if (isLive(r)) {
                    dirty.add(r.key);
                    live++;
                }
            }
            if (live == 0) {
                index.remove(id);
                indexEntries -= list.size();
            } else if (live * 2 < list.size()) {
                int before = list.size();
                list.removeIf(r -> !isLive(r));
                indexEntries -= before - list.size();
            }
        }
    }

    private void collectGlobal(Set<AnchorKey> dirty) {
        global.removeIf(r -> !isLive(r));
        for (Result r : global) {
            dirty.add(r.key);
        }
    }

    /** True when {@code r} is the current result of its check (index entries of replaced results are dropped lazily). */
    private boolean isLive(Result r) {
        return results.get(r.key) == r;
    }

    /** Runs one check and indexes what it read; returns its result, or null when the check no longer applies. */
    private Result recheck(AnchorKey key, MemoView view) {
        results.remove(key);
        Element anchor = view.find(key.anchor()).orElse(null);
        DesignRule rule = validator.rules().get(key.rule());
        if (anchor == null || !rule.anchors(anchor) || !rule.appliesTo(profile)) {
            return null;
        }
        lastRechecked++;
        TrackingView tracking = new TrackingView(view, key.anchor());
        List<Finding> findings = Validator.run(rule, anchor, tracking, profile);
        Result r = new Result(key, findings, tracking.contentRead(), tracking.childrenRead(), tracking.referrersRead(), tracking.global);
        results.put(key, r);
        add(byContent, r.content, r);
        add(byChildren, r.children, r);
        add(byReferrers, r.referrers, r);
        if (r.global) {
            global.add(r);
        }
        return r;
    }

    private void add(Map<ElementId, List<Result>> index, ElementId[] ids, Result r) {
        for (ElementId id : ids) {
            index.computeIfAbsent(id, k -> new ArrayList<>(2)).add(r);
        }
        indexEntries += ids.length;
    }

    /** Drops the index entries of replaced results everywhere. */
    private void compact() {
        indexEntries = 0;
        for (Map<ElementId, List<Result>> index : List.of(byContent, byChildren, byReferrers)) {
            index.values().removeIf(list -> {
                list.removeIf(r -> !isLive(r));
                return list.isEmpty();
            });
            for (List<Result> list : index.values()) {
                indexEntries += list.size();
            }
        }
        entriesAtCompaction = indexEntries;
    }

    /**
     * The sorted list {@code previous} without the {@code removed} findings (by identity) and with
     * {@code added} merged in; sorted from scratch when the previous order no longer holds (an
     * element's document position changed).
     */
    private static List<Finding> merge(List<Finding> previous, List<Finding> removed, List<Finding> added, Comparator<Finding> order) {
        List<Finding> kept = previous;
        if (!removed.isEmpty()) {
            Set<Finding> gone = Collections.newSetFromMap(new IdentityHashMap<>());
            gone.addAll(removed);
            kept = new ArrayList<>(previous.size());
            for (Finding f : previous) {
                if (!gone.contains(f)) {
                    kept.add(f);
                }
            }
        }
        for (int i = 1; i < kept.size(); i++) {
            if (order.compare(kept.get(i - 1), kept.get(i)) > 0) {
                List<Finding> all = new ArrayList<>(kept);
                all.addAll(added);
                all.sort(order);
                return all;
            }
        }
        if (added.isEmpty()) {
            return kept;
        }
        List<Finding> extra = new ArrayList<>(added);
        extra.sort(order);
        List<Finding> merged = new ArrayList<>(kept.size() + extra.size());
        int i = 0;
        int j = 0;
        while (i < kept.size() || j < extra.size()) {
            if (j == extra.size() || (i < kept.size() && order.compare(kept.get(i), extra.get(j)) <= 0)) {
                merged.add(kept.get(i++));
            } else {
                merged.add(extra.get(j++));
            }
        }
        return merged;
    }

    /** One check: a rule (by index) on one anchor element. */
    private record AnchorKey(int rule, ElementId anchor) {
    }

    /** What one check found and what it read. Compared by identity: a replaced result is stale. */
    private static final class Result {
        final AnchorKey key;
        List<Finding> findings;
        final ElementId[] content;
        final ElementId[] children;
        final ElementId[] referrers;
        final boolean global;

        Result(AnchorKey key, List<Finding> findings, ElementId[] content, ElementId[] children, ElementId[] referrers, boolean global) {
            this.key = key;
            this.findings = findings;
            this.content = content;
            this.children = children;
            this.referrers = referrers;
            this.global = global;
        }
    }
}
