package dev.linkwright.io.export.cloudformation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order to deploy stacks in: a stack after the stacks whose outputs it takes. Stacks that
 * need each other deploy once without the values (the resources that need them are conditional)
 * and are updated when the other stack exists; {@link #notes} says which.
 */
final class DeployOrder {

    private DeployOrder() {
    }

    static List<CfnTemplate> of(CfnContext ctx) {
        List<CfnTemplate> remaining = new ArrayList<>(ctx.templates());
        List<CfnTemplate> order = new ArrayList<>();
        while (!remaining.isEmpty()) {
            CfnTemplate next = null;
            int fewest = Integer.MAX_VALUE;
            for (CfnTemplate t : remaining) {
                int waiting = 0;
                for (CfnTemplate source : sources(ctx, t)) {
                    if (!order.contains(source) && source != t) {
                        waiting++;
                    }
                }
                if (waiting < fewest) {
                    fewest = waiting;
                    next = t;
                }
            }
            order.add(next);
            remaining.remove(next);
        }
        return order;
    }

    private static Set<CfnTemplate> sources(CfnContext ctx, CfnTemplate t) {
        return new LinkedHashSet<>(ctx.inputsFromOtherStacks(t).values());
    }

    /** The deploy order, and the updates stacks need once a later stack exists. */
    static List<String> notes(CfnContext ctx, List<CfnTemplate> order) {
        List<String> notes = new ArrayList<>();
        if (order.size() > 1) {
            List<String> names = new ArrayList<>();
            order.forEach(t -> names.add(t.stackName));
            notes.add("Deploy the stacks in this order: " + String.join(", ", names) + ".");
        }
        for (CfnTemplate t : order) {
            for (Map.Entry<String, CfnTemplate> input : ctx.inputsFromOtherStacks(t).entrySet()) {
                if (order.indexOf(input.getValue()) > order.indexOf(t)) {
                    notes.add("After deploying " + input.getValue().stackName + ", update " + t.stackName
                            + " with parameter " + input.getKey() + " (the stacks need each other).");
                }
            }
        }
        return notes;
    }
}
