package dev.linkwright.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An on-premises network (a corporate data center): its address blocks and the static routes of its
 * router. On-premises networks are permissive: no firewall is modelled.
 */
public record OnPremisesNetwork(ElementId id, String name, List<Cidr> cidrs, List<OnPremisesRoute> staticRoutes)
        implements Element {

    public OnPremisesNetwork {
        name = Lists.text(name);
        cidrs = Lists.copy(cidrs);
        staticRoutes = Lists.copy(staticRoutes);
    }

    @Override
    public ElementId parent() {
        return null;
    }

    @Override
    public ElementKind kind() {
        return ElementKind.ON_PREMISES_NETWORK;
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        for (OnPremisesRoute r : staticRoutes) {
            refs.add(Reference.to("via", r.via()));
            if (r.destinationPrefixList() != null) {
                refs.add(Reference.to("routeDestination", r.destinationPrefixList()));
            }
        }
        return refs;
    }

    public boolean contains(Ipv4Address a) {
        for (Cidr c : cidrs) {
            if (c.contains(a)) {
                return true;
            }
        }
        return false;
    }
}
