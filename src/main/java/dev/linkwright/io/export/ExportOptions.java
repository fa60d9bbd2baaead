package dev.linkwright.io.export;

import dev.linkwright.model.ElementId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How to export: the scope (whole design or a selection), diagram overlays and picture settings.
 * Immutable; start from {@link #defaults()} and change what you need.
 *
 * <pre>{@code
 * ExportOptions o = ExportOptions.defaults()
 *         .withScope(Set.of(ElementId.of("vpc-a")))
 *         .withFlowPath(List.of(ElementId.of("instance-a"), ElementId.of("vpce-a")))
 *         .withScale(2).withTransparent(true);
 * }</pre>
 *
 * @param scope       the selected element ids; empty means the whole design. A selected container
 *                    takes everything inside it along.
 * @param flowPath    a flow's path as hop element ids, drawn over the diagram; empty for none
 * @param badges      validation badges: element id to severity
 * @param scale       PNG pixels per diagram unit (1 to 8)
 * @param transparent PNG background: transparent instead of white
 * @param legend      whether diagrams carry a legend of the connection styles
 * @param stackPrefix CloudFormation stack names start with this; null to take the output file's name
 */
public record ExportOptions(Set<ElementId> scope, List<ElementId> flowPath, Map<ElementId, BadgeSeverity> badges,
                            double scale, boolean transparent, boolean legend, String stackPrefix) {

    /** Largest PNG scale accepted. */
    public static final double MAX_SCALE = 8;

    public ExportOptions {
        scope = scope == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(scope));
        flowPath = flowPath == null ? List.of() : List.copyOf(flowPath);
        badges = badges == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(badges));
        if (!(scale > 0) || scale > MAX_SCALE) {
            throw new IllegalArgumentException("the scale must be above 0 and at most " + (int) MAX_SCALE + ", not " + scale);
        }
        stackPrefix = stackPrefix == null || stackPrefix.isBlank() ? null : stackPrefix.trim();
    }

    /** The whole design, no overlays, scale 1, white background, with a legend. */
    public static ExportOptions defaults() {
        return new ExportOptions(Set.of(), List.of(), Map.of(), 1, false, true, null);
    }

    /** True when only a selection is exported. */
    public boolean hasScope() {
        return !scope.isEmpty();
    }

    public ExportOptions withScope(Set<ElementId> ids) {
        return new ExportOptions(ids, flowPath, badges, scale, transparent, legend, stackPrefix);
    }

    public ExportOptions withFlowPath(List<ElementId> hops) {
        return new ExportOptions(scope, hops, badges, scale, transparent, legend, stackPrefix);
    }

    public ExportOptions withBadges(Map<ElementId, BadgeSeverity> severities) {
        return new ExportOptions(scope, flowPath, severities, scale, transparent, legend, stackPrefix);
    }

    public ExportOptions withScale(double pixelsPerUnit) {
        return new ExportOptions(scope, flowPath, badges, pixelsPerUnit, transparent, legend, stackPrefix);
    }

    public ExportOptions withTransparent(boolean transparentBackground) {
        return new ExportOptions(scope, flowPath, badges, scale, transparentBackground, legend, stackPrefix);
    }

    public ExportOptions withLegend(boolean drawLegend) {
        return new ExportOptions(scope, flowPath, badges, scale, transparent, drawLegend, stackPrefix);
    }

    public ExportOptions withStackPrefix(String prefix) {
        return new ExportOptions(scope, flowPath, badges, scale, transparent, legend, prefix);
    }
}
