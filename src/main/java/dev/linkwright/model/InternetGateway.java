package dev.linkwright.model;

/** An internet gateway attached to its VPC: 1:1 NAT between private and public IPv4 (R-IGW-1). */
public record InternetGateway(ElementId id, String name, ElementId parent, String state) implements Element {

    public InternetGateway {
        name = Lists.text(name);
        state = state == null || state.isEmpty() ? "attached" : state;
    }

    @Override
    public ElementKind kind() {
        return ElementKind.INTERNET_GATEWAY;
    }
}
