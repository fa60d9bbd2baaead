package dev.linkwright.validation.rules;

import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.TgwRoute;
import dev.linkwright.model.TgwRouteTable;
import dev.linkwright.validation.ElementRule;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * R-TGW-5: a transit gateway route to an attachment that is missing, of another transit gateway or
 * not working drops the traffic like a blackhole route. (Routes written as blackholes on purpose are
 * not reported.)
 */
public final class TgwRouteBlackhole extends ElementRule<TgwRouteTable> {

    private static final Set<String> GONE = Set.of("deleted", "deleting", "failed", "rejected", "failing");

    public TgwRouteBlackhole() {
        super("W_TGW_ROUTE_BLACKHOLE", "R-TGW-5", TgwRouteTable.class,
                "A transit gateway route points at an attachment that is missing, belongs to another transit gateway or is not working, so matching traffic is dropped.",
                "Point the route at a working attachment of the same transit gateway, or remove it.");
    }

    @Override
    protected void check(TgwRouteTable table, Check c) {
        for (TgwRoute r : table.routes()) {
            if (r.attachment() == null) {
                continue;
            }
            String dest = r.destination() != null ? r.destination().toString() : r.prefixList().value();
            Optional<TgwAttachment> a = c.view().find(r.attachment(), TgwAttachment.class);
            String why = null;
            if (a.isEmpty()) {
                why = "'" + r.attachment() + "' is not an attachment in the design";
            } else if (!a.get().parent().equals(table.parent())) {
                why = "attachment '" + a.get().id() + "' belongs to transit gateway '" + a.get().parent() + "', not '" + table.parent() + "'";
            } else if (GONE.contains(a.get().state().toLowerCase(Locale.ROOT))) {
                why = "attachment '" + a.get().id() + "' is " + a.get().state();
            }
            if (why != null) {
                c.report("Transit gateway route table '" + table.id() + "' routes " + dest + " to '" + r.attachment() + "', but " + why
                                + ": matching traffic is dropped.",
                        "Point the route at a working attachment of transit gateway '" + table.parent() + "', or remove it.",
                        table.id(), r.attachment());
            }
        }
    }
}
