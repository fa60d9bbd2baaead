package dev.linkwright.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A target group: protocol, port and registered targets. {@code crossZone} and
 * {@code preserveClientIp} are null when the group uses the load balancer's setting or the AWS
 * default (R-NLB-3).
 */
public record TargetGroup(ElementId id, String name, ElementId parent, TargetType targetType,
                          ListenerProtocol protocol, int port, Boolean crossZone, Boolean preserveClientIp,
                          List<Target> targets) implements Element {

    public TargetGroup {
        name = Lists.text(name);
        targetType = targetType == null ? TargetType.INSTANCE : targetType;
        protocol = protocol == null ? ListenerProtocol.TCP : protocol;
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("target group port " + port + " is outside 1-65535");
        }
        targets = Lists.copy(targets);
    }

    @Override
    public ElementKind kind() {
        return ElementKind.TARGET_GROUP;
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        for (Target t : targets) {
            if (t.instance() != null) {
                refs.add(Reference.to("target", t.instance()));
            }
        }
        return refs;
    }

    /** Whether targets see the client's address, by the AWS defaults when not set (R-NLB-3). */
    public boolean effectivePreserveClientIp() {
        if (preserveClientIp != null) {
            return preserveClientIp;
        }
        if (targetType == TargetType.INSTANCE) {
            return true;
        }
        return protocol == ListenerProtocol.UDP || protocol == ListenerProtocol.TCP_UDP
                || protocol == ListenerProtocol.QUIC || protocol == ListenerProtocol.TCP_QUIC;
    }
}
