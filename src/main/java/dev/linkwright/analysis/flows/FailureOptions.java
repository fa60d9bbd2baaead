package dev.linkwright.analysis.flows;

import dev.linkwright.model.AvailabilityZone;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Placement;
import dev.linkwright.model.Target;
import dev.linkwright.model.TargetGroup;
import dev.linkwright.model.TopologyView;
import dev.linkwright.model.VpnConnection;
import java.util.ArrayList;
import java.util.List;

/**
 * What can be failed in a what-if for one element, with a label for a menu: an Availability Zone (its
 * physical zone), a VPN connection or one of its tunnels, a Direct Connect connection or virtual
 * interface, a NAT gateway, a load balancer or one of its targets, a peering, a transit gateway
 * attachment, an endpoint, a gateway, an instance.
 *
 * <pre>{@code
 * for (FailureOptions.Option o : FailureOptions.of(view, id)) menu.add(o.label(), () -> whatIf.fail(o.failure()));
 * }</pre>
 */
public final class FailureOptions {

    /** One failure offered for an element. */
    public record Option(Failure failure, String label) {
    }

    private FailureOptions() {
    }

    /** The failures offered for {@code id}; empty when it has nothing that can go down. */
    public static List<Option> of(TopologyView view, ElementId id) {
        Element e = view.find(id).orElse(null);
        if (e == null) {
            return List.of();
        }
        List<Option> out = new ArrayList<>();
        if (e instanceof AvailabilityZone az) {
            String zoneId = Placement.zoneIdOf(view, az.id());
            out.add(new Option(Failure.of(az.id()), zoneId != null
                    ? "Fail AZ " + zoneId + " (every VPC of " + Placement.regionCodeOf(view, az.id()) + " that uses it)"
                    : "Fail Availability Zone " + az.label()));
            return out;
        }
        if (WhatIfView.down(e, WhatIfView.DOWN) != null) {
            out.add(new Option(Failure.of(e.id()), "Fail " + e.kind().label() + " " + e.label()));
        }
        if (e instanceof VpnConnection vpn) {
            for (int i = 1; i <= vpn.tunnels().size(); i++) {
                out.add(new Option(Failure.tunnel(vpn.id(), i), "Fail tunnel " + i + " of " + vpn.label()));
            }
        }
        if (e instanceof TargetGroup tg) {
            for (Target t : tg.targets()) {
                String key = t.instance() != null ? t.instance().value() : t.ip() == null ? null : t.ip().toString();
                if (key != null) {
                    out.add(new Option(Failure.target(tg.id(), key), "Fail target " + key + " of " + tg.label()));
                }
            }
        }
        return out;
    }

    /** True when {@code id} has something to fail. */
    public static boolean canFail(TopologyView view, ElementId id) {
        return !of(view, id).isEmpty();
    }
}
