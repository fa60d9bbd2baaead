package dev.linkwright.model;

import java.util.List;

/**
 * A prefix list: a named set of CIDR blocks usable in routes and security group rules. AWS-managed
 * lists (S3, DynamoDB) carry the service's address ranges.
 */
public record PrefixList(ElementId id, String name, ElementId parent, List<Cidr> cidrs, boolean awsManaged)
        implements Element {

    public PrefixList {
        name = Lists.text(name);
        cidrs = Lists.copy(cidrs);
    }

    @Override
    public ElementKind kind() {
        return ElementKind.PREFIX_LIST;
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
