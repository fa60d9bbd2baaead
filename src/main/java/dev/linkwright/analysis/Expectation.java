package dev.linkwright.analysis;

import dev.linkwright.model.Ipv4Address;

/**
 * Where a leg is meant to end: a given interface, on-premises network, the internet or an AWS
 * service; {@code position} null means "whoever owns the address" (an address query whose owner is
 * not unique, such as overlapping VPCs reached by routing).
 */
record Expectation(Position position, Ipv4Address address) {

    boolean matches(Position arrived) {
        if (position == null) {
            return true;
        }
        if (position instanceof Position.AtIface e) {
            return arrived instanceof Position.AtIface a && a.iface() == e.iface();
        }
        if (position instanceof Position.AtOnPrem e) {
            return arrived instanceof Position.AtOnPrem a && a.network() == e.network();
        }
        if (position instanceof Position.AtInternet) {
            return arrived instanceof Position.AtInternet;
        }
        return arrived instanceof Position.AtService;
    }
}
