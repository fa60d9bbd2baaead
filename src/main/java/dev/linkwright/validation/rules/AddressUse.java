package dev.linkwright.validation.rules;

import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.EndpointInterface;
import dev.linkwright.model.Instance;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.LoadBalancerNode;
import dev.linkwright.model.NatGateway;
import dev.linkwright.model.NetworkInterface;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.TopologyView;
import dev.linkwright.validation.DerivedFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * A private IPv4 address taken in a subnet: by an instance, a network interface, a NAT gateway, an
 * interface endpoint's network interface or a load balancer node. {@code eni} is the id of the
 * network interface when it has one of its own.
 */
record AddressUse(ElementId owner, ElementId eni, Ipv4Address ip, String what) {

    /** Who holds this address, for sentences: "instance 'i-1'" or "interface endpoint 'vpce-1' (eni-1)". */
    String holder() {
        return what + " '" + owner + "'" + (eni != null ? " (" + eni + ")" : "");
    }

    /** The ids to name in a finding: interface first when it has its own id, then the owner. */
    List<ElementId> ids() {
        return eni != null ? List.of(eni, owner) : List.of(owner);
    }

    /** Every private IPv4 address used in {@code subnet}, in document order of the owners. */
    static List<AddressUse> in(TopologyView v, Subnet subnet) {
        return DerivedFacts.of(v, "addresses", subnet.id(), w -> compute(w, subnet));
    }

    private static List<AddressUse> compute(TopologyView v, Subnet subnet) {
        List<AddressUse> uses = new ArrayList<>();
        for (Element e : v.children(subnet.id())) {
            if (e instanceof Instance i) {
                boolean first = true;
                for (Ipv4Address ip : i.privateIps()) {
                    uses.add(new AddressUse(i.id(), first ? i.eniId() : null, ip, "instance"));
                    first = false;
                }
            } else if (e instanceof NetworkInterface n) {
                for (Ipv4Address ip : n.privateIps()) {
                    uses.add(new AddressUse(n.id(), null, ip, "network interface"));
                }
            } else if (e instanceof NatGateway nat && nat.privateIp() != null) {
                uses.add(new AddressUse(nat.id(), null, nat.privateIp(), "NAT gateway"));
            }
        }
        for (Element e : Network.referrersOf(v, subnet.id(), Element.class)) {
            if (e instanceof InterfaceEndpoint ep) {
                for (EndpointInterface i : ep.interfaces()) {
                    if (i.subnet().equals(subnet.id()) && i.ip() != null) {
                        uses.add(new AddressUse(ep.id(), i.eniId(), i.ip(), "interface endpoint"));
                    }
                }
            } else if (e instanceof LoadBalancer lb) {
                for (LoadBalancerNode n : lb.nodes()) {
                    if (n.subnet().equals(subnet.id()) && n.ip() != null) {
                        uses.add(new AddressUse(lb.id(), null, n.ip(), "load balancer node of"));
                    }
                }
            }
        }
        return uses;
    }
}
