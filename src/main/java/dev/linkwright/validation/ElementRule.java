package dev.linkwright.validation;

import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.TopologyView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The base of the rules: code, rule reference and anchor type in the constructor, one typed
 * {@link #check(Element, Check)} method, and {@link Check#report} to produce findings with the
 * rule's code, severity and reference filled in.
 *
 * <pre>{@code
 * public final class SubnetOutsideVpc extends ElementRule<Subnet> {
 *     public SubnetOutsideVpc() {
 *         super("E_SUBNET_CIDR_NOT_IN_VPC", "R-VPC-2", Subnet.class, "meaning", "usual fix");
 *     }
 *     protected void check(Subnet subnet, Check c) {
 *         if (...) c.report("Subnet ... lies outside ...", "Pick a block inside ...", subnet.id(), vpc.id());
 *     }
 * }
 * }</pre>
 *
 * @param <T> the anchor type
 */
public abstract class ElementRule<T extends Element> implements DesignRule {

    private final String code;
    private final String rule;
    private final Class<T> anchorType;
    private final String meaning;
    private final String usualFix;

    protected ElementRule(String code, String rule, Class<T> anchorType, String meaning, String usualFix) {
        Severity.ofCode(code);
        this.code = code;
        this.rule = Objects.requireNonNull(rule);
        this.anchorType = Objects.requireNonNull(anchorType);
        this.meaning = Objects.requireNonNull(meaning);
        this.usualFix = Objects.requireNonNull(usualFix);
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final String rule() {
        return rule;
    }

    @Override
    public final String meaning() {
        return meaning;
    }

    @Override
    public final String usualFix() {
        return usualFix;
    }

    @Override
    public final Class<T> anchorType() {
        return anchorType;
    }

    @Override
    public final List<Finding> check(Element anchor, TopologyView view, RulesProfile profile) {
        Check c = new Check(view, profile);
        check(anchorType.cast(anchor), c);
        return c.findings == null ? List.of() : c.findings;
    }

    /** Checks one anchor, reporting through {@code c}. */
    protected abstract void check(T anchor, Check c);

    @Override
    public String toString() {
        return code + " (" + rule + ")";
    }

    /** What a check works with: the design, the rules profile and a place to report findings. */
    protected final class Check {
        private final TopologyView view;
        private final RulesProfile profile;
        private List<Finding> findings;

        Check(TopologyView view, RulesProfile profile) {
            this.view = view;
            this.profile = profile;
        }

        public TopologyView view() {
            return view;
        }

        public RulesProfile profile() {
            return profile;
        }

        /** Reports a finding about {@code elements} (most specific first; nulls and repeats dropped). */
        public Finding report(String message, String fix, ElementId... elements) {
            return report(message, fix, Arrays.asList(elements));
        }

        /** Reports a finding about {@code elements} (most specific first; nulls and repeats dropped). */
        public Finding report(String message, String fix, List<ElementId> elements) {
            LinkedHashSet<ElementId> ids = new LinkedHashSet<>();
            for (ElementId id : elements) {
                if (id != null) {
                    ids.add(id);
                }
            }
            Finding f = new Finding(code, severity(), new ArrayList<>(ids), message, fix, rule, null);
            add(f);
            return f;
        }

        /** Reports a finding with a mechanical repair. */
        public void report(String message, String fix, QuickFix quickFix, ElementId... elements) {
            Finding f = report(message, fix, elements);
            findings.set(findings.size() - 1, f.withQuickFix(quickFix));
        }

        private void add(Finding f) {
            if (findings == null) {
                findings = new ArrayList<>(2);
            }
            findings.add(f);
        }
    }
}
