package dev.linkwright.analysis;

import dev.linkwright.model.AttachmentType;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.TransitGateway;
import java.util.ArrayList;
import java.util.List;

/**
 * A transit gateway with all its attachments, including the ones AWS creates implicitly for a VPN
 * connection or Direct Connect gateway association that the design does not list (their id is
 * {@code <tgw-id>:<resource-id>}).
 */
final class TgwFacts {

    final TransitGateway tgw;
    final String region;
    final List<TgwAttachment> attachments = new ArrayList<>();

    TgwFacts(TransitGateway tgw, String region) {
        this.tgw = tgw;
        this.region = region;
    }

    ElementId id() {
        return tgw.id();
    }

    /** The attachment of {@code type} for {@code resource}, or null. */
    TgwAttachment attachmentFor(AttachmentType type, ElementId resource) {
        for (TgwAttachment a : attachments) {
            if (a.type() == type && a.resource().equals(resource)) {
                return a;
            }
        }
        return null;
    }

    /** The route table packets arriving on {@code a} are looked up in (R-TGW-3), or null. */
    ElementId associationOf(TgwAttachment a) {
        if (a.association() != null) {
            return a.association();
        }
        return tgw.defaultAssociation() ? tgw.associationDefaultRouteTable() : null;
    }

    /** The route tables {@code a} propagates into (R-TGW-3). */
    List<ElementId> propagationsOf(TgwAttachment a) {
        if (a.propagations() != null) {
            return a.propagations();
        }
        if (tgw.defaultPropagation() && tgw.propagationDefaultRouteTable() != null) {
            return List.of(tgw.propagationDefaultRouteTable());
        }
        return List.of();
    }
}
