package dev.linkwright.model;

/** A Direct Connect dedicated or hosted connection at a Direct Connect location. */
public record DirectConnectConnection(ElementId id, String name, ElementId parent, String location, String bandwidth,
                                      String state) implements Element {

    public DirectConnectConnection {
        name = Lists.text(name);
        location = Lists.text(location);
        bandwidth = Lists.text(bandwidth);
        state = state == null || state.isEmpty() ? "available" : state;
    }

    @Override
    public ElementKind kind() {
        return ElementKind.DX_CONNECTION;
    }
}
