package dev.linkwright.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A transit gateway: a Regional router between its attachments (R-TGW-1). Attachments without an
 * explicit association or propagation use the default route tables when the defaults are on.
 */
public record TransitGateway(ElementId id, String name, ElementId parent, Long asn, boolean defaultAssociation,
                             boolean defaultPropagation, ElementId associationDefaultRouteTable,
                             ElementId propagationDefaultRouteTable, boolean securityGroupReferencing, String state)
        implements Element {

    public TransitGateway {
        name = Lists.text(name);
        state = state == null || state.isEmpty() ? "available" : state;
    }

    @Override
    public ElementKind kind() {
        return ElementKind.TRANSIT_GATEWAY;
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        if (associationDefaultRouteTable != null) {
            refs.add(Reference.to("associationDefaultRouteTable", associationDefaultRouteTable));
        }
        if (propagationDefaultRouteTable != null) {
            refs.add(Reference.to("propagationDefaultRouteTable", propagationDefaultRouteTable));
        }
        return refs;
    }
}
