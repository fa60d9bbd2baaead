package dev.linkwright.validation.rules;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.Subnet;
import dev.linkwright.validation.ElementRule;

/** R-VPC-2: an IPv4 subnet is between /16 and /28 (a /29 is illegal); an IPv6 subnet is a /64. */
public final class SubnetPrefixOutOfRange extends ElementRule<Subnet> {

    public SubnetPrefixOutOfRange() {
        super("E_SUBNET_PREFIX_OUT_OF_RANGE", "R-VPC-2", Subnet.class,
                "A subnet's IPv4 block is smaller than /28 (/29 to /32) or larger than /16, or its IPv6 block is not a /64.",
                "Use an IPv4 block from /16 to /28 (/28 is the smallest) and a /64 for IPv6.");
    }

    @Override
    protected void check(Subnet subnet, Check c) {
        Cidr cidr = subnet.cidr();
        if (cidr != null && (cidr.prefixLength() < 16 || cidr.prefixLength() > 28)) {
            boolean tooSmall = cidr.prefixLength() > 28;
            c.report("Subnet '" + subnet.id() + "' is a /" + cidr.prefixLength() + " (" + cidr + "); AWS accepts subnets from /16 to /28"
                            + (tooSmall ? ", and /28 (11 usable addresses) is the smallest." : "."),
                    tooSmall ? "Use a /28 or larger, for example " + new Cidr(cidr.network(), 28).canonical() + "."
                            : "Use a /16 or smaller block.",
                    subnet.id(), Network.vpcIdOf(c.view(), subnet.id()));
        }
        if (subnet.ipv6Cidr() != null && subnet.ipv6Cidr().prefixLength() != 64) {
            c.report("Subnet '" + subnet.id() + "' has the IPv6 block " + subnet.ipv6Cidr() + "; an IPv6 subnet block is always a /64.",
                    "Use a /64 from the VPC's IPv6 block.", subnet.id(), Network.vpcIdOf(c.view(), subnet.id()));
        }
    }
}
