package dev.linkwright.validation.rules;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.Ipv6Cidr;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.PeeringState;
import dev.linkwright.model.Vpc;
import dev.linkwright.validation.ElementRule;
import java.util.Optional;

/**
 * R-PCX-2: a peering connection cannot join VPCs with matching or overlapping IPv4 or IPv6 blocks;
 * with several blocks any overlap forbids it, secondary blocks included (the request goes to failed).
 */
public final class PeeringCidrOverlap extends ElementRule<PeeringConnection> {

    public PeeringCidrOverlap() {
        super("E_PEERING_CIDR_OVERLAP", "R-PCX-2", PeeringConnection.class,
                "A VPC peering connection joins two VPCs whose CIDR blocks (primary or secondary, IPv4 or IPv6) match or overlap; AWS fails the request.",
                "Re-address one VPC (or remove the overlapping secondary block) so that no block of one VPC overlaps a block of the other; or connect them with PrivateLink, which tolerates overlap.");
    }

    @Override
    protected void check(PeeringConnection pcx, Check c) {
        if (pcx.state() == PeeringState.DELETED || pcx.state() == PeeringState.DELETING) {
            return;
        }
        Optional<Vpc> a = c.view().find(pcx.requesterVpc(), Vpc.class);
        Optional<Vpc> b = c.view().find(pcx.accepterVpc(), Vpc.class);
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        if (a.get().id().equals(b.get().id())) {
            c.report("Peering connection '" + pcx.id() + "' connects VPC '" + a.get().id() + "' with itself; a VPC cannot peer with itself.",
                    "Choose two different VPCs.", pcx.id(), a.get().id());
            return;
        }
        Cidr[] overlap = Network.firstOverlap(a.get().cidrBlocks(), b.get().cidrBlocks());
        if (overlap != null) {
            c.report("Peering connection '" + pcx.id() + "' joins VPC '" + a.get().id() + "' (" + overlap[0] + ") and VPC '" + b.get().id() + "' ("
                            + overlap[1] + "), whose blocks overlap on " + Network.overlapOf(overlap[0], overlap[1])
                            + "; AWS refuses peering between overlapping VPCs, even when other blocks do not overlap (the request goes to failed).",
                    "Re-address one of the VPCs (or remove the overlapping secondary block), or use PrivateLink, which tolerates overlapping addresses.",
                    pcx.id(), a.get().id(), b.get().id());
            return;
        }
        for (Ipv6Cidr x : a.get().ipv6CidrBlocks()) {
            for (Ipv6Cidr y : b.get().ipv6CidrBlocks()) {
                if (x.overlaps(y)) {
                    c.report("Peering connection '" + pcx.id() + "' joins VPCs '" + a.get().id() + "' and '" + b.get().id()
                                    + "', whose IPv6 blocks overlap (" + x + " / " + y + "); AWS refuses the peering.",
                            "Give one of the VPCs another IPv6 block.", pcx.id(), a.get().id(), b.get().id());
                    return;
                }
            }
        }
    }
}
