package dev.linkwright.model;

/**
 * A static route of a transit gateway route table. A null attachment makes it a blackhole route.
 */
public record TgwRoute(Cidr destination, ElementId prefixList, ElementId attachment, RouteOrigin origin) {
    public TgwRoute {
        if ((destination == null) == (prefixList == null)) {
            throw new IllegalArgumentException("a transit gateway route needs exactly one destination (a CIDR block or a prefix list)");
        }
        origin = origin == null ? RouteOrigin.STATIC : origin;
    }

    public static TgwRoute to(Cidr destination, ElementId attachment) {
        return new TgwRoute(destination, null, attachment, RouteOrigin.STATIC);
    }

    public boolean isBlackhole() {
        return attachment == null;
    }
}
