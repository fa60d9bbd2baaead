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
    private final java.util.Map<String, TgwAttachment> byResource = new java.util.HashMap<>();

    TgwFacts(TransitGateway tgw, String region) {
        this.tgw = tgw;
        this.region = region;
    }

    ElementId id() {
        return tgw.id();
    }

    void add(TgwAttachment a) {
        attachments.add(a);
        byResource.putIfAbsent(a.type() + "|" + a.resource().value(), a);
    }

    /** The attachment of {@code type} for {@code resource}, or null. */
    TgwAttachment attachmentFor(AttachmentType type, ElementId resource) {
        return byResource.get(type + "|" + resource.value());
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
