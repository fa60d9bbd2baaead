package dev.linkwright.validation.rules;

import dev.linkwright.model.NatConnectivity;
import dev.linkwright.model.NatGateway;
import dev.linkwright.validation.ElementRule;

/** R-NAT-1: a public NAT gateway needs an Elastic IP; without one it cannot reach the internet. */
public final class PublicNatWithoutElasticIp extends ElementRule<NatGateway> {

    public PublicNatWithoutElasticIp() {
        super("W_PUBLIC_NATGW_WITHOUT_EIP", "R-NAT-1", NatGateway.class,
                "A public NAT gateway has no Elastic IP in the design; AWS creates a public NAT gateway only with one.",
                "Give the NAT gateway its Elastic IP, or make it a private NAT gateway.");
    }

    @Override
    protected void check(NatGateway nat, Check c) {
        if (nat.connectivity() == NatConnectivity.PUBLIC && nat.elasticIp() == null) {
            c.report("Public NAT gateway '" + nat.id() + "' has no Elastic IP; a public NAT gateway translates to its Elastic IP on the way to the internet.",
                    "Add the Elastic IP (elasticIp), or set connectivity to private if it only serves other private networks.", nat.id());
        }
    }
}
