package dev.linkwright.model;

/** A registered target's health as Elastic Load Balancing reports it. */
public enum TargetHealth implements WireEnum {
    HEALTHY("healthy"),
    UNHEALTHY("unhealthy"),
    INITIAL("initial"),
    UNUSED("unused"),
    DRAINING("draining"),
    UNAVAILABLE("unavailable");

    private final String wire;

    TargetHealth(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static TargetHealth parse(String text) {
        return WireEnum.parse(TargetHealth.class, text, "target health");
    }
}
