package dev.linkwright.analysis;

import java.util.List;

/**
 * The outcome of a VPC route lookup: the winning route (null when none matches), routes it beat
 * (for the explanation and informational codes), and whether the VPC's local route overrode a more
 * specific propagated route (R-RT-4).
 */
record RouteChoice(RouteEntry route, List<RouteEntry> moreGeneral, List<RouteEntry> lowerPriority,
                   RouteEntry overriddenByLocal) {
}
