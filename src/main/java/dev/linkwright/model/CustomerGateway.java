package dev.linkwright.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A customer gateway: the AWS record of the on-premises VPN device, with its public address, BGP
 * ASN and the on-premises network behind it.
 */
public record CustomerGateway(ElementId id, String name, ElementId parent, Ipv4Address ip, Long bgpAsn,
                              ElementId network, String state) implements Element {

    public CustomerGateway {
        name = Lists.text(name);
        state = state == null || state.isEmpty() ? "available" : state;
    }

    @Override
    public ElementKind kind() {
        return ElementKind.CUSTOMER_GATEWAY;
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        if (network != null) {
            refs.add(Reference.to("network", network));
        }
        return refs;
    }
}
