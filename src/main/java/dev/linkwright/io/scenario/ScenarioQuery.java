package dev.linkwright.io.scenario;

import dev.linkwright.model.Protocol;
import dev.linkwright.model.RulesProfile;

/**
 * The question a reachability scenario asks: from {@code sourceRef} to {@code destinationRef} (the
 * refs the scenario gives for the command line: an element id, an IPv4 address, a DNS name or
 * {@code internet}) on a protocol and port, under a rules profile.
 */
public record ScenarioQuery(String sourceRef, String destinationRef, Protocol protocol, Integer destinationPort,
                            int sourcePort, RulesProfile profile, String sourceIp) {
}
