package dev.linkwright.analysis;

import dev.linkwright.model.AvailabilityZone;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Subnet;
import org.junit.jupiter.api.Test;

/** Rulebook §1: VPCs, subnets, addresses and Availability Zones (names versus ids). */
class ReachAddressingTest {

    @Test
    void availabilityZonesAreComparedByIdNotName() {
        // the consumer's us-east-1a and the provider's us-east-1c are both use1-az1
        Expect.reachable(Net.scenario("S01").reach("i-c1", "vpce-c1", 443), "eni-vpce-c1", "vpce-c1", "nlb-p1", "i-p1");
    }

    @Test
    void endpointSubnetInAnAzTheServiceDoesNotOfferIsBlocked() {
        Net n = Net.scenario("S01").put(new AvailabilityZone(ElementId.of("VPC-C/us-east-1b"), "", ElementId.of("VPC-C"), "us-east-1b",
                "use1-az2"));
        n.edit("c-vpce", Subnet.class, s -> new Subnet(s.id(), s.name(), ElementId.of("VPC-C/us-east-1b"), s.cidr(), s.ipv6Cidr(),
                s.routeTable(), s.networkAcl()));
        Expect.blocked(n.reach("i-c1", "vpce-c1", 443), "vpce-c1", "VPCE_SERVICE_NOT_INSTALLED_IN_AZ");
    }

    @Test
    void missingAzIdsDoNotBlockByThemselves() {
        Net n = Net.scenario("S01");
        for (dev.linkwright.model.Element e : n.elements()) {
            if (e instanceof AvailabilityZone az) {
                n.put(new AvailabilityZone(az.id(), az.name(), az.parent(), az.zoneName(), null));
            } else if (e instanceof dev.linkwright.model.Account a) {
                n.put(new dev.linkwright.model.Account(a.id(), a.name(), java.util.Map.of()));
            }
        }
        Expect.reachable(n.reach("i-c1", "vpce-c1", 443), "vpce-c1", "nlb-p1", "i-p1");
    }

    @Test
    void overlappingAddressSpacesNeverMeetThroughPrivateLink() {
        Expect.reachable(Net.scenario("S13").reach("i-c1", "vpce-c1", 443), "i-c1", "vpce-c1", "nlb-p1", "i-p1");
    }

    @Test
    void anAddressIsResolvedInTheSourcesVpcFirst() {
        // 10.0.10.50 is the consumer's endpoint interface; the provider VPC has the same range
        Expect.reachable(Net.scenario("S13").reach("i-c1", "10.0.10.50", 443), "eni-vpce-c1", "vpce-c1", "i-p1");
    }

    @Test
    void anotherVpcsAddressInsideTheOwnRangeStaysLocal() {
        // 10.0.10.5 is the provider's NLB node, but for the consumer it is inside its own VPC range
        Expect.blocked(Net.scenario("S13").reach("i-c1", "10.0.10.5", 443), "rtb-c-app", "NO_ROUTE_TO_DESTINATION");
    }
}
