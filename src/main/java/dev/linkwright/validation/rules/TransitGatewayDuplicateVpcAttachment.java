package dev.linkwright.validation.rules;

import dev.linkwright.model.AttachmentType;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.validation.ElementRule;

/** R-TGW-2: a VPC has at most one attachment to a given transit gateway. */
public final class TransitGatewayDuplicateVpcAttachment extends ElementRule<TgwAttachment> {

    public TransitGatewayDuplicateVpcAttachment() {
        super("E_TGW_DUPLICATE_VPC_ATTACHMENT", "R-TGW-2", TgwAttachment.class,
                "A VPC is attached twice to the same transit gateway; AWS allows one attachment per VPC and transit gateway.",
                "Keep one attachment and give it one subnet in every AZ you need.");
    }

    @Override
    protected void check(TgwAttachment att, Check c) {
        if (att.type() != AttachmentType.VPC) {
            return;
        }
        long mine = c.view().order(att.id());
        for (TgwAttachment other : Network.referrersOf(c.view(), att.resource(), TgwAttachment.class)) {
            if (!other.id().equals(att.id()) && other.type() == AttachmentType.VPC && other.parent().equals(att.parent())
                    && att.resource().equals(other.resource()) && c.view().order(other.id()) < mine) {
                c.report("VPC '" + att.resource() + "' is attached to transit gateway '" + att.parent() + "' twice ('" + other.id() + "' and '" + att.id() + "').",
                        "Remove '" + att.id() + "' and move its subnets to '" + other.id() + "' (one per AZ).", att.id(), other.id(), att.resource());
            }
        }
    }
}
