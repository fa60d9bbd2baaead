package dev.linkwright.ui.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.analysis.ReachabilityAnalyzer;
import dev.linkwright.analysis.ReachabilityQuery;
import dev.linkwright.analysis.Trace;
import dev.linkwright.diagram.DiagramGeometry;
import dev.linkwright.diagram.Point;
import dev.linkwright.io.BuiltInSamples;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.RulesProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where packets go on the diagram: on the hops' elements, along connection lines. */
class TraceRouteTest {

    private static Design design(String sample) throws Exception {
        return BuiltInSamples.load(sample + ".json");
    }

    private static Trace trace(Design d, String flow) {
        return new ReachabilityAnalyzer(d.topology()).analyze(ReachabilityQuery.of(d.flow(ElementId.of(flow)).orElseThrow(),
                RulesProfile.CURRENT));
    }

    @Test
    void stopsSitOnTheHopsElementsForwardThenReturn() throws Exception {
        Design d = design("privatelink-basic");
        Trace t = trace(d, "flow-client-to-service");
        DiagramGeometry g = DiagramGeometry.compute(d.topology(), d.layout());

        TraceRoute r = TraceRoute.of(t, g, d.topology());

        assertThat(r.size()).isEqualTo(t.forward().size() + t.returnPath().size());
        assertThat(r.blockingIndex()).isEqualTo(-1);
        var instance = g.get(ElementId.of("instance-a")).anchor();
        assertThat(r.stops().get(0).point()).isEqualTo(new Point(instance.centerX(), instance.centerY()));
        assertThat(r.firstReturnIndex()).isEqualTo(t.forward().size());
        for (TraceRoute.Stop s : r.stops()) {
            assertThat(g.extent().x() - 1 <= s.point().x() && s.point().x() <= g.extent().maxX() + 1).as(s.id().value()).isTrue();
        }
    }

    @Test
    void aPeeringHopFollowsItsLineAndABlockedRouteEndsAtTheBlocker() throws Exception {
        Design d = design("peering-non-transitive");
        Trace t = trace(d, "flow-app-db");
        DiagramGeometry g = DiagramGeometry.compute(d.topology(), d.layout());

        TraceRoute r = TraceRoute.of(t, g, d.topology());

        int blocking = r.blockingIndex();
        assertThat(blocking).isEqualTo(r.size() - 1);
        assertThat(r.stops().get(blocking).id()).isEqualTo(t.blockedAt().hopId());
        assertThat(r.pointAt(99)).isEqualTo(r.stops().get(blocking).point());
        List<Point> into = r.leg(blocking - 1);
        assertThat(into.size()).as("the leg into the peering runs along its line").isGreaterThanOrEqualTo(2);
    }

    @Test
    void theBorderOfABoxIsWhereAPacketEntersIt() {
        var box = new dev.linkwright.model.Bounds(0, 0, 100, 50);
        assertThat(TraceRoute.entry(box, new Point(150, 20))).isEqualTo(new Point(100, 20));
        assertThat(TraceRoute.entry(box, new Point(10, 25))).isEqualTo(new Point(0, 25));
    }
}
