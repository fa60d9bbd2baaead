package dev.linkwright.model;

/** The state of one VPN tunnel. */
public enum TunnelState implements WireEnum {
    UP("UP"),
    DOWN("DOWN");

    private final String wire;

    TunnelState(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static TunnelState parse(String text) {
        return WireEnum.parse(TunnelState.class, text, "tunnel state");
    }
}
