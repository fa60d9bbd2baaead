package dev.linkwright.model;

/** Whether a NAT gateway reaches the internet (public) or only other networks (private). */
public enum NatConnectivity implements WireEnum {
    PUBLIC("public"),
    PRIVATE("private");

    private final String wire;

    NatConnectivity(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static NatConnectivity parse(String text) {
        return WireEnum.parse(NatConnectivity.class, text, "nat connectivity");
    }
}
