package dev.linkwright.model;

/** A host in an on-premises network. */
public record OnPremisesHost(ElementId id, String name, ElementId parent, Ipv4Address ip) implements Element {

    public OnPremisesHost {
        name = Lists.text(name);
        if (ip == null) {
            throw new IllegalArgumentException("an on-premises host needs an IP address");
        }
    }

    @Override
    public ElementKind kind() {
        return ElementKind.ON_PREMISES_HOST;
    }
}
