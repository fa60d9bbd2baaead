package dev.linkwright.edit;

import dev.linkwright.model.InternetGateway;
import dev.linkwright.model.Placement;
import dev.linkwright.model.Route;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.TopologyView;
import java.util.Optional;

/** Facts about subnets the editor needs when choosing defaults. */
final class Subnets {

    private Subnets() {
    }

    /** True when the subnet's route table sends something to an internet gateway (R-RT-9). */
    static boolean isPublic(TopologyView t, Subnet subnet) {
        Optional<RouteTable> rt = Placement.routeTableOf(t, subnet);
        if (rt.isEmpty()) {
            return false;
        }
        for (Route r : rt.get().routes()) {
            if (r.target() != null && t.find(r.target(), InternetGateway.class).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
