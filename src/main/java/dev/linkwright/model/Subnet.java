package dev.linkwright.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A subnet in one Availability Zone. A null route table means the VPC's main route table, a null
 * network ACL the VPC's default network ACL (R-VPC-5).
 */
public record Subnet(ElementId id, String name, ElementId parent, Cidr cidr, Ipv6Cidr ipv6Cidr,
                     ElementId routeTable, ElementId networkAcl) implements Element {

    public Subnet {
        name = Lists.text(name);
        if (cidr == null && ipv6Cidr == null) {
            throw new IllegalArgumentException("a subnet needs a CIDR block");
        }
    }

    @Override
    public ElementKind kind() {
        return ElementKind.SUBNET;
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>(2);
        if (routeTable != null) {
            refs.add(Reference.to("routeTable", routeTable));
        }
        if (networkAcl != null) {
            refs.add(Reference.to("networkAcl", networkAcl));
        }
        return refs;
    }
}
