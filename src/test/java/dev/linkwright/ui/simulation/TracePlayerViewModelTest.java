package dev.linkwright.ui.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.analysis.Direction;
import dev.linkwright.analysis.ReachabilityAnalyzer;
import dev.linkwright.analysis.ReachabilityQuery;
import dev.linkwright.analysis.StepResult;
import dev.linkwright.analysis.Trace;
import dev.linkwright.io.BuiltInSamples;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.RulesProfile;
import org.junit.jupiter.api.Test;

class TracePlayerViewModelTest {

    private static Trace trace(String sample, String flow) throws Exception {
        Design d = BuiltInSamples.load(sample + ".json");
        return new ReachabilityAnalyzer(d.topology()).analyze(ReachabilityQuery.of(d.flow(ElementId.of(flow)).orElseThrow(),
                RulesProfile.CURRENT));
    }

    @Test
    void stepsGoForwardThenBackThroughTheReturnPath() throws Exception {
        Trace t = trace("privatelink-basic", "flow-client-to-service");
        TracePlayerViewModel p = new TracePlayerViewModel();
        p.setTrace(t);

        assertThat(p.stops()).hasSize(t.forward().size() + t.returnPath().size());
        assertThat(p.currentHopProperty().get().id()).isEqualTo(t.forward().get(0).id());
        p.stepForward();
        p.stepForward();
        assertThat(p.currentHopProperty().get()).isEqualTo(t.forward().get(2));
        assertThat(p.hopTitleProperty().get()).startsWith("Forward hop 3 of " + t.forward().size()).contains(t.forward().get(2).id().value());
        assertThat(p.stepLines()).hasSize(t.forward().get(2).steps().size());
        p.stepBack();
        assertThat(p.currentHopProperty().get()).isEqualTo(t.forward().get(1));
        p.goTo(t.forward().size());
        assertThat(p.currentProperty().get().direction()).isEqualTo(Direction.RETURN);
        assertThat(p.counterProperty().get()).isEqualTo("hop " + (t.forward().size() + 1) + "/" + p.stops().size());
    }

    @Test
    void playingStopsAtTheBlockerWithTheReasonAndItsRule() throws Exception {
        Trace t = trace("peering-non-transitive", "flow-app-db");
        TracePlayerViewModel p = new TracePlayerViewModel();
        p.setTrace(t);
        p.speedProperty().set(2);

        p.play();
        for (int i = 0; i < 100 && p.playingProperty().get(); i++) {
            p.advance(0.1);
        }

        assertThat(p.playingProperty().get()).isFalse();
        assertThat(p.atBlockerProperty().get()).isTrue();
        assertThat(p.currentHopProperty().get().id()).isEqualTo(t.blockedAt().hopId());
        assertThat(p.calloutProperty().get()).contains(t.blockedAt().message()).contains(t.blockedAt().code()).contains(t.blockedAt().rule());
        assertThat(p.stepLines()).anyMatch(l -> l.result() == StepResult.FAIL);
    }

    @Test
    void fixesComeFromTheSourceTheAppGives() throws Exception {
        Trace t = trace("peering-non-transitive", "flow-app-db");
        Design d = BuiltInSamples.load("peering-non-transitive.json");
        TracePlayerViewModel p = new TracePlayerViewModel();
        p.fixSourceProperty().set(tr -> dev.linkwright.analysis.flows.FixAdvisor.suggest(tr, d.topology()));
        p.setTrace(t);

        p.showFixes();

        assertThat(p.fixesShownProperty().get()).isTrue();
        assertThat(p.fixes()).isNotEmpty();
        assertThat(p.fixes().get(0).title()).isNotBlank();
    }

    @Test
    void withoutATraceNothingMoves() {
        TracePlayerViewModel p = new TracePlayerViewModel();
        p.play();
        p.advance(1);
        p.stepForward();
        assertThat(p.playingProperty().get()).isFalse();
        assertThat(p.currentIndexProperty().get()).isEqualTo(-1);
        assertThat(p.hopTitleProperty().get()).isEmpty();
    }
}
