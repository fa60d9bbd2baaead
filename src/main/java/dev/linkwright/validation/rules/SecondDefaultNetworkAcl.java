package dev.linkwright.validation.rules;

import dev.linkwright.model.NetworkAcl;
import dev.linkwright.model.Vpc;
import dev.linkwright.validation.ElementRule;
import java.util.List;

/** R-VPC-5: a VPC has exactly one default network ACL. */
public final class SecondDefaultNetworkAcl extends ElementRule<Vpc> {

    public SecondDefaultNetworkAcl() {
        super("E_VPC_MULTIPLE_DEFAULT_NETWORK_ACLS", "R-VPC-5", Vpc.class,
                "More than one network ACL of a VPC is marked default; a VPC has exactly one default network ACL.",
                "Mark only one network ACL as default and associate subnets with the others explicitly.");
    }

    @Override
    protected void check(Vpc vpc, Check c) {
        List<NetworkAcl> defaults = Network.childrenOf(c.view(), vpc.id(), NetworkAcl.class).stream().filter(NetworkAcl::defaultAcl).toList();
        if (defaults.size() > 1) {
            c.report("VPC '" + vpc.id() + "' has " + defaults.size() + " default network ACLs ("
                            + Network.and(defaults.stream().map(a -> "'" + a.id() + "'").toList()) + "); a VPC has exactly one.",
                    "Keep '" + defaults.get(0).id() + "' as the default and associate subnets with the others explicitly.",
                    defaults.get(1).id(), vpc.id(), defaults.get(0).id());
        }
    }
}
