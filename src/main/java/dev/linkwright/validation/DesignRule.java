package dev.linkwright.validation;

import dev.linkwright.model.Element;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.TopologyView;
import java.util.List;

/**
 * One design rule: a stable code ({@code E_...} error or {@code W_...} warning), the rulebook rule it
 * implements ({@code R-VPC-2} in {@code aws-network-rules.md}), and a check run once per
 * <em>anchor</em> element of {@link #anchorType()}.
 *
 * <p>A check reads the design only through the {@link TopologyView} it is given and depends on
 * nothing else, so that {@link IncrementalValidator} can record what each check read and re-run only
 * the checks an edit can affect.
 *
 * <pre>{@code
 * for (Subnet s : view.all(Subnet.class)) {
 *     findings.addAll(rule.check(s, view, RulesProfile.CURRENT));
 * }
 * }</pre>
 */
public interface DesignRule {

    /** The stable code, e.g. {@code E_SUBNET_CIDR_NOT_IN_VPC}. */
    String code();

    /** Error or warning, from the code's prefix. */
    default Severity severity() {
        return Severity.ofCode(code());
    }

    /** The rulebook rule id, e.g. {@code R-VPC-2}; for invented codes the nearest rule. */
    String rule();

    /** What the code means, in one sentence, for the rules table. */
    String meaning();

    /** The usual fix, in one sentence, for the rules table. */
    String usualFix();

    /** The element type each check starts from. */
    Class<? extends Element> anchorType();

    /**
     * The element types actually checked, when a rule anchored on a common supertype (such as
     * {@link Element}) only concerns some of them; the validator skips the others.
     */
    default List<Class<? extends Element>> anchorTypes() {
        return List.of(anchorType());
    }

    /** True when {@code e} is an anchor of this rule. */
    default boolean anchors(Element e) {
        for (Class<? extends Element> type : anchorTypes()) {
            if (type.isInstance(e)) {
                return true;
            }
        }
        return false;
    }

    /** False when the rule does not exist under {@code profile} (e.g. a legacy-2020 restriction). */
    default boolean appliesTo(RulesProfile profile) {
        return true;
    }

    /** The findings for one anchor element; empty when it is fine. */
    List<Finding> check(Element anchor, TopologyView view, RulesProfile profile);
}
