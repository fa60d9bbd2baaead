package dev.linkwright.analysis;

/** Where a routed leg delivered the packet, and the packet as it arrived. */
record Arrival(Position position, Flow flow) {
}
