package dev.linkwright.validation.rules;

import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.validation.ElementRule;
import java.util.Optional;

/**
 * R-TGW-3: an attachment is associated with exactly one transit gateway route table; with default
 * association off and none given, traffic arriving on it has no table to look up.
 */
public final class TransitGatewayAttachmentNotAssociated extends ElementRule<TgwAttachment> {

    public TransitGatewayAttachmentNotAssociated() {
        super("W_TGW_ATTACHMENT_NOT_ASSOCIATED", "R-TGW-3", TgwAttachment.class,
                "A transit gateway attachment is associated with no route table (default association is off), so traffic arriving on it is dropped (TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION).",
                "Associate the attachment with a transit gateway route table.");
    }

    @Override
    protected void check(TgwAttachment att, Check c) {
        if (att.association() != null) {
            return;
        }
        Optional<TransitGateway> tgw = c.view().find(att.parent(), TransitGateway.class);
        if (tgw.isPresent() && !tgw.get().defaultAssociation()) {
            c.report("Transit gateway attachment '" + att.id() + "' is associated with no route table and transit gateway '" + tgw.get().id()
                            + "' has default association off: traffic arriving on the attachment has no routes.",
                    "Associate '" + att.id() + "' with a route table of '" + tgw.get().id() + "'.", att.id(), tgw.get().id());
        }
    }
}
