package dev.linkwright.model;

/**
 * The network interface an interface endpoint places in one of its subnets, with its private
 * address and an optional id of its own (e.g. {@code eni-0abc}).
 */
public record EndpointInterface(ElementId subnet, ElementId eniId, Ipv4Address ip) {
    public EndpointInterface {
        if (subnet == null) {
            throw new IllegalArgumentException("an endpoint network interface needs a subnet");
        }
    }
}
