package dev.linkwright.model;

/** The kind of Elastic Load Balancing load balancer. */
public enum LoadBalancerType implements WireEnum {
    NETWORK("network"),
    GATEWAY("gateway"),
    APPLICATION("application");

    private final String wire;

    LoadBalancerType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static LoadBalancerType parse(String text) {
        return WireEnum.parse(LoadBalancerType.class, text, "load balancer type");
    }
}
