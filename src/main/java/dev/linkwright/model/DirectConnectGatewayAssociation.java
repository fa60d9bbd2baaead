package dev.linkwright.model;

import java.util.List;

/**
 * An association of a Direct Connect gateway with a virtual private gateway or a transit gateway.
 * {@code allowedPrefixes} is null when not set (for a VGW: the VPC's blocks).
 */
public record DirectConnectGatewayAssociation(ElementId gateway, List<Cidr> allowedPrefixes, String state) {
    public DirectConnectGatewayAssociation {
        if (gateway == null) {
            throw new IllegalArgumentException("a Direct Connect gateway association needs a gateway");
        }
        allowedPrefixes = allowedPrefixes == null ? null : List.copyOf(allowedPrefixes);
        state = state == null || state.isEmpty() ? "associated" : state;
    }
}
