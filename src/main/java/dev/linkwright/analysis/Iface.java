package dev.linkwright.analysis;

import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.EndpointInterface;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.SecurityGroup;
import java.util.List;

/**
 * A network interface as the analysis sees it: whatever sends and receives packets inside a subnet
 * (an instance's primary interface, a standalone interface, an interface endpoint's interface, a
 * load balancer node, a NAT gateway, a transit gateway attachment's interface), with its addresses,
 * security groups and the hop id used in traces.
 */
final class Iface {

    /** What kind of thing owns the interface; decides what happens to packets it receives. */
    enum Role { INSTANCE, NETWORK_INTERFACE, ENDPOINT, LOAD_BALANCER_NODE, NAT_GATEWAY, TGW_ATTACHMENT }

    final ElementId hopId;
    final ElementKind hopKind;
    final Element owner;
    final Role role;
    final SubnetFacts subnet;
    final List<Ipv4Address> ips;
    final Ipv4Address publicIp;
    final List<SecurityGroup> groups;
    final boolean sourceDestCheck;
    final EndpointInterface endpointInterface;

    Iface(ElementId hopId, ElementKind hopKind, Element owner, Role role, SubnetFacts subnet, List<Ipv4Address> ips,
          Ipv4Address publicIp, List<SecurityGroup> groups, boolean sourceDestCheck, EndpointInterface endpointInterface) {
        this.hopId = hopId;
        this.hopKind = hopKind;
        this.owner = owner;
        this.role = role;
        this.subnet = subnet;
        this.ips = List.copyOf(ips);
        this.publicIp = publicIp;
        this.groups = List.copyOf(groups);
        this.sourceDestCheck = sourceDestCheck;
        this.endpointInterface = endpointInterface;
    }

    VpcFacts vpc() {
        return subnet.vpc;
    }

    String azId() {
        return subnet.azId;
    }

    Ipv4Address primaryIp() {
        return ips.isEmpty() ? null : ips.get(0);
    }

    boolean owns(Ipv4Address a) {
        return ips.contains(a) || a.equals(publicIp);
    }

    /** True for interfaces that can be a middlebox (route target forwarding others' traffic). */
    boolean canForward() {
        return role == Role.INSTANCE || role == Role.NETWORK_INTERFACE;
    }

    /** "instance i-c1 (10.0.1.10)" for messages. */
    String describe() {
        Ipv4Address ip = primaryIp();
        return owner.kind().label().toLowerCase(java.util.Locale.ROOT).replace("ec2 ", "") + " " + hopId
                + (ip == null ? "" : " (" + ip + ")");
    }

    @Override
    public String toString() {
        return hopId.value();
    }
}
