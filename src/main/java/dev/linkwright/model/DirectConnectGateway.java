package dev.linkwright.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A Direct Connect gateway (global) with its associations to virtual private gateways or transit
 * gateways. It does not route between the VPCs associated with it (R-DX-3).
 */
public record DirectConnectGateway(ElementId id, String name, ElementId parent, Long asn,
                                   List<DirectConnectGatewayAssociation> associations) implements Element {

    public DirectConnectGateway {
        name = Lists.text(name);
        associations = Lists.copy(associations);
    }

    @Override
    public ElementKind kind() {
        return ElementKind.DX_GATEWAY;
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        for (DirectConnectGatewayAssociation a : associations) {
            refs.add(Reference.to("association", a.gateway()));
        }
        return refs;
    }
}
