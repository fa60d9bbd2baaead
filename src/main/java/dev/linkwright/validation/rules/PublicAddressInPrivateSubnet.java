package dev.linkwright.validation.rules;

import dev.linkwright.model.Element;
import dev.linkwright.model.Instance;
import dev.linkwright.model.NetworkInterface;
import dev.linkwright.model.Subnet;
import dev.linkwright.validation.ElementRule;

/**
 * R-IGW-1 / R-RT-9: an instance or interface with a public IPv4 address is meant to be public, but
 * its subnet has no route to an internet gateway, so the address is useless.
 */
public final class PublicAddressInPrivateSubnet extends ElementRule<Subnet> {

    public PublicAddressInPrivateSubnet() {
        super("W_PUBLIC_IP_IN_PRIVATE_SUBNET", "R-RT-9", Subnet.class,
                "An instance or network interface has a public IP address, but its subnet has no route to an internet gateway (the subnet is private), so it cannot use it.",
                "Add a route to the VPC's internet gateway to the subnet's route table, or drop the public address.");
    }

    @Override
    protected void check(Subnet subnet, Check c) {
        boolean checked = false;
        boolean isPublic = false;
        for (Element e : c.view().children(subnet.id())) {
            Object publicIp = e instanceof Instance i ? i.publicIp() : e instanceof NetworkInterface n ? n.publicIp() : null;
            if (publicIp == null) {
                continue;
            }
            if (!checked) {
                isPublic = Network.isPublic(c.view(), subnet);
                checked = true;
            }
            if (!isPublic) {
                c.report(Network.describeCapitalised(e) + " has the public address " + publicIp + ", but subnet '" + subnet.id()
                                + "' has no route to an internet gateway: without one the public address carries no traffic (R-IGW-1).",
                        "Route 0.0.0.0/0 from the subnet's route table to the VPC's internet gateway, or remove the public address.",
                        e.id(), subnet.id());
            }
        }
    }
}
