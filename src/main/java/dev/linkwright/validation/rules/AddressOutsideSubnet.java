package dev.linkwright.validation.rules;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.Subnet;
import dev.linkwright.validation.ElementRule;
import java.util.ArrayList;
import java.util.List;

/** R-VPC-3: a private address in a subnet lies inside the subnet's block (AWS refuses others). */
public final class AddressOutsideSubnet extends ElementRule<Subnet> {

    public AddressOutsideSubnet() {
        super("E_IP_NOT_IN_SUBNET", "R-VPC-3", Subnet.class,
                "An instance, network interface, endpoint, NAT gateway or NLB node has a private address outside the block of the subnet it is in.",
                "Use an address inside the subnet's block, or move the element to the subnet that holds the address.");
    }

    @Override
    protected void check(Subnet subnet, Check c) {
        for (AddressUse use : AddressUse.in(c.view(), subnet)) {
            if (subnet.cidr() == null || !subnet.cidr().contains(use.ip())) {
                List<ElementId> ids = new ArrayList<>(use.ids());
                ids.add(subnet.id());
                c.report("The " + use.holder() + " has the address " + use.ip() + ", which is not in subnet '" + subnet.id() + "' ("
                                + (subnet.cidr() == null ? "an IPv6-only subnet" : subnet.cidr().canonical()) + ").",
                        subnet.cidr() == null ? "IPv6-only subnets have no private IPv4 addresses: remove the address or use a dual-stack subnet."
                                : "Use an address inside " + subnet.cidr().canonical() + ".", ids);
            }
        }
    }
}
