package dev.linkwright.model;

/** Where a route came from: created by hand, or propagated from a gateway. */
public enum RouteOrigin implements WireEnum {
    STATIC("static"),
    PROPAGATED("propagated");

    private final String wire;

    RouteOrigin(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static RouteOrigin parse(String text) {
        return WireEnum.parse(RouteOrigin.class, text, "route origin");
    }
}
