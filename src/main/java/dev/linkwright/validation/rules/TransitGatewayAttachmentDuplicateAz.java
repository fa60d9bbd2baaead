package dev.linkwright.validation.rules;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.validation.ElementRule;
import java.util.HashMap;
import java.util.Map;

/** R-TGW-2: a VPC attachment has at most one subnet per Availability Zone. */
public final class TransitGatewayAttachmentDuplicateAz extends ElementRule<TgwAttachment> {

    public TransitGatewayAttachmentDuplicateAz() {
        super("E_TGW_ATTACHMENT_DUPLICATE_AZ", "R-TGW-2", TgwAttachment.class,
                "A transit gateway VPC attachment uses two subnets in the same Availability Zone; an attachment has at most one subnet per AZ.",
                "Keep one attachment subnet per AZ (a small dedicated /28 in each AZ is usual).");
    }

    @Override
    protected void check(TgwAttachment att, Check c) {
        Map<String, ElementId> seen = new HashMap<>();
        for (ElementId s : att.subnets()) {
            String zone = Network.zoneKey(c.view(), s);
            if (zone == null) {
                continue;
            }
            ElementId first = seen.putIfAbsent(zone, s);
            if (first != null && !first.equals(s)) {
                c.report("Transit gateway attachment '" + att.id() + "' uses subnets '" + first + "' and '" + s + "', both in " + Network.zoneText(zone)
                                + "; an attachment takes at most one subnet per AZ.",
                        "Remove '" + s + "' from the attachment.", att.id(), s, first);
            }
        }
    }
}
