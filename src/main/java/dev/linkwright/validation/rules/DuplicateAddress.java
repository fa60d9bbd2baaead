package dev.linkwright.validation.rules;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.model.Subnet;
import dev.linkwright.validation.ElementRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** R-VPC-3: one private address belongs to one network interface (AWS: InvalidIPAddress.InUse). */
public final class DuplicateAddress extends ElementRule<Subnet> {

    public DuplicateAddress() {
        super("E_IP_DUPLICATE", "R-VPC-3", Subnet.class,
                "Two network interfaces (instances, endpoints, NAT gateways, NLB nodes) in one subnet use the same private address (AWS: InvalidIPAddress.InUse).",
                "Give one of them another free address of the subnet.");
    }

    @Override
    protected void check(Subnet subnet, Check c) {
        Map<Ipv4Address, AddressUse> first = new HashMap<>();
        for (AddressUse use : AddressUse.in(c.view(), subnet)) {
            AddressUse earlier = first.putIfAbsent(use.ip(), use);
            if (earlier != null) {
                List<ElementId> ids = new ArrayList<>(use.ids());
                ids.addAll(earlier.ids());
                ids.add(subnet.id());
                c.report("The " + use.holder() + " and the " + earlier.holder() + " both use " + use.ip() + " in subnet '" + subnet.id()
                                + "'; an address belongs to one network interface.",
                        "Give the " + use.holder() + " another free address.", ids);
            }
        }
    }
}
