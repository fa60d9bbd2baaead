package dev.linkwright.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A standalone elastic network interface, optionally attached to an instance as a secondary
 * interface. Interfaces owned by instances, endpoints and load balancers are modelled inside their
 * owners.
 */
public record NetworkInterface(ElementId id, String name, ElementId parent, Ipv4Address privateIp,
                               List<Ipv4Address> secondaryIps, Ipv4Address publicIp, List<ElementId> securityGroups,
                               boolean sourceDestCheck, ElementId attachedInstance, String description)
        implements Element {

    public NetworkInterface {
        name = Lists.text(name);
        secondaryIps = Lists.copy(secondaryIps);
        securityGroups = Lists.copy(securityGroups);
        description = Lists.text(description);
    }

    @Override
    public ElementKind kind() {
        return ElementKind.NETWORK_INTERFACE;
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        for (ElementId sg : securityGroups) {
            refs.add(Reference.to("securityGroup", sg));
        }
        if (attachedInstance != null) {
            refs.add(Reference.to("attachedInstance", attachedInstance));
        }
        return refs;
    }

    public List<Ipv4Address> privateIps() {
        List<Ipv4Address> all = new ArrayList<>();
        if (privateIp != null) {
            all.add(privateIp);
        }
        all.addAll(secondaryIps);
        return all;
    }
}
