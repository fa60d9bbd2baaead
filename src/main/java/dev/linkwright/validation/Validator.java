package dev.linkwright.validation;

import dev.linkwright.model.Element;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.TopologyView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs design rules (see {@code dev.linkwright.validation.rules.StandardRules}) over a topology: every rule that applies to the profile, once per anchor
 * element, and returns the findings as a sorted {@link ValidationReport}.
 *
 * <pre>{@code
 * ValidationReport report = StandardRules.validator().validate(topology, RulesProfile.CURRENT);
 * report.errors().forEach(f -> System.out.println(f.code() + " " + f.message()));
 * }</pre>
 *
 * <p>For re-validation while editing use {@link IncrementalValidator}, which gives the same report
 * while re-running only the checks an edit can affect. A validator (and its rules) holds no state
 * between runs and may be shared between threads.
 */
public final class Validator {

    /** The code of the warning reported when a rule fails on an element instead of answering. */
    public static final String RULE_FAILED = "W_RULE_NOT_EVALUATED";

    private final List<DesignRule> rules;
    private final Map<Class<?>, List<Integer>> rulesByElementType = new ConcurrentHashMap<>();

    /** A validator running {@code rules}. */
    public Validator(List<? extends DesignRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<DesignRule> rules() {
        return rules;
    }

    /** Validates {@code view} under {@code profile}. */
    public ValidationReport validate(TopologyView topology, RulesProfile profile) {
        TopologyView view = new MemoView(topology);
        List<Finding> findings = new ArrayList<>();
        for (Element e : view.elements()) {
            for (int index : rulesFor(e)) {
                DesignRule rule = rules.get(index);
                if (rule.appliesTo(profile)) {
                    findings.addAll(run(rule, e, view, profile));
                }
            }
        }
        return ValidationReport.sorted(profile, findings, topology);
    }

    /** Indexes of the rules anchored on elements like {@code e}. */
    List<Integer> rulesFor(Element e) {
        return rulesByElementType.computeIfAbsent(e.getClass(), type -> {
            List<Integer> list = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                for (Class<? extends Element> anchor : rules.get(i).anchorTypes()) {
                    if (anchor.isAssignableFrom(type)) {
                        list.add(i);
                        break;
                    }
                }
            }
            return List.copyOf(list);
        });
    }

    /** Runs one check; a rule that fails becomes a warning instead of stopping validation. */
    static List<Finding> run(DesignRule rule, Element anchor, TopologyView view, RulesProfile profile) {
        try {
            return rule.check(anchor, view, profile);
        } catch (RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return List.of(new Finding(RULE_FAILED, Severity.WARNING, List.of(anchor.id()),
                    "Rule " + rule.code() + " could not check " + anchor.kind().phrase() + " '" + anchor.id() + "': " + why,
                    "Report this as a Linkwright bug, with the design file.", rule.rule(), null));
        }
    }

}
