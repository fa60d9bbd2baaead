package dev.linkwright.validation;

import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Reference;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.TopologyChange;
import dev.linkwright.model.TopologyView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validation that keeps its results between edits and, after an edit, re-runs only the checks the
 * edit can affect. It gives exactly the report {@link Validator#validate} would give.
 *
 * <p>How it knows what an edit affects: every check runs on a view that records what the check read
 * (the elements it looked at or looked for, whose children it listed, whose referrers it asked
 * for). An edit touches the ids it added, removed or changed, the children lists of their old and
 * new parents, and the referrer sets of everything their old and new versions reference; a check
 * is re-run when it read something the edit touched, or when its anchor itself changed.
 *
 * <pre>{@code
 * IncrementalValidator live = new IncrementalValidator(StandardRules.validator(), RulesProfile.CURRENT);
 * ValidationReport first = live.validateAll(topology);
 * topology.addListener(change -> show(live.update(topology, change)));
 * }</pre>
 *
 * <p>Not thread-safe: call it from one thread (or hand it snapshots in order).
 */
public final class IncrementalValidator {

    private final Validator validator;
    private final RulesProfile profile;
    private final Map<ElementId, Element> known = new HashMap<>();
    private final Map<AnchorKey, Result> results = new HashMap<>();
    private final Map<AnchorKey, List<Finding>> withFindings = new LinkedHashMap<>();
    private final Map<ElementId, Set<AnchorKey>> byContent = new HashMap<>();
    private final Map<ElementId, Set<AnchorKey>> byChildren = new HashMap<>();
    private final Map<ElementId, Set<AnchorKey>> byReferrers = new HashMap<>();
    private final Set<AnchorKey> global = new HashSet<>();
    private int lastRechecked;

    public IncrementalValidator(Validator validator, RulesProfile profile) {
        this.validator = validator;
        this.profile = profile;
    }

    public RulesProfile profile() {
        return profile;
    }

    /** Forgets everything and validates the whole of {@code view}. */
    public ValidationReport validateAll(TopologyView view) {
        known.clear();
        results.clear();
        withFindings.clear();
        byContent.clear();
        byChildren.clear();
        byReferrers.clear();
        global.clear();
        lastRechecked = 0;
        for (Element e : view.elements()) {
            known.put(e.id(), e);
            for (int rule : validator.rulesFor(e)) {
                recheck(new AnchorKey(rule, e.id()), view);
            }
        }
        return report(view);
    }

    /**
     * Brings the results up to date after {@code change} was applied to {@code view}, and returns the
     * full report. {@code view} must be the design {@link #validateAll} (or the previous update) saw,
     * with exactly {@code change} applied.
     */
    public ValidationReport update(TopologyView view, TopologyChange change) {
        Set<ElementId> content = new HashSet<>();
        Set<ElementId> parents = new HashSet<>();
        Set<ElementId> referenced = new HashSet<>();
        Set<AnchorKey> dirty = new HashSet<>(global);
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
        for (AnchorKey key : dirty) {
            recheck(key, view);
        }
        lastRechecked = dirty.size();
        return report(view);
    }

    /** How many checks the last {@link #update} (or {@link #validateAll}) re-ran; for benchmarks and tests. */
    public int lastRechecked() {
        return lastRechecked;
    }

    private static void collect(Map<ElementId, Set<AnchorKey>> index, Set<ElementId> touched, Set<AnchorKey> dirty) {
        for (ElementId id : touched) {
            Set<AnchorKey> keys = index.get(id);
            if (keys != null) {
                dirty.addAll(keys);
            }
        }
    }

    private void recheck(AnchorKey key, TopologyView view) {
        Result old = results.remove(key);
        if (old != null) {
            unindex(key, old);
            withFindings.remove(key);
        }
        Element anchor = view.find(key.anchor()).orElse(null);
        DesignRule rule = validator.rules().get(key.rule());
        if (anchor == null || !rule.anchorType().isInstance(anchor) || !rule.appliesTo(profile)) {
            return;
        }
        lastRechecked++;
        TrackingView tracking = new TrackingView(view);
        tracking.content.add(key.anchor());
        List<Finding> findings = Validator.run(rule, anchor, tracking, profile);
        Result r = new Result(findings, tracking.content.toArray(new ElementId[0]),
                tracking.children.toArray(new ElementId[0]), tracking.referrers.toArray(new ElementId[0]), tracking.global);
        results.put(key, r);
        index(key, r);
        if (!findings.isEmpty()) {
            withFindings.put(key, findings);
        }
    }

    private void index(AnchorKey key, Result r) {
        add(byContent, r.content(), key);
        add(byChildren, r.children(), key);
        add(byReferrers, r.referrers(), key);
        if (r.global()) {
            global.add(key);
        }
    }

    private void unindex(AnchorKey key, Result r) {
        remove(byContent, r.content(), key);
        remove(byChildren, r.children(), key);
        remove(byReferrers, r.referrers(), key);
        global.remove(key);
    }

    private static void add(Map<ElementId, Set<AnchorKey>> index, ElementId[] ids, AnchorKey key) {
        for (ElementId id : ids) {
            index.computeIfAbsent(id, k -> new HashSet<>(4)).add(key);
        }
    }

    private static void remove(Map<ElementId, Set<AnchorKey>> index, ElementId[] ids, AnchorKey key) {
        for (ElementId id : ids) {
            Set<AnchorKey> keys = index.get(id);
            if (keys != null) {
                keys.remove(key);
                if (keys.isEmpty()) {
                    index.remove(id);
                }
            }
        }
    }

    private ValidationReport report(TopologyView view) {
        List<Finding> all = new ArrayList<>();
        for (List<Finding> list : withFindings.values()) {
            all.addAll(list);
        }
        return ValidationReport.sorted(profile, all, view);
    }

    /** One check: a rule (by index) on one anchor element. */
    private record AnchorKey(int rule, ElementId anchor) {
    }

    /** What one check found and what it read. */
    private record Result(List<Finding> findings, ElementId[] content, ElementId[] children, ElementId[] referrers,
                          boolean global) {
    }
}
