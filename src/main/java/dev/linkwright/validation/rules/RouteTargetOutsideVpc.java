package dev.linkwright.validation.rules;

import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.GatewayEndpoint;
import dev.linkwright.model.Instance;
import dev.linkwright.model.InternetGateway;
import dev.linkwright.model.NatGateway;
import dev.linkwright.model.NetworkInterface;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.Route;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.Vpc;
import dev.linkwright.model.VpnGateway;
import dev.linkwright.validation.ElementRule;
import java.util.Optional;

/**
 * A route's target belongs to the route table's VPC: an internet gateway, NAT gateway, network
 * interface, instance or gateway endpoint of the same VPC, a peering connection of that VPC, or the
 * virtual private gateway attached to it. AWS refuses anything else (and R-PCX-6 rules out using
 * another VPC's gateways).
 */
public final class RouteTargetOutsideVpc extends ElementRule<RouteTable> {

    public RouteTargetOutsideVpc() {
        super("E_ROUTE_TARGET_NOT_IN_VPC", "R-PCX-6", RouteTable.class,
                "A route targets a gateway, interface or instance of another VPC, a peering connection the VPC is not part of, or a virtual private gateway attached to another VPC.",
                "Target a component of the route table's own VPC (for another VPC, route to the peering connection or transit gateway that connects them).");
    }

    @Override
    protected void check(RouteTable table, Check c) {
        ElementId vpc = Network.vpcIdOf(c.view(), table.id());
        if (vpc == null) {
            return;
        }
        for (Route r : table.routes()) {
            if (r.target() == null) {
                continue;
            }
            Optional<Element> found = c.view().find(r.target());
            if (found.isEmpty()) {
                continue;
            }
            Element t = found.get();
            String problem = null;
            if (t instanceof InternetGateway || t instanceof NatGateway || t instanceof NetworkInterface || t instanceof Instance
                    || t instanceof GatewayEndpoint) {
                ElementId targetVpc = Network.vpcIdOf(c.view(), t.id());
                if (targetVpc != null && !targetVpc.equals(vpc)) {
                    problem = Network.describe(t) + " belongs to VPC '" + targetVpc + "'";
                }
            } else if (t instanceof PeeringConnection pcx) {
                if (pcx.peerOf(vpc) == null) {
                    problem = "peering connection '" + pcx.id() + "' connects '" + pcx.requesterVpc() + "' and '" + pcx.accepterVpc() + "', not VPC '" + vpc + "'";
                }
            } else if (t instanceof VpnGateway vgw) {
                Optional<Vpc> attached = c.view().find(vgw.parent(), Vpc.class);
                if (attached.isPresent() && !attached.get().id().equals(vpc)) {
                    problem = "virtual private gateway '" + vgw.id() + "' is attached to VPC '" + attached.get().id() + "'";
                }
            }
            if (problem != null) {
                c.report("Route table '" + table.id() + "' (VPC '" + vpc + "') routes " + r.destinationText() + " to '" + t.id() + "', but "
                                + problem + "; a route can only use targets of its own VPC.",
                        "Route to a component of VPC '" + vpc + "' (a peering connection or transit gateway to reach other VPCs).",
                        table.id(), t.id(), vpc);
            }
        }
    }
}
