package dev.linkwright.validation.rules;

import dev.linkwright.model.EndpointInterface;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.validation.ElementRule;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * R-IEP-1: high availability comes from one endpoint with network interfaces in several AZs ("highly
 * available via multiple endpoints" means several AZs, not several endpoints); one AZ is a single
 * point of failure.
 */
public final class EndpointSingleAz extends ElementRule<InterfaceEndpoint> {

    public EndpointSingleAz() {
        super("W_VPCE_SINGLE_AZ", "R-IEP-1", InterfaceEndpoint.class,
                "An interface endpoint has its network interface in one AZ only: a single point of failure.",
                "Add a subnet in a second AZ to the endpoint (and make sure the service's load balancer serves that AZ).");
    }

    @Override
    protected void check(InterfaceEndpoint endpoint, Check c) {
        Set<String> zones = new LinkedHashSet<>();
        for (EndpointInterface i : endpoint.interfaces()) {
            String zone = Network.zoneKey(c.view(), i.subnet());
            if (zone != null) {
                zones.add(zone);
            }
        }
        if (zones.size() == 1) {
            c.report("Interface endpoint '" + endpoint.id() + "' has a network interface in " + Network.zoneText(zones.iterator().next())
                            + " only: if that AZ fails, clients lose the service. PrivateLink's availability comes from one endpoint in several AZs.",
                    "Add a subnet in another AZ to '" + endpoint.id() + "'.", endpoint.id(), endpoint.interfaces().get(0).subnet());
        }
    }
}
