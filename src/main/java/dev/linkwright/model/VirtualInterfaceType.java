package dev.linkwright.model;

/** The kind of Direct Connect virtual interface. */
public enum VirtualInterfaceType implements WireEnum {
    PRIVATE("private"),
    TRANSIT("transit"),
    PUBLIC("public");

    private final String wire;

    VirtualInterfaceType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static VirtualInterfaceType parse(String text) {
        return WireEnum.parse(VirtualInterfaceType.class, text, "virtual interface type");
    }
}
