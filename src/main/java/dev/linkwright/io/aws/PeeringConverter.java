package dev.linkwright.io.aws;

import dev.linkwright.model.Cidr;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.PeeringState;
import dev.linkwright.model.Placement;
import dev.linkwright.model.Region;
import dev.linkwright.model.Vpc;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts VPC peering connections, in every state (only {@code active} ones carry traffic; the
 * analysis decides). A peering to a VPC that is not in the snapshot keeps both ends: that VPC is
 * created from the peering's own description of it (account, Region, CIDR blocks) and named
 * "(not in snapshot)". A peering whose far VPC is not described well enough for that (no CIDR
 * block, typically a deleted one) is skipped with the reason.
 */
final class PeeringConverter {

    static final String NOT_IN_SNAPSHOT = "(not in snapshot)";

    private final ImportContext ctx;

    PeeringConverter(ImportContext ctx) {
        this.ctx = ctx;
    }

    void convert() {
        ctx.eachDistinct(AwsKind.PEERING_CONNECTIONS, "VpcPeeringConnectionId", p -> {
            ElementId id = p.id("VpcPeeringConnectionId");
            AwsNode requester = p.child("RequesterVpcInfo");
            AwsNode accepter = p.child("AccepterVpcInfo");
            if (requester == null || accepter == null) {
                throw p.problem("a peering connection needs 'RequesterVpcInfo' and 'AccepterVpcInfo'");
            }
            AwsNode status = p.child("Status");
            PeeringState state = state(p, status == null ? null : status.optText("Code"));
            if (blocks(requester).isEmpty() && !ctx.has(requester.id("VpcId"), Vpc.class)
                    || blocks(accepter).isEmpty() && !ctx.has(accepter.id("VpcId"), Vpc.class)) {
                ctx.report.skipped(AwsKind.PEERING_CONNECTIONS, "a VPC at one end is neither in the snapshot nor described "
                        + "with its CIDR blocks", id.value());
                return;
            }
            ElementId requesterVpc = end(p, requester, accepter, id);
            ElementId accepterVpc = end(p, accepter, requester, id);
            ElementId region = Placement.regionOf(ctx.topology, requesterVpc).map(Region::id).orElseThrow();
            ctx.put(new PeeringConnection(id, p.nameTag(), region, requesterVpc, accepterVpc, state));
            ctx.report.imported(AwsKind.PEERING_CONNECTIONS);
        });
    }

    private static PeeringState state(AwsNode p, String code) {
        try {
            return code == null ? null : PeeringState.parse(code);
        } catch (IllegalArgumentException e) {
            throw p.problem("Status", e.getMessage());
        }
    }

    /** The VPC at one end: the snapshot's, else one made from the peering's description. */
    private ElementId end(AwsNode peering, AwsNode info, AwsNode other, ElementId peeringId) {
        ElementId vpc = info.id("VpcId");
        if (ctx.has(vpc, Vpc.class)) {
            return vpc;
        }
        List<Cidr> blocks = blocks(info);
        String regionCode = info.optText("Region");
        if (regionCode == null) {
            regionCode = other.optText("Region");
        }
        if (regionCode == null) {
            regionCode = peering.file().region();
        }
        String account = ctx.accounts.number(info.optText("OwnerId"));
        if (account == null) {
            account = ctx.accounts.defaultAccount(peering.file().folder());
        }
        ctx.put(new Vpc(vpc, NOT_IN_SNAPSHOT, ctx.accounts.region(account, regionCode), blocks, List.of(), true, true));
        ctx.report.note("VPCs at the far end of peering connections were created from the peering's description and named "
                + "\"" + NOT_IN_SNAPSHOT + "\"", vpc + " (" + peeringId + ")");
        return vpc;
    }

    /** The IPv4 blocks a peering's description of one VPC names. */
    private static List<Cidr> blocks(AwsNode info) {
        List<Cidr> blocks = new ArrayList<>();
        Cidr primary = info.optCidr("CidrBlock");
        if (primary != null) {
            blocks.add(primary);
        }
        for (AwsNode b : info.items("CidrBlockSet")) {
            Cidr c = b.optCidr("CidrBlock");
            if (c != null && !blocks.contains(c)) {
                blocks.add(c);
            }
        }
        return blocks;
    }
}
