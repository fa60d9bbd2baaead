package dev.linkwright.analysis;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.Element;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;

/**
 * One effective route of a VPC route table: stored, implied (local, gateway endpoint) or derived
 * (propagated from a virtual private gateway). A prefix-list route is entered once per block of the
 * list, each entry remembering the list. {@code element} is the target element, resolved once (null
 * when the target is missing: a blackhole).
 */
record RouteEntry(Cidr cidr, ElementId prefixList, ElementId target, Element element, Kind kind, int order) {

    /** Where the route comes from, in the order AWS prefers identical prefixes (R-RT-5, R-RT-6). */
    enum Kind {
        LOCAL("local", 0), STATIC("static", 1), PREFIX_LIST("prefix list", 2), GATEWAY_ENDPOINT("gateway endpoint", 2),
        PROPAGATED("propagated", 3);

        final String label;
        final int rank;

        Kind(String label, int rank) {
            this.label = label;
            this.rank = rank;
        }
    }

    /** The kind of the target element, or null when it is missing. */
    ElementKind targetKind() {
        return element == null ? (kind == Kind.LOCAL ? ElementKind.VPC : null) : element.kind();
    }

    String destinationText() {
        return prefixList != null ? prefixList.value() : cidr.toString();
    }

    /** "10.1.0.0/16 -> pcx-AB (static)" */
    String describe() {
        return destinationText() + " -> " + (kind == Kind.LOCAL ? "local" : target.value()) + " (" + kind.label + ")";
    }
}
