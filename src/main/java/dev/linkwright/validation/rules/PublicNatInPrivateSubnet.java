package dev.linkwright.validation.rules;

import dev.linkwright.model.NatConnectivity;
import dev.linkwright.model.NatGateway;
import dev.linkwright.model.Subnet;
import dev.linkwright.validation.ElementRule;
import java.util.Optional;

/**
 * R-NAT-1: a public NAT gateway sits in a public subnet (one whose route table has a route to an
 * internet gateway); in a private subnet its second leg has no route to the internet.
 */
public final class PublicNatInPrivateSubnet extends ElementRule<NatGateway> {

    public PublicNatInPrivateSubnet() {
        super("W_PUBLIC_NATGW_IN_PRIVATE_SUBNET", "R-NAT-1", NatGateway.class,
                "A public NAT gateway sits in a private subnet (its route table has no route to an internet gateway), so the traffic it translates cannot reach the internet.",
                "Move the NAT gateway to a public subnet, or give its subnet's route table a 0.0.0.0/0 route to the VPC's internet gateway.");
    }

    @Override
    protected void check(NatGateway nat, Check c) {
        if (nat.connectivity() != NatConnectivity.PUBLIC) {
            return;
        }
        Optional<Subnet> subnet = c.view().find(nat.parent(), Subnet.class);
        if (subnet.isEmpty() || Network.isPublic(c.view(), subnet.get())) {
            return;
        }
        String table = Network.routeTableOf(c.view(), subnet.get()).map(t -> "route table '" + t.id() + "'").orElse("its route table (local routes only)");
        c.report("Public NAT gateway '" + nat.id() + "' is in subnet '" + subnet.get().id() + "', whose " + table
                        + " has no route to an internet gateway: the subnet is private, so translated traffic has no way out (NO_ROUTE_TO_DESTINATION on the NAT gateway's leg).",
                "Place the NAT gateway in a public subnet (route 0.0.0.0/0 to the internet gateway) and route the private subnets' 0.0.0.0/0 to it.",
                nat.id(), subnet.get().id());
    }
}
