package dev.linkwright.validation.rules;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Subnet;
import dev.linkwright.validation.ElementRule;
import java.util.ArrayList;
import java.util.List;

/**
 * R-VPC-3: the first four addresses (network, VPC router, DNS, future use) and the last (broadcast)
 * of every subnet are reserved; an instance, interface, endpoint, NAT gateway or NLB node cannot use
 * them.
 */
public final class ReservedAddress extends ElementRule<Subnet> {

    private static final String[] PURPOSE = {"the network address", "reserved for the VPC router", "reserved for the Amazon DNS server",
        "reserved by AWS for future use"};

    public ReservedAddress() {
        super("E_IP_RESERVED", "R-VPC-3", Subnet.class,
                "An instance, network interface, endpoint, NAT gateway or NLB node uses one of the five reserved addresses of its subnet (the first four and the last).",
                "Use an address from the fifth to the second-to-last of the subnet.");
    }

    @Override
    protected void check(Subnet subnet, Check c) {
        Cidr cidr = subnet.cidr();
        if (cidr == null) {
            return;
        }
        for (AddressUse use : AddressUse.in(c.view(), subnet)) {
            if (!cidr.contains(use.ip())) {
                continue;
            }
            long offset = use.ip().unsigned() - cidr.network().unsigned();
            String why = null;
            if (offset < 4) {
                why = PURPOSE[(int) offset];
            } else if (use.ip().equals(cidr.last())) {
                why = "the last address of the subnet (reserved)";
            }
            if (why != null) {
                List<ElementId> ids = new ArrayList<>(use.ids());
                ids.add(subnet.id());
                c.report("The " + use.holder() + " uses " + use.ip() + ", " + why + " in subnet '" + subnet.id() + "' (" + cidr.canonical()
                                + "); AWS reserves the first four and the last address of every subnet.",
                        "Use an address from " + cidr.addressAt(4) + " to " + cidr.last().plus(-1) + ".", ids);
            }
        }
    }
}
