package dev.linkwright.validation.rules;

import dev.linkwright.model.Vpc;
import dev.linkwright.model.VpnGateway;
import dev.linkwright.validation.ElementRule;
import java.util.List;

/** R-VPN-1: a VPC has at most one virtual private gateway attached. */
public final class SecondVpnGateway extends ElementRule<Vpc> {

    public SecondVpnGateway() {
        super("E_VPC_MULTIPLE_VPN_GATEWAYS", "R-VPN-1", Vpc.class,
                "A VPC has more than one virtual private gateway attached; AWS attaches at most one.",
                "Keep one virtual private gateway per VPC and put all its VPN connections and virtual interfaces on it (or use a transit gateway).");
    }

    @Override
    protected void check(Vpc vpc, Check c) {
        List<VpnGateway> vgws = Network.childrenOf(c.view(), vpc.id(), VpnGateway.class);
        for (int i = 1; i < vgws.size(); i++) {
            c.report("VPC '" + vpc.id() + "' has virtual private gateways '" + vgws.get(0).id() + "' and '" + vgws.get(i).id()
                            + "' attached; a VPC can have only one.",
                    "Detach '" + vgws.get(i).id() + "' and terminate its connections on '" + vgws.get(0).id() + "'.", vgws.get(i).id(), vpc.id());
        }
    }
}
