package dev.linkwright.model;

/** How a Site-to-Site VPN connection learns routes. */
public enum VpnRouting implements WireEnum {
    STATIC("static"),
    BGP("bgp");

    private final String wire;

    VpnRouting(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static VpnRouting parse(String text) {
        return WireEnum.parse(VpnRouting.class, text, "vpn routing");
    }
}
