package dev.linkwright.model;

/** The IP address families an endpoint, service or load balancer uses. */
public enum IpAddressType implements WireEnum {
    IPV4("ipv4"),
    IPV6("ipv6"),
    DUALSTACK("dualstack");

    private final String wire;

    IpAddressType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static IpAddressType parse(String text) {
        return WireEnum.parse(IpAddressType.class, text, "ip address type");
    }
}
