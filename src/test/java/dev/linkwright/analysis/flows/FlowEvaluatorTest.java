package dev.linkwright.analysis.flows;

import static dev.linkwright.analysis.flows.FlowsFixtures.id;
import static dev.linkwright.analysis.flows.FlowsFixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.command.CommandStack;
import dev.linkwright.command.Edits;
import dev.linkwright.model.Design;
import dev.linkwright.model.Flow;
import dev.linkwright.model.FlowIntent;
import dev.linkwright.model.Protocol;
import dev.linkwright.model.RouteTable;
import dev.linkwright.model.RulesProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FlowEvaluatorTest {

    @Test
    void everySampleKeepsEveryIntent() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Design d = sample(p.getFileName().toString().replace(".json", ""));
                FlowEvaluation e = FlowEvaluator.evaluate(d.topology(), d.flows(), RulesProfile.CURRENT, Failures.none());
                assertThat(e.brokenIntents()).as(p.toString()).isEmpty();
                assertThat(e.asIntended()).isEqualTo(e.withIntent()).isPositive();
                assertThat(e.statusText()).isEqualTo("flows " + e.withIntent() + "/" + e.withIntent() + " as intended");
            }
        }
    }

    @Test
    void removingThePeeringRouteBlocksTheFlowAtTheRouteTable() {
        Design d = sample("peering-non-transitive");
        Flow appCache = FlowsFixtures.flow(d, "flow-app-cache");
        RouteTable table = routeTableWithPeeringRoute(d);
        new CommandStack(d).execute(Edits.change(new RouteTable(table.id(), table.name(), table.parent(), table.main(), List.of(),
                table.propagatingGateways()), "routes"));

        FlowResult r = FlowEvaluator.evaluate(d.topology(), List.of(appCache), RulesProfile.CURRENT, Failures.none()).results().get(0);

        assertThat(r.outcome()).isEqualTo(FlowOutcome.BLOCKED);
        assertThat(r.blockedAt().elementId()).isEqualTo(table.id());
        assertThat(r.blockedAt().code()).isEqualTo("NO_ROUTE_TO_DESTINATION");
        assertThat(r.intentHeld()).isFalse();
        assertThat(r.summary()).startsWith("Blocked at " + table.id());
    }

    @Test
    void aFlowToAnUnknownElementIsUnresolvedAndBreaksItsIntent() {
        Design d = sample("privatelink-basic");
        Flow ghost = new Flow(id("flow-ghost"), "", "instance-a", "no-such-thing", Protocol.TCP, 443, 40000, FlowIntent.MUST_BE_REACHABLE);

        FlowResult r = FlowEvaluator.evaluate(d.topology(), List.of(ghost), RulesProfile.CURRENT, Failures.none()).results().get(0);

        assertThat(r.outcome()).isEqualTo(FlowOutcome.UNRESOLVED);
        assertThat(r.problem()).contains("no-such-thing");
        assertThat(r.intentHeld()).isFalse();
    }

    @Test
    void noFlowsMeansNoAnalysis() {
        Design d = sample("privatelink-basic");
        FlowEvaluation e = FlowEvaluator.evaluate(d.topology(), List.of(), RulesProfile.CURRENT, Failures.none());
        assertThat(e.results()).isEmpty();
        assertThat(e.statusText()).isEqualTo("no flows");
    }

    static RouteTable routeTableWithPeeringRoute(Design d) {
        return d.topology().all(RouteTable.class).stream()
                .filter(t -> t.routes().stream().anyMatch(r -> r.target() != null && r.target().value().startsWith("pcx")))
                .findFirst().orElseThrow();
    }
}
