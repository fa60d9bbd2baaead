package dev.linkwright.model;

/**
 * A virtual private gateway. Its parent is the VPC it is attached to, or a Region when detached.
 */
public record VpnGateway(ElementId id, String name, ElementId parent, Long asn, String state) implements Element {

    public VpnGateway {
        name = Lists.text(name);
        state = state == null || state.isEmpty() ? "available" : state;
    }

    @Override
    public ElementKind kind() {
        return ElementKind.VPN_GATEWAY;
    }
}
