package dev.linkwright.validation.rules;

import dev.linkwright.model.NetworkAcl;
import dev.linkwright.model.NetworkAclRule;
import dev.linkwright.validation.ElementRule;
import java.util.List;

/** R-NACL-1: rule numbers are unique per direction of a network ACL. */
public final class NetworkAclDuplicateRuleNumber extends ElementRule<NetworkAcl> {

    public NetworkAclDuplicateRuleNumber() {
        super("E_NACL_DUPLICATE_RULE_NUMBER", "R-NACL-1", NetworkAcl.class,
                "Two rules of a network ACL in the same direction have the same number (AWS: NetworkAclEntryAlreadyExists).",
                "Give each rule of a direction its own number; the lowest matching number decides.");
    }

    @Override
    protected void check(NetworkAcl acl, Check c) {
        duplicates(acl, acl.ingress(), "inbound", c);
        duplicates(acl, acl.egress(), "outbound", c);
    }

    private void duplicates(NetworkAcl acl, List<NetworkAclRule> rules, String direction, Check c) {
        for (int i = 1; i < rules.size(); i++) {
            if (rules.get(i).number() == rules.get(i - 1).number()) {
                c.report("Network ACL '" + acl.id() + "' has two " + direction + " rules numbered " + rules.get(i).number()
                                + "; the order of evaluation between them is undefined and AWS refuses the second.",
                        "Renumber one of the " + direction + " rules " + rules.get(i).number() + ".", acl.id());
            }
        }
    }
}
