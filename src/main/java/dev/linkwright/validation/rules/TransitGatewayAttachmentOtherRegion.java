package dev.linkwright.validation.rules;

import dev.linkwright.model.AttachmentType;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.validation.ElementRule;

/** R-TGW-1: a transit gateway is Regional; its VPC and VPN attachments are in its Region. */
public final class TransitGatewayAttachmentOtherRegion extends ElementRule<TgwAttachment> {

    public TransitGatewayAttachmentOtherRegion() {
        super("E_TGW_ATTACHMENT_CROSS_REGION", "R-TGW-1", TgwAttachment.class,
                "A transit gateway attachment connects a VPC or VPN connection in another Region; a transit gateway only attaches resources of its own Region (use transit gateway peering between Regions).",
                "Attach the VPC to a transit gateway in its own Region and peer the transit gateways.");
    }

    @Override
    protected void check(TgwAttachment att, Check c) {
        if (att.type() != AttachmentType.VPC && att.type() != AttachmentType.VPN) {
            return;
        }
        String tgwRegion = Network.regionOf(c.view(), att.parent());
        String resourceRegion = c.view().contains(att.resource()) ? Network.regionOf(c.view(), att.resource()) : null;
        if (tgwRegion != null && resourceRegion != null && !tgwRegion.equals(resourceRegion)) {
            c.report("Transit gateway attachment '" + att.id() + "' attaches '" + att.resource() + "' (" + resourceRegion + ") to transit gateway '"
                            + att.parent() + "' (" + tgwRegion + "); a transit gateway only attaches resources in its own Region.",
                    "Attach '" + att.resource() + "' to a transit gateway in " + resourceRegion + " and connect the two transit gateways with a peering attachment.",
                    att.id(), att.resource(), att.parent());
        }
    }
}
