package dev.linkwright.analysis;

import dev.linkwright.model.ElementId;
import java.util.List;

/**
 * Where and why a packet was dropped: the blocking element (a security group, network ACL, route
 * table, gateway, endpoint, ...), the hop it was met at, forward or return path, the reason code
 * (Reachability Analyzer's where one exists, an {@code X_} extension otherwise), an optional detail
 * code, a one-sentence explanation, the rulebook rule and the resulting disposition.
 */
public record BlockedAt(ElementId elementId, ElementId hopId, Direction direction, String code, String detail,
                        String message, String rule, Disposition disposition, List<String> secondaryCodes) {

    public BlockedAt {
        secondaryCodes = secondaryCodes == null ? List.of() : List.copyOf(secondaryCodes);
    }
}
