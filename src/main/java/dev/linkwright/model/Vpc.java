package dev.linkwright.model;

import java.util.List;

/** A VPC with one or more IPv4 CIDR blocks (the first is the primary) and its DNS attributes. */
public record Vpc(ElementId id, String name, ElementId parent, List<Cidr> cidrBlocks, List<Ipv6Cidr> ipv6CidrBlocks,
                  boolean dnsSupport, boolean dnsHostnames) implements Element {

    public Vpc {
        name = Lists.text(name);
        cidrBlocks = Lists.copy(cidrBlocks);
        ipv6CidrBlocks = Lists.copy(ipv6CidrBlocks);
    }

    @Override
    public ElementKind kind() {
        return ElementKind.VPC;
    }

    /** True when {@code a} lies in one of the VPC's IPv4 blocks. */
    public boolean contains(Ipv4Address a) {
        for (Cidr c : cidrBlocks) {
            if (c.contains(a)) {
                return true;
            }
        }
        return false;
    }
}
