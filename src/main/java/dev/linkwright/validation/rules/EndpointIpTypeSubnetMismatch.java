package dev.linkwright.validation.rules;

import dev.linkwright.model.EndpointInterface;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.model.Subnet;
import dev.linkwright.validation.ElementRule;
import java.util.Optional;

/**
 * R-PL-9: an endpoint's IP address type matches its subnets: IPv4 needs IPv4 blocks in all subnets,
 * IPv6 needs IPv6-only subnets, dual-stack needs dual-stack subnets.
 */
public final class EndpointIpTypeSubnetMismatch extends ElementRule<InterfaceEndpoint> {

    public EndpointIpTypeSubnetMismatch() {
        super("E_VPCE_IP_TYPE_SUBNET_MISMATCH", "R-PL-9", InterfaceEndpoint.class,
                "An interface endpoint's IP address type does not fit one of its subnets (IPv4 needs IPv4 subnets, IPv6 needs IPv6-only subnets, dual-stack needs dual-stack subnets).",
                "Choose the endpoint's IP address type to match its subnets, or give the subnets the missing blocks.");
    }

    @Override
    protected void check(InterfaceEndpoint endpoint, Check c) {
        for (EndpointInterface i : endpoint.interfaces()) {
            Optional<Subnet> s = c.view().find(i.subnet(), Subnet.class);
            if (s.isEmpty()) {
                continue;
            }
            boolean v4 = s.get().cidr() != null;
            boolean v6 = s.get().ipv6Cidr() != null;
            String problem = switch (endpoint.ipAddressType()) {
                case IPV4 -> v4 ? null : "has no IPv4 block";
                case IPV6 -> v6 && !v4 ? null : (v6 ? "is dual-stack, not IPv6-only" : "has no IPv6 block");
                case DUALSTACK -> v4 && v6 ? null : "is not dual-stack";
            };
            if (problem != null) {
                c.report("Interface endpoint '" + endpoint.id() + "' has IP address type " + endpoint.ipAddressType().wire() + ", but its subnet '" + i.subnet() + "' "
                                + problem + ".",
                        "Use IP address type " + (v4 && v6 ? "dualstack or ipv4" : v6 ? "ipv6" : "ipv4") + " for the endpoint, or give the subnet the missing block.",
                        endpoint.id(), i.subnet());
            }
        }
    }
}
