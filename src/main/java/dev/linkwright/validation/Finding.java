package dev.linkwright.validation;

import dev.linkwright.model.ElementId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem of a design: a stable {@code code} ({@code E_SUBNET_CIDR_NOT_IN_VPC}), its severity,
 * the ids of the elements involved (the most specific first, e.g. the subnet before its VPC), a
 * message and a suggested fix in plain words, the rulebook rule it comes from ({@code R-VPC-2}) and,
 * where the fix is mechanical, a {@link QuickFix}.
 *
 * <p>Findings are plain data: the UI and the command line only render them.
 */
public record Finding(String code, Severity severity, List<ElementId> elements, String message, String fix, String rule,
                      QuickFix quickFix) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        elements = List.copyOf(elements);
        Objects.requireNonNull(message, "message");
        fix = fix == null ? "" : fix;
        rule = rule == null ? "" : rule;
    }

    /** The same finding with a mechanical repair attached. */
    public Finding withQuickFix(QuickFix fix) {
        return new Finding(code, severity, elements, message, this.fix, rule, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The mechanical repair, when there is one. */
    public Optional<QuickFix> optionalQuickFix() {
        return Optional.ofNullable(quickFix);
    }

    /** The first (most specific) element, or null for a finding about the design as a whole. */
    public ElementId primaryElement() {
        return elements.isEmpty() ? null : elements.get(0);
    }
}
