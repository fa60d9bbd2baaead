package dev.linkwright.validation.rules;

import dev.linkwright.model.InternetGateway;
import dev.linkwright.model.Vpc;
import dev.linkwright.validation.ElementRule;
import java.util.List;

/** R-IGW-1: a VPC has at most one internet gateway attached. */
public final class SecondInternetGateway extends ElementRule<Vpc> {

    public SecondInternetGateway() {
        super("E_VPC_MULTIPLE_INTERNET_GATEWAYS", "R-IGW-1", Vpc.class,
                "A VPC has more than one internet gateway; AWS attaches at most one internet gateway to a VPC.",
                "Keep one internet gateway per VPC and route every public subnet to it.");
    }

    @Override
    protected void check(Vpc vpc, Check c) {
        List<InternetGateway> igws = Network.internetGatewaysOf(c.view(), vpc.id());
        for (int i = 1; i < igws.size(); i++) {
            c.report("VPC '" + vpc.id() + "' has internet gateways '" + igws.get(0).id() + "' and '" + igws.get(i).id()
                            + "'; a VPC can have only one internet gateway attached.",
                    "Remove '" + igws.get(i).id() + "' and route to '" + igws.get(0).id() + "'.", igws.get(i).id(), vpc.id());
        }
    }
}
