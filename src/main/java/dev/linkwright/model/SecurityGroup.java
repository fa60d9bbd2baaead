package dev.linkwright.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A security group: stateful allow rules for inbound and outbound traffic (R-SG-1, R-SG-2).
 * A new group has no inbound rules and one outbound rule allowing everything.
 */
public record SecurityGroup(ElementId id, String name, ElementId parent, List<SecurityGroupRule> ingress,
                            List<SecurityGroupRule> egress) implements Element {

    public SecurityGroup {
        name = Lists.text(name);
        ingress = Lists.copy(ingress);
        egress = Lists.copy(egress);
    }

    @Override
    public ElementKind kind() {
        return ElementKind.SECURITY_GROUP;
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        for (List<SecurityGroupRule> rules : List.of(ingress, egress)) {
            for (SecurityGroupRule r : rules) {
                if (r.securityGroup() != null) {
                    // a group of another account may be referenced without being in the design
                    refs.add(Reference.optional("ruleGroup", r.securityGroup()));
                }
                if (r.prefixList() != null) {
                    refs.add(Reference.optional("rulePrefixList", r.prefixList()));
                }
            }
        }
        return refs;
    }
}
