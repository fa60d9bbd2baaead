package dev.linkwright.model;

/** A load balancer's presence in one subnet (one per AZ) with the node's private address. */
public record LoadBalancerNode(ElementId subnet, Ipv4Address ip) {
    public LoadBalancerNode {
        if (subnet == null) {
            throw new IllegalArgumentException("a load balancer node needs a subnet");
        }
    }
}
