package dev.linkwright.validation.rules;

import dev.linkwright.model.ElementId;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.SecurityGroupRule;
import dev.linkwright.validation.ElementRule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * R-SG-3 / R-PCX-7: a security-group rule cannot reference a group in another Region (an
 * inter-Region peer's groups are not referenceable; use the peer CIDR).
 */
public final class SecurityGroupReferenceCrossRegion extends ElementRule<SecurityGroup> {

    public SecurityGroupReferenceCrossRegion() {
        super("E_SG_REFERENCE_CROSS_REGION", "R-SG-3", SecurityGroup.class,
                "A security-group rule references a security group in another Region (e.g. across an inter-Region peering connection); AWS does not allow that.",
                "Replace the reference with the peer VPC's (or subnet's) CIDR block.");
    }

    @Override
    protected void check(SecurityGroup sg, Check c) {
        String region = Network.regionOf(c.view(), sg.id());
        if (region == null) {
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
            String other = Network.regionOf(c.view(), ref);
            if (other != null && !other.equals(region)) {
                ElementId peerVpc = Network.vpcIdOf(c.view(), ref);
                ElementId ownVpc = Network.vpcIdOf(c.view(), sg.id());
                ElementId peering = null;
                if (ownVpc != null && peerVpc != null) {
                    peering = Network.referrersOf(c.view(), ownVpc, PeeringConnection.class).stream()
                            .filter(p -> peerVpc.equals(p.peerOf(ownVpc))).map(PeeringConnection::id).findFirst().orElse(null);
                }
                c.report("Security group '" + sg.id() + "' (" + region + ") has a rule referencing security group '" + ref + "' in " + other
                                + "; security groups cannot be referenced across Regions, even over an inter-Region peering connection.",
                        "Replace the reference with the CIDR block of " + (peerVpc != null ? "VPC '" + peerVpc + "'" : "the peer network")
                                + " (or of the subnets concerned).",
                        sg.id(), ref, peering, peerVpc);
            }
        }
    }
}
