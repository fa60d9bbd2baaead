package dev.linkwright.analysis.flows;

import static dev.linkwright.analysis.flows.FlowsFixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.command.CommandStack;
import dev.linkwright.command.Edits;
import dev.linkwright.model.Design;
import dev.linkwright.model.Element;
import dev.linkwright.model.Flow;
import dev.linkwright.model.FlowIntent;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.SecurityGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each mechanical fix, applied as a command, makes the blocked flow pass. */
class FixAdvisorTest {

    private static FlowResult evaluate(Design d, Flow f) {
        return FlowEvaluator.evaluate(d.topology(), List.of(f), RulesProfile.CURRENT, Failures.none()).results().get(0);
    }

    private static void apply(Design d, FixSuggestion s) {
        CommandStack stack = new CommandStack(d);
        stack.execute(Edits.group(s.title(), s.replacements().stream().map(e -> Edits.change(e, "fix")).toList()));
    }

    @Test
    void aMissingPeeringRouteIsAddedBack() {
        Design d = sample("peering-non-transitive");
        Flow f = FlowsFixtures.flow(d, "flow-app-cache");
        RouteTable t = FlowEvaluatorTest.routeTableWithPeeringRoute(d);
        new CommandStack(d).execute(Edits.change(new RouteTable(t.id(), t.name(), t.parent(), t.main(), List.of(),
                t.propagatingGateways()), "routes"));

        List<FixSuggestion> fixes = FixAdvisor.suggest(evaluate(d, f).trace(), d.topology());

        assertThat(fixes.get(0).title()).startsWith("Add route").contains("pcx");
        assertThat(fixes.get(0).element()).isEqualTo(t.id());
        apply(d, fixes.get(0));
        assertThat(evaluate(d, f).reachable()).isTrue();
    }

    @Test
    void aSecurityGroupWithoutTheRuleGetsTheInboundRule() {
        Design d = sample("privatelink-basic");
        Flow f = FlowsFixtures.flow(d, "flow-client-to-service");
        FlowResult ok = evaluate(d, f);
        SecurityGroup endpointGroup = ok.trace().forward().stream().flatMap(h -> h.steps().stream())
                .filter(s -> s.action() == dev.linkwright.analysis.StepAction.SECURITY_GROUP_INGRESS && s.elementId() != null)
                .map(s -> d.topology().find(s.elementId(), SecurityGroup.class).orElse(null)).filter(java.util.Objects::nonNull)
                .findFirst().orElseThrow();
        new CommandStack(d).execute(Edits.change(new SecurityGroup(endpointGroup.id(), endpointGroup.name(), endpointGroup.parent(),
                List.of(), endpointGroup.egress()), "rules"));
        FlowResult blocked = evaluate(d, f);
        assertThat(blocked.blockedAt().elementId()).isEqualTo(endpointGroup.id());

        List<FixSuggestion> fixes = FixAdvisor.suggest(blocked.trace(), d.topology());

        assertThat(fixes.get(0).title()).startsWith("Add an inbound rule to " + endpointGroup.id()).contains("tcp 443");
        assertThat(fixes.get(0).applicable()).isTrue();
        apply(d, fixes.get(0));
        assertThat(evaluate(d, f).reachable()).isTrue();
    }

    @Test
    void aReachableTraceNeedsNoFix() {
        Design d = sample("privatelink-basic");
        assertThat(FixAdvisor.suggest(evaluate(d, FlowsFixtures.flow(d, "flow-client-to-service")).trace(), d.topology())).isEmpty();
    }

    @Test
    void everyBlockedSampleFlowGetsAtLeastOneSuggestion() throws Exception {
        for (String name : List.of("peering-non-transitive", "transit-gateway-hub", "internet-egress-nat", "hybrid-privatelink")) {
            Design d = sample(name);
            for (Flow f : d.flows()) {
                if (f.intent() == FlowIntent.MUST_BE_BLOCKED) {
                    List<FixSuggestion> fixes = FixAdvisor.suggest(evaluate(d, f).trace(), d.topology());
                    assertThat(fixes).as(name + " " + f.id()).isNotEmpty();
                    for (FixSuggestion s : fixes) {
                        assertThat(s.title()).isNotBlank();
                        for (Element e : s.replacements()) {
                            assertThat(d.topology().contains(e.id())).isTrue();
                        }
                    }
                }
            }
        }
    }
}
