package dev.linkwright.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.io.DesignFiles;
import dev.linkwright.model.Design;
import dev.linkwright.model.Flow;
import dev.linkwright.model.FlowIntent;
import dev.linkwright.model.RulesProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every flow saved with a sample design has the verdict its intent states. */
class ReachSampleFlowsTest {

    static Stream<Arguments> flows() throws Exception {
        List<Arguments> list = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                Design d = DesignFiles.load(p);
                for (Flow f : d.flows()) {
                    if (f.intent() != FlowIntent.NONE) {
                        list.add(Arguments.of(p.getFileName() + " " + f.id(), d, f));
                    }
                }
            }
        }
        return list.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flows")
    void sampleFlowMeetsItsIntent(String name, Design design, Flow flow) {
        Trace t = new ReachabilityAnalyzer(design.topology()).analyze(ReachabilityQuery.of(flow, RulesProfile.CURRENT));
        Verdict want = flow.intent() == FlowIntent.MUST_BE_REACHABLE ? Verdict.REACHABLE : Verdict.BLOCKED;
        assertThat(t.verdict()).as(ScenarioExpectations.summary(t)).isEqualTo(want);
    }
}
