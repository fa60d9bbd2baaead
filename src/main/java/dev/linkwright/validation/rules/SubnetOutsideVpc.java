package dev.linkwright.validation.rules;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.Ipv6Cidr;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.Vpc;
import dev.linkwright.validation.ElementRule;
import java.util.Optional;
import java.util.stream.Collectors;

/** R-VPC-2: a subnet's block is equal to, or inside, one block of its VPC (IPv4 and IPv6). */
public final class SubnetOutsideVpc extends ElementRule<Subnet> {

    public SubnetOutsideVpc() {
        super("E_SUBNET_CIDR_NOT_IN_VPC", "R-VPC-2", Subnet.class,
                "A subnet's CIDR block is not inside any CIDR block of its VPC (AWS: InvalidSubnet.Range).",
                "Give the subnet a block inside one of the VPC's blocks, or add a secondary block to the VPC that contains it.");
    }

    @Override
    protected void check(Subnet subnet, Check c) {
        Optional<Vpc> found = Network.vpcOf(c.view(), subnet.id());
        if (found.isEmpty()) {
            return;
        }
        Vpc vpc = found.get();
        Cidr cidr = subnet.cidr();
        if (cidr != null && vpc.cidrBlocks().stream().noneMatch(b -> b.contains(cidr))) {
            c.report("Subnet '" + subnet.id() + "' (" + cidr + ") is not inside VPC '" + vpc.id() + "' ("
                            + vpc.cidrBlocks().stream().map(Cidr::toString).collect(Collectors.joining(", ")) + "); AWS refuses it with InvalidSubnet.Range.",
                    "Choose a subnet block inside " + vpc.cidrBlocks().stream().map(Cidr::toString).collect(Collectors.joining(" or "))
                            + ", or add a secondary block to the VPC that contains " + cidr + ".",
                    subnet.id(), vpc.id());
        }
        Ipv6Cidr v6 = subnet.ipv6Cidr();
        if (v6 != null && vpc.ipv6CidrBlocks().stream().noneMatch(b -> b.contains(v6))) {
            c.report("Subnet '" + subnet.id() + "' has the IPv6 block " + v6 + ", which is not inside an IPv6 block of VPC '" + vpc.id() + "'"
                            + (vpc.ipv6CidrBlocks().isEmpty() ? " (the VPC has no IPv6 block)." : "."),
                    vpc.ipv6CidrBlocks().isEmpty() ? "Associate an IPv6 block with the VPC first, then take a /64 from it."
                            : "Take the subnet's /64 from the VPC's IPv6 block.",
                    subnet.id(), vpc.id());
        }
    }
}
