package dev.linkwright.model;

/** What a transit gateway attachment connects. */
public enum AttachmentType implements WireEnum {
    VPC("vpc"),
    VPN("vpn"),
    DIRECT_CONNECT_GATEWAY("direct-connect-gateway"),
    PEERING("peering"),
    CONNECT("connect");

    private final String wire;

    AttachmentType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static AttachmentType parse(String text) {
        return WireEnum.parse(AttachmentType.class, text, "attachment type");
    }
}
