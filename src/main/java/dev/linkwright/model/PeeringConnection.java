package dev.linkwright.model;

import java.util.List;

/**
 * A VPC peering connection between a requester and an accepter VPC, possibly in other accounts and
 * Regions. Only an {@code active} connection carries traffic (R-PCX-1); it is not transitive
 * (R-PCX-5).
 */
public record PeeringConnection(ElementId id, String name, ElementId parent, ElementId requesterVpc,
                                ElementId accepterVpc, PeeringState state) implements Element {

    public PeeringConnection {
        name = Lists.text(name);
        if (requesterVpc == null || accepterVpc == null) {
            throw new IllegalArgumentException("a peering connection needs a requester VPC and an accepter VPC");
        }
        state = state == null ? PeeringState.ACTIVE : state;
    }

    @Override
    public ElementKind kind() {
        return ElementKind.PEERING_CONNECTION;
    }

    @Override
    public List<Reference> references() {
        return List.of(Reference.to("requesterVpc", requesterVpc), Reference.to("accepterVpc", accepterVpc));
    }

    /** The VPC on the other side from {@code vpc}, or null when {@code vpc} is not an end. */
    public ElementId peerOf(ElementId vpc) {
        if (vpc.equals(requesterVpc)) {
            return accepterVpc;
        }
        return vpc.equals(accepterVpc) ? requesterVpc : null;
    }
}
