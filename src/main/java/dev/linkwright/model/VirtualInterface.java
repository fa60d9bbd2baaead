package dev.linkwright.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A Direct Connect virtual interface on a connection: private (to a virtual private gateway or a
 * Direct Connect gateway), transit (to a Direct Connect gateway associated with transit gateways)
 * or public (R-DX-1). {@code network} is the on-premises network on the customer side;
 * {@code customerAdvertised} the prefixes it announces over BGP (null: the network's blocks).
 */
public record VirtualInterface(ElementId id, String name, ElementId parent, VirtualInterfaceType type,
                               ElementId gateway, ElementId network, List<Cidr> customerAdvertised, Integer vlan,
                               Long asn, String state) implements Element {

    public VirtualInterface {
        name = Lists.text(name);
        type = type == null ? VirtualInterfaceType.PRIVATE : type;
        customerAdvertised = customerAdvertised == null ? null : List.copyOf(customerAdvertised);
        state = state == null || state.isEmpty() ? "available" : state;
    }

    @Override
    public ElementKind kind() {
        return ElementKind.VIRTUAL_INTERFACE;
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        if (gateway != null) {
            refs.add(Reference.to("gateway", gateway));
        }
        if (network != null) {
            refs.add(Reference.to("network", network));
        }
        return refs;
    }
}
