package dev.linkwright.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A load balancer, in practice a Network Load Balancer: one node per enabled AZ (one subnet per
 * AZ), listeners forwarding to target groups, cross-zone load balancing (off by default for NLBs),
 * and optional security groups, which can only be given at creation (R-NLB-5).
 */
public record LoadBalancer(ElementId id, String name, ElementId parent, LoadBalancerType type,
                           LoadBalancerScheme scheme, IpAddressType ipAddressType, List<LoadBalancerNode> nodes,
                           List<ElementId> securityGroups, boolean createdWithSecurityGroups,
                           boolean enforceSecurityGroupsOnPrivateLink, boolean crossZone, List<Listener> listeners,
                           String state) implements Element {

    public LoadBalancer {
        name = Lists.text(name);
        type = type == null ? LoadBalancerType.NETWORK : type;
        scheme = scheme == null ? LoadBalancerScheme.INTERNAL : scheme;
        ipAddressType = ipAddressType == null ? IpAddressType.IPV4 : ipAddressType;
        nodes = Lists.copy(nodes);
        securityGroups = Lists.copy(securityGroups);
        listeners = Lists.copy(listeners);
        state = state == null || state.isEmpty() ? "active" : state;
    }

    @Override
    public ElementKind kind() {
        return ElementKind.LOAD_BALANCER;
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        for (LoadBalancerNode n : nodes) {
            refs.add(Reference.to("subnet", n.subnet()));
        }
        for (ElementId sg : securityGroups) {
            refs.add(Reference.to("securityGroup", sg));
        }
        for (Listener l : listeners) {
            if (l.targetGroup() != null) {
                refs.add(Reference.to("targetGroup", l.targetGroup()));
            }
        }
        return refs;
    }
}
