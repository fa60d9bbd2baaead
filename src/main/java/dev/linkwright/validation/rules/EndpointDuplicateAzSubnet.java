package dev.linkwright.validation.rules;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.EndpointInterface;
import dev.linkwright.model.InterfaceEndpoint;
import dev.linkwright.validation.ElementRule;
import dev.linkwright.validation.QuickFix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** R-IEP-1: an interface endpoint has at most one subnet per AZ. */
public final class EndpointDuplicateAzSubnet extends ElementRule<InterfaceEndpoint> {

    public EndpointDuplicateAzSubnet() {
        super("E_VPCE_DUPLICATE_AZ_SUBNET", "R-IEP-1", InterfaceEndpoint.class,
                "An interface endpoint has two subnets in the same AZ; an endpoint takes at most one subnet (one network interface) per AZ.",
                "Keep one subnet per AZ (quick fix keeps the first); for more capacity or availability use other AZs.");
    }

    @Override
    protected void check(InterfaceEndpoint endpoint, Check c) {
        Map<String, ElementId> seen = new HashMap<>();
        List<EndpointInterface> kept = new ArrayList<>();
        List<ElementId[]> duplicates = new ArrayList<>();
        List<String> zones = new ArrayList<>();
        for (EndpointInterface i : endpoint.interfaces()) {
            String zone = Network.zoneKey(c.view(), i.subnet());
            ElementId first = zone == null ? null : seen.putIfAbsent(zone, i.subnet());
            if (first != null) {
                duplicates.add(new ElementId[] {i.subnet(), first});
                zones.add(zone);
            } else {
                kept.add(i);
            }
        }
        for (int d = 0; d < duplicates.size(); d++) {
            ElementId second = duplicates.get(d)[0];
            ElementId first = duplicates.get(d)[1];
            InterfaceEndpoint fixed = new InterfaceEndpoint(endpoint.id(), endpoint.name(), endpoint.parent(), endpoint.service(), endpoint.serviceName(),
                    endpoint.serviceRegion(), kept, endpoint.securityGroups(), endpoint.ipAddressType(), endpoint.privateDns(), endpoint.state(),
                    endpoint.requesterPrincipal(), endpoint.policy());
            c.report("Interface endpoint '" + endpoint.id() + "' has subnets '" + first + "' and '" + second + "', both in " + Network.zoneText(zones.get(d))
                            + "; an endpoint takes one subnet per AZ.",
                    "Remove '" + second + "' from the endpoint" + (second.equals(first) ? "" : ", or use a subnet in another AZ") + ".",
                    QuickFix.replace("Keep one subnet per AZ for '" + endpoint.id() + "'", fixed), endpoint.id(), second, first);
        }
    }
}
