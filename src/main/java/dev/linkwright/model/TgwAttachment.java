package dev.linkwright.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A transit gateway attachment: a VPC (with one subnet per AZ, R-TGW-2), a VPN connection, a Direct
 * Connect gateway or a peer transit gateway. {@code association} is the one route table used for
 * packets arriving on the attachment (null: the gateway's default); {@code propagations} the tables
 * it propagates its routes into (null: the gateway's default propagation table).
 */
public record TgwAttachment(ElementId id, String name, ElementId parent, AttachmentType type, ElementId resource,
                            List<ElementId> subnets, ElementId association, List<ElementId> propagations,
                            boolean applianceMode, Boolean securityGroupReferencing, String state) implements Element {

    public TgwAttachment {
        name = Lists.text(name);
        type = type == null ? AttachmentType.VPC : type;
        if (resource == null) {
            throw new IllegalArgumentException("a transit gateway attachment needs the resource it attaches (a VPC, VPN connection or Direct Connect gateway)");
        }
        subnets = Lists.copy(subnets);
        propagations = propagations == null ? null : List.copyOf(propagations);
        state = state == null || state.isEmpty() ? "available" : state;
    }

    @Override
    public ElementKind kind() {
        return ElementKind.TGW_ATTACHMENT;
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        refs.add(type == AttachmentType.PEERING ? Reference.optional("resource", resource) : Reference.to("resource", resource));
        for (ElementId s : subnets) {
            refs.add(Reference.to("subnet", s));
        }
        if (association != null) {
            refs.add(Reference.to("association", association));
        }
        if (propagations != null) {
            for (ElementId p : propagations) {
                refs.add(Reference.to("propagation", p));
            }
        }
        return refs;
    }
}
