package dev.linkwright.model;

/** What a flow is meant to do: be reachable, be blocked, or nothing stated. */
public enum FlowIntent implements WireEnum {
    NONE("none"), MUST_BE_REACHABLE("reachable"), MUST_BE_BLOCKED("blocked");

    private final String wire;

    FlowIntent(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static FlowIntent parse(String text) {
        return WireEnum.parse(FlowIntent.class, text, "flow intent");
    }
}
