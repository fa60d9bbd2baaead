package dev.linkwright.validation.rules;

import dev.linkwright.model.AttachmentType;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.PeeringState;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.SecurityGroupRule;
import dev.linkwright.model.TgwAttachment;
import dev.linkwright.model.TransitGateway;
import dev.linkwright.validation.ElementRule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * R-PCX-8 / R-TGW-9: a rule referencing a security group of another VPC in the same Region matches
 * only over an active peering connection between the two VPCs, or over a transit gateway with
 * security-group referencing enabled; otherwise the rule never matches (it is stale).
 */
public final class SecurityGroupReferenceNotConnected extends ElementRule<SecurityGroup> {

    public SecurityGroupReferenceNotConnected() {
        super("W_SG_REFERENCE_NOT_CONNECTED", "R-PCX-8", SecurityGroup.class,
                "A security-group rule references a group of another VPC that is neither peered (active, same Region) nor connected through a transit gateway with security-group referencing enabled, so the rule never matches.",
                "Peer the VPCs (or enable security-group referencing on the transit gateway), or reference the other VPC's CIDR instead.");
    }

    @Override
    protected void check(SecurityGroup sg, Check c) {
        ElementId vpc = Network.vpcIdOf(c.view(), sg.id());
        String region = Network.regionOf(c.view(), sg.id());
        if (vpc == null) {
            return;
        }
        Set<ElementId> referenced = new LinkedHashSet<>();
        List<SecurityGroupRule> rules = new ArrayList<>(sg.ingress());
        rules.addAll(sg.egress());
        for (SecurityGroupRule r : rules) {
            if (r.securityGroup() != null) {
                referenced.add(r.securityGroup());
            }
        }
        for (ElementId ref : referenced) {
            if (!c.view().contains(ref)) {
                continue;
            }
            ElementId other = Network.vpcIdOf(c.view(), ref);
            if (other == null || other.equals(vpc) || !Objects.equals(region, Network.regionOf(c.view(), ref))) {
                continue; // same VPC is fine; another Region is E_SG_REFERENCE_CROSS_REGION
            }
            if (!peered(c, vpc, other) && !throughTransitGateway(c, vpc, other)) {
                c.report("Security group '" + sg.id() + "' (VPC '" + vpc + "') references security group '" + ref + "' of VPC '" + other
                                + "', but the VPCs are not joined by an active peering connection or by a transit gateway with security-group referencing: the rule never matches.",
                        "Peer VPC '" + vpc + "' with VPC '" + other + "' (or enable security-group referencing on their transit gateway), or use the other VPC's CIDR in the rule.",
                        sg.id(), ref, other);
            }
        }
    }

    private static boolean peered(Check c, ElementId a, ElementId b) {
        for (PeeringConnection p : Network.referrersOf(c.view(), a, PeeringConnection.class)) {
            if (p.state() == PeeringState.ACTIVE && b.equals(p.peerOf(a))) {
                return true;
            }
        }
        return false;
    }

    private static boolean throughTransitGateway(Check c, ElementId a, ElementId b) {
        for (TgwAttachment x : Network.referrersOf(c.view(), a, TgwAttachment.class)) {
            if (x.type() != AttachmentType.VPC || !a.equals(x.resource()) || Boolean.FALSE.equals(x.securityGroupReferencing())) {
                continue;
            }
            Optional<TransitGateway> tgw = c.view().find(x.parent(), TransitGateway.class);
            if (tgw.isEmpty() || !tgw.get().securityGroupReferencing()) {
                continue;
            }
            for (TgwAttachment y : Network.referrersOf(c.view(), b, TgwAttachment.class)) {
                if (y.type() == AttachmentType.VPC && b.equals(y.resource()) && y.parent().equals(x.parent())
                        && !Boolean.FALSE.equals(y.securityGroupReferencing())) {
                    return true;
                }
            }
        }
        return false;
    }
}
