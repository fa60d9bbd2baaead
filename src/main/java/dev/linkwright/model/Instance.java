package dev.linkwright.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An EC2 instance with its primary network interface: private IPv4 address (plus secondary ones),
 * an optional public IPv4 address and the security groups of that interface. {@code eniId}
 * optionally names the primary interface so it can be addressed on its own.
 */
public record Instance(ElementId id, String name, ElementId parent, Ipv4Address privateIp,
                       List<Ipv4Address> secondaryIps, Ipv4Address publicIp, List<ElementId> securityGroups,
                       boolean sourceDestCheck, String state, ElementId eniId) implements Element {

    public Instance {
        name = Lists.text(name);
        secondaryIps = Lists.copy(secondaryIps);
        securityGroups = Lists.copy(securityGroups);
        state = state == null || state.isEmpty() ? "running" : state;
    }

    @Override
    public ElementKind kind() {
        return ElementKind.INSTANCE;
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        for (ElementId sg : securityGroups) {
            refs.add(Reference.to("securityGroup", sg));
        }
        return refs;
    }

    @Override
    public List<ElementId> nestedIds() {
        return eniId == null ? List.of() : List.of(eniId);
    }

    /** The private address first, then the secondary ones. */
    public List<Ipv4Address> privateIps() {
        List<Ipv4Address> all = new ArrayList<>();
        if (privateIp != null) {
            all.add(privateIp);
        }
        all.addAll(secondaryIps);
        return all;
    }
}
