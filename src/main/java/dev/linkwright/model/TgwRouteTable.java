package dev.linkwright.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A transit gateway route table. Only static routes are stored; propagated routes follow from the
 * attachments that propagate into the table.
 */
public record TgwRouteTable(ElementId id, String name, ElementId parent, List<TgwRoute> routes) implements Element {

    public TgwRouteTable {
        name = Lists.text(name);
        routes = Lists.copy(routes);
    }

    @Override
    public ElementKind kind() {
        return ElementKind.TGW_ROUTE_TABLE;
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        for (TgwRoute r : routes) {
            if (r.attachment() != null) {
                refs.add(Reference.optional("routeTarget", r.attachment()));
            }
            if (r.prefixList() != null) {
                refs.add(Reference.to("routeDestination", r.prefixList()));
            }
        }
        return refs;
    }
}
