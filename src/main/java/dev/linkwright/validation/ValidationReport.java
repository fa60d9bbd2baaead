package dev.linkwright.validation;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.TopologyView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The findings of one validation run, sorted errors first, then by the document position of the
 * finding's first element, then by code, so that the same design always gives the same list.
 *
 * <pre>{@code
 * ValidationReport report = StandardRules.validator().validate(design.topology(), RulesProfile.CURRENT);
 * if (report.hasErrors()) { ... }
 * }</pre>
 */
public record ValidationReport(RulesProfile profile, List<Finding> findings) {

    public ValidationReport {
        findings = List.copyOf(findings);
    }

    /** A report of {@code findings} sorted in the stable report order for {@code view}. */
    public static ValidationReport sorted(RulesProfile profile, List<Finding> findings, TopologyView view) {
        List<Finding> list = new ArrayList<>(findings);
        list.sort(order(view));
        return new ValidationReport(profile, list);
    }

    /** The report order: errors first, then document position of the first element, code, elements, message. */
    public static Comparator<Finding> order(TopologyView view) {
        return Comparator.comparing(Finding::severity)
                .thenComparingLong(f -> f.elements().isEmpty() ? Long.MAX_VALUE : view.order(f.elements().get(0)))
                .thenComparing(Finding::code)
                .thenComparing(f -> f.elements().toString())
                .thenComparing(Finding::message)
                .thenComparing(Finding::fix)
                .thenComparing(f -> String.valueOf(f.quickFix()));
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> !f.isError()).toList();
    }

    public long errorCount() {
        return findings.stream().filter(Finding::isError).count();
    }

    public long warningCount() {
        return findings.size() - errorCount();
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    /** The findings that name {@code id} among their elements. */
    public List<Finding> findingsFor(ElementId id) {
        return findings.stream().filter(f -> f.elements().contains(id)).toList();
    }

    /** The findings with {@code code}. */
    public List<Finding> withCode(String code) {
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }
}
