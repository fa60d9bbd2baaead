package dev.linkwright.model;

/** Whether a load balancer has public addresses. */
public enum LoadBalancerScheme implements WireEnum {
    INTERNAL("internal"),
    INTERNET_FACING("internet-facing");

    private final String wire;

    LoadBalancerScheme(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static LoadBalancerScheme parse(String text) {
        return WireEnum.parse(LoadBalancerScheme.class, text, "load balancer scheme");
    }
}
