package dev.linkwright.model;

/**
 * A NAT gateway in a subnet. A public one has an Elastic IP and must sit in a public subnet; a
 * private one only rewrites the source to its private address (R-NAT-1).
 */
public record NatGateway(ElementId id, String name, ElementId parent, NatConnectivity connectivity,
                         Ipv4Address privateIp, Ipv4Address elasticIp, String state) implements Element {

    public NatGateway {
        name = Lists.text(name);
        connectivity = connectivity == null ? NatConnectivity.PUBLIC : connectivity;
        state = state == null || state.isEmpty() ? "available" : state;
    }

    @Override
    public ElementKind kind() {
        return ElementKind.NAT_GATEWAY;
    }
}
