package dev.linkwright.ui.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.analysis.ReachabilityAnalyzer;
import dev.linkwright.analysis.ReachabilityQuery;
import dev.linkwright.diagram.DiagramGeometry;
import dev.linkwright.io.BuiltInSamples;
import dev.linkwright.model.Design;
import dev.linkwright.model.Flow;
import dev.linkwright.model.RulesProfile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveTrafficTest {

    @Test
    void everyFlowCarriesPacketsAndBlockedOnesBurstAtTheBlocker() throws Exception {
        Design d = BuiltInSamples.load("peering-non-transitive.json");
        DiagramGeometry g = DiagramGeometry.compute(d.topology(), d.layout());
        ReachabilityAnalyzer a = new ReachabilityAnalyzer(d.topology());
        List<TraceRoute> routes = new ArrayList<>();
        for (Flow f : d.flows()) {
            routes.add(TraceRoute.of(a.analyze(ReachabilityQuery.of(f, RulesProfile.CURRENT)), g, d.topology()));
        }
        LiveTraffic traffic = new LiveTraffic(routes, 0.5, 1.0);

        List<LiveTraffic.Packet> packets = new ArrayList<>();
        for (double t = 0; t < 6; t += 0.1) {
            packets.addAll(traffic.packetsAt(t, 2));
        }

        assertThat(packets).extracting(LiveTraffic.Packet::route).contains(0, 1, 2);
        assertThat(packets).anyMatch(p -> p.kind() == LiveTraffic.Kind.FORWARD);
        assertThat(packets).anyMatch(p -> p.kind() == LiveTraffic.Kind.RETURN);
        TraceRoute blocked = routes.get(2);
        var blocker = blocked.stops().get(blocked.blockingIndex()).point();
        assertThat(packets).filteredOn(p -> p.kind() == LiveTraffic.Kind.BLOCKED)
                .isNotEmpty().allMatch(p -> p.route() == 2 && p.x() == blocker.x() && p.y() == blocker.y());
        assertThat(packets).filteredOn(p -> p.route() == 2).noneMatch(p -> p.kind() == LiveTraffic.Kind.RETURN);
    }

    @Test
    void theSameMomentGivesTheSamePackets() throws Exception {
        Design d = BuiltInSamples.load("privatelink-basic.json");
        DiagramGeometry g = DiagramGeometry.compute(d.topology(), d.layout());
        TraceRoute r = TraceRoute.of(new ReachabilityAnalyzer(d.topology()).analyze(ReachabilityQuery.of(d.flows().get(0),
                RulesProfile.CURRENT)), g, d.topology());
        LiveTraffic traffic = new LiveTraffic(List.of(r), 1, 0.5);
        assertThat(traffic.packetsAt(3.3, 2)).isEqualTo(traffic.packetsAt(3.3, 2));
    }
}
