package dev.linkwright.validation.rules;

import dev.linkwright.model.AttachmentType;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Route;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.validation.ElementRule;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * R-TGW-2: traffic from a subnet reaches the transit gateway only through an attachment subnet in
 * the same AZ (TGW_ROUTE_AZ_RESTRICTION). Reported for subnets that route to a transit gateway whose
 * VPC attachment has no subnet in their AZ.
 */
public final class TransitGatewayNoSubnetInAz extends ElementRule<Subnet> {

    public TransitGatewayNoSubnetInAz() {
        super("W_TGW_NO_ATTACHMENT_SUBNET_IN_AZ", "R-TGW-2", Subnet.class,
                "A subnet routes to a transit gateway, but the VPC's attachment has no subnet in that subnet's AZ, so its traffic is not forwarded (TGW_ROUTE_AZ_RESTRICTION).",
                "Add an attachment subnet in that AZ to the transit gateway attachment.");
    }

    @Override
    protected void check(Subnet subnet, Check c) {
        Optional<RouteTable> table = Network.routeTableOf(c.view(), subnet);
        ElementId vpc = Network.vpcIdOf(c.view(), subnet.id());
        String zone = Network.zoneKey(c.view(), subnet.id());
        if (table.isEmpty() || vpc == null || zone == null) {
            return;
        }
        Set<ElementId> gateways = new LinkedHashSet<>();
        for (Route r : table.get().routes()) {
            if (r.target() != null && c.view().find(r.target(), TransitGateway.class).isPresent()) {
                gateways.add(r.target());
            }
        }
        for (ElementId tgw : gateways) {
            for (TgwAttachment a : Network.referrersOf(c.view(), vpc, TgwAttachment.class)) {
                if (a.type() != AttachmentType.VPC || !vpc.equals(a.resource()) || !tgw.equals(a.parent()) || a.subnets().isEmpty()) {
                    continue;
                }
                boolean inZone = a.subnets().stream().anyMatch(s -> zone.equals(Network.zoneKey(c.view(), s)));
                if (!inZone) {
                    c.report("Subnet '" + subnet.id() + "' (" + Network.zoneText(zone) + ") routes to transit gateway '" + tgw + "', but attachment '" + a.id()
                                    + "' has no subnet in " + Network.zoneText(zone) + ": the transit gateway cannot receive this subnet's traffic.",
                            "Add a subnet in " + Network.zoneText(zone) + " to attachment '" + a.id() + "'.", subnet.id(), a.id(), tgw);
                }
            }
        }
    }
}
