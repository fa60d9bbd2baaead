package dev.linkwright.validation.rules;

import dev.linkwright.model.Element;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.Vpc;
import dev.linkwright.validation.ElementRule;
import dev.linkwright.validation.QuickFix;
import java.util.ArrayList;
import java.util.List;

/** R-VPC-5: a VPC has exactly one main route table. */
public final class SecondMainRouteTable extends ElementRule<Vpc> {

    public SecondMainRouteTable() {
        super("E_VPC_MULTIPLE_MAIN_ROUTE_TABLES", "R-VPC-5", Vpc.class,
                "More than one route table of a VPC is marked main; a VPC has exactly one main route table.",
                "Mark only one route table as main (quick fix: keep the first).");
    }

    @Override
    protected void check(Vpc vpc, Check c) {
        List<RouteTable> mains = Network.childrenOf(c.view(), vpc.id(), RouteTable.class).stream().filter(RouteTable::main).toList();
        if (mains.size() < 2) {
            return;
        }
        List<Element> fixed = new ArrayList<>();
        for (RouteTable t : mains.subList(1, mains.size())) {
            fixed.add(new RouteTable(t.id(), t.name(), t.parent(), false, t.routes(), t.propagatingGateways()));
        }
        c.report("VPC '" + vpc.id() + "' has " + mains.size() + " main route tables (" + Network.and(mains.stream().map(t -> "'" + t.id() + "'").toList())
                        + "); a VPC has exactly one, used by every subnet without an explicit association.",
                "Keep '" + mains.get(0).id() + "' as the main route table and associate subnets with the others explicitly.",
                new QuickFix("Keep '" + mains.get(0).id() + "' as the only main route table of '" + vpc.id() + "'", fixed),
                mains.get(1).id(), vpc.id(), mains.get(0).id());
    }
}
