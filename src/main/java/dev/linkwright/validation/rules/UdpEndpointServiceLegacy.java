package dev.linkwright.validation.rules;

import dev.linkwright.model.EndpointService;
import dev.linkwright.model.Listener;
import dev.linkwright.model.ListenerProtocol;
import dev.linkwright.model.LoadBalancer;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.validation.ElementRule;
import java.util.Set;

/** R-PL-10 / R-EV-7, profile legacy-2020: "An endpoint service supports IPv4 traffic over TCP only." */
public final class UdpEndpointServiceLegacy extends ElementRule<EndpointService> {

    private static final Set<ListenerProtocol> NOT_TCP = Set.of(ListenerProtocol.UDP, ListenerProtocol.TCP_UDP, ListenerProtocol.QUIC,
            ListenerProtocol.TCP_QUIC);

    public UdpEndpointServiceLegacy() {
        super("E_PRIVATELINK_UDP_UNSUPPORTED", "R-PL-10", EndpointService.class,
                "(legacy-2020) An endpoint service's load balancer has a UDP (or QUIC) listener; in 2020 PrivateLink carried TCP only (UDP came in October 2024).",
                "Serve the application over TCP, or analyse with the current rules.");
    }

    @Override
    public boolean appliesTo(RulesProfile profile) {
        return profile == RulesProfile.LEGACY_2020;
    }

    @Override
    protected void check(EndpointService s, Check c) {
        for (LoadBalancer lb : Network.loadBalancersOf(c.view(), s)) {
            for (Listener l : lb.listeners()) {
                if (NOT_TCP.contains(l.protocol())) {
                    c.report("Endpoint service '" + s.id() + "' fronts listener " + l.protocol().wire() + ":" + l.port() + " of load balancer '" + lb.id()
                                    + "'; under the 2020 rules PrivateLink carries TCP only, so this listener cannot be reached through an endpoint.",
                            "Serve the application over a TCP listener.", s.id(), lb.id());
                }
            }
        }
    }
}
