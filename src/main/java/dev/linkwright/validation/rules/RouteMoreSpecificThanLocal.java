package dev.linkwright.validation.rules;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.Element;
import dev.linkwright.model.Instance;
import dev.linkwright.model.Ipv6Cidr;
import dev.linkwright.model.NatGateway;
import dev.linkwright.model.NetworkInterface;
import dev.linkwright.model.Route;
import dev.linkwright.model.RouteOrigin;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.Vpc;
import dev.linkwright.validation.ElementRule;
import java.util.List;
import java.util.Optional;

/**
 * R-RT-3: a route whose destination is equal to or inside a VPC block (more specific than the local
 * route) is allowed only when the destination is a whole subnet's block (or the whole VPC block)
 * and the target is a NAT gateway or a network interface (middlebox routing). Propagated routes are
 * not checked: they may overlap the local route, which takes precedence (R-RT-4).
 */
public final class RouteMoreSpecificThanLocal extends ElementRule<RouteTable> {

    public RouteMoreSpecificThanLocal() {
        super("E_ROUTE_MORE_SPECIFIC_THAN_LOCAL", "R-RT-3", RouteTable.class,
                "A route's destination is equal to or inside a VPC block (more specific than the local route) but is not a whole subnet's block sent to a NAT gateway or a network interface.",
                "Remove the route, or route exactly a subnet's block to a NAT gateway or network interface (middlebox routing).");
    }

    @Override
    protected void check(RouteTable table, Check c) {
        Optional<Vpc> found = Network.vpcOf(c.view(), table.id());
        if (found.isEmpty()) {
            return;
        }
        Vpc vpc = found.get();
        List<Subnet> subnets = null;
        for (Route r : table.routes()) {
            if (r.origin() == RouteOrigin.PROPAGATED) {
                continue; // propagated routes may overlap the local route, which wins anyway (R-RT-4)
            }
            boolean inside;
            boolean whole;
            if (r.destination() != null) {
                Cidr d = r.destination().canonical();
                Cidr block = vpc.cidrBlocks().stream().filter(b -> b.contains(d)).findFirst().orElse(null);
                if (block == null) {
                    continue;
                }
                if (subnets == null) {
                    subnets = Network.subnetsOf(c.view(), vpc.id());
                }
                inside = true;
                whole = block.canonical().equals(d) || subnets.stream().anyMatch(s -> s.cidr() != null && s.cidr().canonical().equals(d));
            } else if (r.ipv6Destination() != null) {
                Ipv6Cidr d = r.ipv6Destination();
                Ipv6Cidr block = vpc.ipv6CidrBlocks().stream().filter(b -> b.contains(d)).findFirst().orElse(null);
                if (block == null) {
                    continue;
                }
                if (subnets == null) {
                    subnets = Network.subnetsOf(c.view(), vpc.id());
                }
                inside = true;
                whole = block.equals(d) || subnets.stream().anyMatch(s -> d.equals(s.ipv6Cidr()));
            } else {
                continue;
            }
            Optional<Element> target = r.target() == null ? Optional.empty() : c.view().find(r.target());
            boolean middlebox = target.isEmpty() || target.get() instanceof NatGateway || target.get() instanceof NetworkInterface
                    || target.get() instanceof Instance;
            if (inside && !(whole && middlebox)) {
                String why = !whole ? "it is not the block of a subnet of the VPC"
                        : "its target " + Network.describe(target.get()) + " is not a NAT gateway or a network interface";
                c.report("Route table '" + table.id() + "' routes " + r.destinationText() + " to '" + r.target() + "', inside VPC '" + vpc.id()
                                + "' and so more specific than (or equal to) the local route; AWS refuses it because " + why + ".",
                        "Remove the route: traffic to " + r.destinationText() + " stays in the VPC by the local route. For middlebox routing, route exactly a subnet's block to a NAT gateway or network interface.",
                        table.id(), r.target(), vpc.id());
            }
        }
    }
}
