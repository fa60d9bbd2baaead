package dev.linkwright.analysis.flows;

import static dev.linkwright.analysis.flows.FlowsFixtures.id;
import static dev.linkwright.analysis.flows.FlowsFixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.RulesProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhatIfTest {

    private static WhatIfComparison whatIf(Design d, Failure... failures) {
        Failures f = Failures.none();
        for (Failure each : failures) {
            f = f.with(each);
        }
        return WhatIfComparison.of(d.topology(), d.flows(), RulesProfile.CURRENT, f);
    }

    private static List<ElementId> flipped(WhatIfComparison c) {
        return c.flipped().stream().map(ch -> ch.flow().id()).toList();
    }

    @Test
    void failingTheNatGatewayCutsTheWorkersInternetAccess() {
        Design d = sample("internet-egress-nat");
        ElementId nat = d.topology().all(dev.linkwright.model.NatGateway.class).get(0).id();

        WhatIfComparison c = whatIf(d, Failure.of(nat));

        assertThat(flipped(c)).contains(id("flow-worker-mirror"));
        FlowChange change = c.flipped().get(0);
        assertThat(change.before().reachable()).isTrue();
        assertThat(change.after().summary()).contains("what-if");
        assertThat(change.breaksIntent()).isTrue();
    }

    @Test
    void theDesignItselfIsUntouched() {
        Design d = sample("internet-egress-nat");
        Design before = d.copy();
        ElementId nat = d.topology().all(dev.linkwright.model.NatGateway.class).get(0).id();

        whatIf(d, Failure.of(nat));

        assertThat(d.sameContentAs(before)).isTrue();
    }

    @Test
    void directConnectFailsOverToTheVpnAndOnlyLosingBothBreaksTheFlow() {
        Design d = sample("hybrid-privatelink");

        assertThat(flipped(whatIf(d, Failure.of(id("dxcon-corp"))))).doesNotContain(id("flow-corp-partner"));
        assertThat(flipped(whatIf(d, Failure.of(id("dxcon-corp")), Failure.of(id("vpn-backup"))))).contains(id("flow-corp-partner"));
    }

    @Test
    void oneVpnTunnelDownIsNotAnOutageBothAre() {
        Design d = sample("hybrid-privatelink");
        Failure dx = Failure.of(id("dxcon-corp"));

        assertThat(flipped(whatIf(d, dx, Failure.tunnel(id("vpn-backup"), 1)))).doesNotContain(id("flow-corp-partner"));
        assertThat(flipped(whatIf(d, dx, Failure.tunnel(id("vpn-backup"), 1), Failure.tunnel(id("vpn-backup"), 2))))
                .contains(id("flow-corp-partner"));
    }

    @Test
    void failingAnAvailabilityZoneTakesDownWhatIsInIt() {
        Design d = sample("privatelink-multi-az");
        ElementId zoneOfApp1 = d.topology().ancestor(id("app-1"), dev.linkwright.model.AvailabilityZone.class).orElseThrow().id();

        WhatIfComparison c = whatIf(d, Failure.of(zoneOfApp1));

        assertThat(flipped(c)).contains(id("flow-app1-payments"));
        assertThat(c.changes()).filteredOn(ch -> ch.flow().id().equals(id("flow-app1-payments")))
                .allSatisfy(ch -> assertThat(ch.after().summary()).contains("AZ"));
    }

    @Test
    void restoringTheComponentRestoresTheFlows() {
        Design d = sample("internet-egress-nat");
        ElementId nat = d.topology().all(dev.linkwright.model.NatGateway.class).get(0).id();
        Failures failed = Failures.none().with(Failure.of(nat));

        WhatIfComparison c = WhatIfComparison.of(d.topology(), d.flows(), RulesProfile.CURRENT, failed.without(Failure.of(nat)));

        assertThat(c.flipped()).isEmpty();
    }

    @Test
    void menusOfferTheFailuresAnElementHas() {
        Design d = sample("hybrid-privatelink");
        assertThat(FailureOptions.of(d.topology(), id("vpn-backup"))).extracting(FailureOptions.Option::failure)
                .containsExactly(Failure.of(id("vpn-backup")), Failure.tunnel(id("vpn-backup"), 1), Failure.tunnel(id("vpn-backup"), 2));
        assertThat(FailureOptions.of(d.topology(), id("tg-partner"))).extracting(FailureOptions.Option::label)
                .contains("Fail target partner-api-1 of tg-partner");
        assertThat(FailureOptions.canFail(d.topology(), id("rtb-hybrid"))).isFalse();
    }
}
