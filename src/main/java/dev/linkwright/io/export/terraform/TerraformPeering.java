package dev.linkwright.io.export.terraform;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkwright.io.export.AwsLocation;
import dev.linkwright.io.export.terraform.TerraformConfig.Block;
import dev.linkwright.model.Element;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.PeeringState;
import java.util.Optional;

/**
 * VPC peering as Terraform: the connection, requested from the requester VPC's account and Region,
 * and, when the accepter VPC is in another account or Region, the accepter in that provider.
 */
final class TerraformPeering {

    private final TerraformContext ctx;

    TerraformPeering(TerraformContext ctx) {
        this.ctx = ctx;
    }

    void peering(PeeringConnection pcx) {
        Element requester = ctx.topology.get(pcx.requesterVpc());
        Element accepter = ctx.topology.get(pcx.accepterVpc());
        AwsLocation from = AwsLocation.of(ctx.topology, requester).orElseThrow();
        AwsLocation to = AwsLocation.of(ctx.topology, accepter).orElseThrow();
        Block b = ctx.resourceVia("aws_vpc_peering_connection", pcx, requester);
        ObjectNode body = b.body();
        body.put("vpc_id", ctx.ref(requester.id(), "id"));
        body.put("peer_vpc_id", ctx.ref(accepter.id(), "id"));
        boolean sameAccount = from.accountId().equals(to.accountId());
        boolean sameRegion = from.region().equals(to.region());
        if (!sameAccount) {
            body.put("peer_owner_id", to.accountId());
        }
        if (!sameRegion) {
            body.put("peer_region", to.region());
        }
        boolean accepted = pcx.state() == PeeringState.ACTIVE;
        if (sameAccount && sameRegion) {
            body.put("auto_accept", accepted);
        } else if (accepted) {
            Block a = ctx.partVia("aws_vpc_peering_connection_accepter", pcx, "accepter", pcx.label() + " (accepter)", accepter);
            a.body().put("vpc_peering_connection_id", b.ref("id"));
            a.body().put("auto_accept", true);
        }
        if (!accepted) {
            ctx.summary.notExported(pcx.id(), "acceptance", "the connection is " + pcx.state().wire() + ", so it is requested but not accepted");
        }
    }

    /** The accepter resource of a peering connection the export creates, or null when it has none. */
    static Optional<String> accepterAddress(TerraformContext ctx, PeeringConnection pcx) {
        if (!ctx.creates(pcx) || pcx.state() != PeeringState.ACTIVE) {
            return Optional.empty();
        }
        AwsLocation from = AwsLocation.of(ctx.topology, ctx.topology.get(pcx.requesterVpc())).orElseThrow();
        AwsLocation to = AwsLocation.of(ctx.topology, ctx.topology.get(pcx.accepterVpc())).orElseThrow();
        if (from.equals(to)) {
            return Optional.empty();
        }
        return Optional.of("aws_vpc_peering_connection_accepter." + ctx.config.name("aws_vpc_peering_connection_accepter",
                pcx.id().value() + "-accepter"));
    }
}
