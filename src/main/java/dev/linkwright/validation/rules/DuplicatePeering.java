package dev.linkwright.validation.rules;

import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.PeeringState;
import dev.linkwright.validation.ElementRule;
import java.util.Set;

/** R-PCX-3: at most one (live) peering connection between the same two VPCs. */
public final class DuplicatePeering extends ElementRule<PeeringConnection> {

    private static final Set<PeeringState> LIVE = Set.of(PeeringState.INITIATING_REQUEST, PeeringState.PENDING_ACCEPTANCE,
            PeeringState.PROVISIONING, PeeringState.ACTIVE);

    public DuplicatePeering() {
        super("E_PEERING_DUPLICATE", "R-PCX-3", PeeringConnection.class,
                "Two VPC peering connections join the same pair of VPCs; AWS allows only one between two VPCs.",
                "Keep one peering connection per pair of VPCs and route over it.");
    }

    @Override
    protected void check(PeeringConnection pcx, Check c) {
        if (!LIVE.contains(pcx.state())) {
            return;
        }
        long mine = c.view().order(pcx.id());
        for (PeeringConnection other : Network.referrersOf(c.view(), pcx.requesterVpc(), PeeringConnection.class)) {
            if (other.id().equals(pcx.id()) || !LIVE.contains(other.state()) || c.view().order(other.id()) > mine) {
                continue;
            }
            boolean samePair = pcx.requesterVpc().equals(other.peerOf(pcx.accepterVpc())) && pcx.accepterVpc().equals(other.peerOf(pcx.requesterVpc()));
            if (samePair) {
                c.report("Peering connections '" + other.id() + "' and '" + pcx.id() + "' both join VPCs '" + pcx.requesterVpc() + "' and '"
                                + pcx.accepterVpc() + "'; only one peering connection can exist between two VPCs.",
                        "Remove '" + pcx.id() + "' and route over '" + other.id() + "'.",
                        pcx.id(), other.id(), pcx.requesterVpc(), pcx.accepterVpc());
            }
        }
    }
}
