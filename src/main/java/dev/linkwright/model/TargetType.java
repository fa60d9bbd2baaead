package dev.linkwright.model;

/** How a target group names its targets. */
public enum TargetType implements WireEnum {
    INSTANCE("instance"),
    IP("ip"),
    ALB("alb");

    private final String wire;

    TargetType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static TargetType parse(String text) {
        return WireEnum.parse(TargetType.class, text, "target type");
    }
}
