package dev.linkwright.validation.rules;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.Subnet;
import dev.linkwright.validation.ElementRule;

/**
 * R-VPC-2: subnets of one VPC do not overlap (AWS: InvalidSubnet.Conflict). Reported once per pair,
 * on the subnet that comes later in the document.
 */
public final class SubnetOverlap extends ElementRule<Subnet> {

    public SubnetOverlap() {
        super("E_SUBNET_CIDR_CONFLICT", "R-VPC-2", Subnet.class,
                "Two subnets of the same VPC have overlapping CIDR blocks (AWS: InvalidSubnet.Conflict).",
                "Give one of the subnets a block that no other subnet of the VPC uses.");
    }

    @Override
    protected void check(Subnet subnet, Check c) {
        ElementId vpc = Network.vpcIdOf(c.view(), subnet.id());
        if (vpc == null) {
            return;
        }
        long mine = c.view().order(subnet.id());
        for (Subnet other : Network.subnetsOf(c.view(), vpc)) {
            if (other.id().equals(subnet.id()) || c.view().order(other.id()) > mine) {
                continue;
            }
            if (subnet.cidr() != null && other.cidr() != null && subnet.cidr().overlaps(other.cidr())) {
                c.report("Subnet '" + subnet.id() + "' (" + subnet.cidr() + ") overlaps subnet '" + other.id() + "' (" + other.cidr()
                                + ") in VPC '" + vpc + "'; AWS refuses it with InvalidSubnet.Conflict.",
                        "Move '" + subnet.id() + "' to a free block of the VPC.", subnet.id(), other.id(), vpc);
            } else if (subnet.ipv6Cidr() != null && other.ipv6Cidr() != null && subnet.ipv6Cidr().overlaps(other.ipv6Cidr())) {
                c.report("Subnet '" + subnet.id() + "' has the same IPv6 block as subnet '" + other.id() + "' (" + subnet.ipv6Cidr() + ").",
                        "Give '" + subnet.id() + "' another /64 of the VPC's IPv6 block.", subnet.id(), other.id(), vpc);
            }
        }
    }
}
