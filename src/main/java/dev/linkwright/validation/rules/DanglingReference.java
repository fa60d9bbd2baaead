package dev.linkwright.validation.rules;

import dev.linkwright.model.Element;
import dev.linkwright.model.Reference;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.TgwRouteTable;
import dev.linkwright.validation.ElementRule;
import java.util.HashSet;
import java.util.Set;

/**
 * References that may name something outside the design (security-group rules naming a group or
 * prefix list, a transit gateway peering attachment's peer) but point at nothing: the rule or
 * attachment is stale. (Route targets that point at nothing are reported as blackhole routes.)
 */
public final class DanglingReference extends ElementRule<Element> {

    public DanglingReference() {
        super("W_DANGLING_REFERENCE", "R-PCX-8", Element.class,
                "An element refers to an id that is not in the design (a security-group rule naming a missing group or prefix list, a peering attachment to a missing peer): the reference is stale or the design is incomplete.",
                "Add the missing element to the design, correct the id, or remove the reference.");
    }

    @Override
    protected void check(Element e, Check c) {
        if (e instanceof RouteTable || e instanceof TgwRouteTable) {
            return; // W_ROUTE_BLACKHOLE and W_TGW_ROUTE_BLACKHOLE
        }
        Set<String> reported = new HashSet<>();
        for (Reference r : e.references()) {
            if (!r.required() && !c.view().contains(r.target()) && reported.add(r.role() + ":" + r.target())) {
                c.report(Network.describeCapitalised(e) + " refers to '" + r.target() + "' (" + r.role() + "), which is not in the design"
                                + (r.role().startsWith("rule") ? ": the rule matches nothing modelled (a group of an account not in the design, or a stale rule)." : "."),
                        "Add '" + r.target() + "' to the design, correct the id, or remove the reference.", e.id(), r.target());
            }
        }
    }
}
