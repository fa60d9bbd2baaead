package dev.linkwright.validation.rules;

import dev.linkwright.model.AttachmentType;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.Vpc;
import dev.linkwright.validation.ElementRule;
import java.util.Optional;

/**
 * R-TGW-6: a transit gateway does not route between VPCs with identical (current pages: or
 * overlapping) CIDRs; the later attachment's routes are not propagated. Reported on the later
 * attachment (document order is creation order).
 */
public final class TransitGatewayDuplicateCidr extends ElementRule<TgwAttachment> {

    public TransitGatewayDuplicateCidr() {
        super("W_TGW_DUPLICATE_CIDR_NOT_PROPAGATED", "R-TGW-6", TgwAttachment.class,
                "A VPC attached to a transit gateway has a CIDR block identical to (or overlapping) a VPC attached earlier; the transit gateway does not propagate the later VPC's routes.",
                "Re-address one of the VPCs, or add static transit gateway routes for the exact prefixes you need (the ranges still cannot both be reached).");
    }

    @Override
    protected void check(TgwAttachment att, Check c) {
        if (att.type() != AttachmentType.VPC) {
            return;
        }
        Optional<Vpc> vpc = c.view().find(att.resource(), Vpc.class);
        if (vpc.isEmpty()) {
            return;
        }
        long mine = c.view().order(att.id());
        for (TgwAttachment other : Network.childrenOf(c.view(), att.parent(), TgwAttachment.class)) {
            if (other.id().equals(att.id()) || other.type() != AttachmentType.VPC || c.view().order(other.id()) > mine
                    || other.resource().equals(att.resource())) {
                continue;
            }
            Optional<Vpc> otherVpc = c.view().find(other.resource(), Vpc.class);
            if (otherVpc.isEmpty()) {
                continue;
            }
            Cidr[] overlap = Network.firstOverlap(vpc.get().cidrBlocks(), otherVpc.get().cidrBlocks());
            if (overlap != null) {
                boolean identical = overlap[0].canonical().equals(overlap[1].canonical());
                c.report("VPC '" + vpc.get().id() + "' (" + overlap[0] + "), attached to transit gateway '" + att.parent() + "' by '" + att.id() + "', has a block "
                                + (identical ? "identical to" : "overlapping") + " VPC '" + otherVpc.get().id() + "' (" + overlap[1] + "), attached earlier by '"
                                + other.id() + "': the transit gateway does not propagate '" + att.id() + "''s routes, so traffic for " + overlap[0] + " keeps going to '"
                                + otherVpc.get().id() + "'.",
                        "Re-address VPC '" + vpc.get().id() + "' so that the attached VPCs do not overlap.",
                        att.id(), vpc.get().id(), other.id(), otherVpc.get().id());
                return;
            }
        }
    }
}
