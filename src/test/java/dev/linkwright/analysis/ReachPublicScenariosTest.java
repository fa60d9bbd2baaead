package dev.linkwright.analysis;

import dev.linkwright.io.scenario.ScenarioEntry;
import dev.linkwright.io.scenario.ScenarioFile;
import dev.linkwright.testing.SharedFiles;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reachability entry of {@code shared/spec/scenarios-public.json} answered by the analyzer
 * as the scenario expects (see {@link ScenarioExpectations} for what is compared).
 */
class ReachPublicScenariosTest {

    static Stream<Arguments> entries() throws Exception {
        List<ScenarioEntry> all = ScenarioFile.read(SharedFiles.publicScenarios());
        return all.stream().filter(ScenarioEntry::isReachability).map(e -> Arguments.of(e.id(), e));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void answersAsTheScenarioExpects(String id, ScenarioEntry entry) {
        Trace t = new ReachabilityAnalyzer(entry.design().topology()).analyze(ScenarioExpectations.queryOf(entry));
        ScenarioExpectations.check(entry, t);
    }
}
