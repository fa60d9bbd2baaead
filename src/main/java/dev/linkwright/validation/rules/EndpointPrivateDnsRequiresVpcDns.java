package dev.linkwright.validation.rules;

import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.Vpc;
import dev.linkwright.validation.ElementRule;
import dev.linkwright.validation.QuickFix;
import java.util.Optional;

/** R-PL-13: private DNS on an interface endpoint needs enableDnsSupport and enableDnsHostnames on its VPC. */
public final class EndpointPrivateDnsRequiresVpcDns extends ElementRule<InterfaceEndpoint> {

    public EndpointPrivateDnsRequiresVpcDns() {
        super("E_VPCE_PRIVATE_DNS_REQUIRES_VPC_DNS", "R-PL-13", InterfaceEndpoint.class,
                "An interface endpoint has private DNS enabled, but its VPC lacks enableDnsSupport or enableDnsHostnames; AWS refuses to enable private DNS.",
                "Turn on DNS support and DNS hostnames on the VPC (quick fix available), or turn private DNS off.");
    }

    @Override
    protected void check(InterfaceEndpoint endpoint, Check c) {
        if (!endpoint.privateDns()) {
            return;
        }
        Optional<Vpc> found = Network.vpcOf(c.view(), endpoint.id());
        if (found.isEmpty() || (found.get().dnsSupport() && found.get().dnsHostnames())) {
            return;
        }
        Vpc v = found.get();
        String missing = !v.dnsSupport() && !v.dnsHostnames() ? "enableDnsSupport and enableDnsHostnames" : !v.dnsSupport() ? "enableDnsSupport" : "enableDnsHostnames";
        c.report("Interface endpoint '" + endpoint.id() + "' has private DNS enabled, but VPC '" + v.id() + "' has " + missing + " off; AWS requires both to be on.",
                "Turn on " + missing + " for VPC '" + v.id() + "', or turn private DNS off on the endpoint.",
                QuickFix.replace("Turn on DNS support and hostnames for '" + v.id() + "'",
                        new Vpc(v.id(), v.name(), v.parent(), v.cidrBlocks(), v.ipv6CidrBlocks(), true, true)),
                endpoint.id(), v.id());
    }
}
