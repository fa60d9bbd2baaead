package dev.linkwright.analysis;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import java.util.List;

/**
 * A piece of a forward path, kept so the reply can be traced back: a routed {@link Leg} between two
 * positions, or a {@link Relay} through a component that rewrites the packet (NAT gateway, load
 * balancer, PrivateLink), whose reply side is a fixed list of hops.
 */
sealed interface Segment permits Segment.Leg, Segment.Relay {

    /**
     * A routed leg: the packet {@code sent} from {@code start} arrived at {@code end} as
     * {@code arrived}; replies go to {@code replyTo} when set, else to the arrived packet's source.
     */
    record Leg(Position start, Flow sent, Position end, Flow arrived, dev.linkwright.model.Ipv4Address replyTo) implements Segment {
    }

    /** The hops a reply passes back through a rewriting component, with what each does. */
    record Relay(List<ReplyHop> hops) implements Segment {
    }

    /** One hop of a relay's reply side. */
    record ReplyHop(ElementId id, ElementKind kind, StepAction action, String note) {
    }
}
