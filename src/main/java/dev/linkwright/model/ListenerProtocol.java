package dev.linkwright.model;

/** A load balancer listener or target group protocol. */
public enum ListenerProtocol implements WireEnum {
    TCP("TCP"),
    TLS("TLS"),
    UDP("UDP"),
    TCP_UDP("TCP_UDP"),
    QUIC("QUIC"),
    TCP_QUIC("TCP_QUIC"),
    HTTP("HTTP"),
    HTTPS("HTTPS"),
    GENEVE("GENEVE");

    private final String wire;

    ListenerProtocol(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static ListenerProtocol parse(String text) {
        return WireEnum.parse(ListenerProtocol.class, text, "listener protocol");
    }
}
