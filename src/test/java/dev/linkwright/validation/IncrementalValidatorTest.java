package dev.linkwright.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.io.DesignReader;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.Topology;
import dev.linkwright.model.TopologyChange;
import dev.linkwright.validation.rules.StandardRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Incremental re-validation gives exactly the full validation's report, after any sequence of edits. */
class IncrementalValidatorTest {

    static Stream<Arguments> designs() throws Exception {
        List<Arguments> list = new ArrayList<>();
        list.add(Arguments.of("privatelink", Baselines.privateLinkAcrossAzs().topology()));
        list.add(Arguments.of("peered", Baselines.peered().topology()));
        list.add(Arguments.of("transit", Baselines.transitHub().topology()));
        list.add(Arguments.of("internet", Baselines.internet().topology()));
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path p : samples.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                list.add(Arguments.of(p.getFileName().toString(), new DesignReader().read(p).topology()));
            }
        }
        return list.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void incrementalEqualsFullAfterRandomEdits(String name, Topology topology) {
        Validator validator = StandardRules.validator();
        for (RulesProfile profile : RulesProfile.values()) {
            Topology t = topology.snapshot();
            IncrementalValidator live = new IncrementalValidator(validator, profile);
            ValidationReport incremental = live.validateAll(t);
            assertThat(incremental.findings()).isEqualTo(validator.validate(t, profile).findings());
            List<TopologyChange> changes = new ArrayList<>();
            t.addListener(changes::add);
            RandomEdits edits = new RandomEdits(t, name.hashCode() * 31L + profile.ordinal());
            for (int step = 0; step < 250; step++) {
                changes.clear();
                edits.apply();
                for (TopologyChange change : changes) {
                    incremental = live.update(t, change);
                }
                ValidationReport full = validator.validate(t, profile);
                if (!incremental.findings().equals(full.findings())) {
                    List<Finding> missing = new ArrayList<>(full.findings());
                    missing.removeAll(incremental.findings());
                    List<Finding> extra = new ArrayList<>(incremental.findings());
                    extra.removeAll(full.findings());
                    throw new AssertionError(name + ", " + profile.wire() + ", step " + step + " after " + changes + ": missing " + missing
                            + "; extra " + extra + (missing.isEmpty() && extra.isEmpty() ? "; order differs: " + firstDifference(incremental.findings(), full.findings(), t) : ""));
                }
                assertThat(full.withCode(Validator.RULE_FAILED)).as("rules must not fail").isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void severalChangesCanBeAppliedAsOne(String name, Topology topology) {
        Validator validator = StandardRules.validator();
        Topology t = topology.snapshot();
        IncrementalValidator live = new IncrementalValidator(validator, RulesProfile.CURRENT);
        live.validateAll(t);
        List<TopologyChange> changes = new ArrayList<>();
        t.addListener(changes::add);
        RandomEdits edits = new RandomEdits(t, name.hashCode() + 7L);
        for (int round = 0; round < 40; round++) {
            changes.clear();
            for (int i = 0; i < 4; i++) {
                edits.apply();
            }
            Set<ElementId> added = new HashSet<>();
            Set<ElementId> removed = new HashSet<>();
            Set<ElementId> changed = new HashSet<>();
            for (TopologyChange c : changes) {
                added.addAll(c.added());
                removed.addAll(c.removed());
                changed.addAll(c.changed());
            }
            ValidationReport incremental = live.update(t, new TopologyChange(added, removed, changed));
            assertThat(incremental.findings()).as("%s, round %d", name, round).isEqualTo(validator.validate(t, RulesProfile.CURRENT).findings());
        }
    }

    private static String firstDifference(List<Finding> a, List<Finding> b, Topology t) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return "at " + i + " of " + a.size() + ": " + a.get(i) + " (order " + t.order(a.get(i).elements().get(0)) + ") vs " + b.get(i) + " (order "
                        + t.order(b.get(i).elements().get(0)) + "); compare " + ValidationReport.order(t).compare(a.get(i), b.get(i));
            }
        }
        return "sizes " + a.size() + " / " + b.size();
    }

    @Test
    void anEditRechecksOnlyWhatItCanAffect() {
        Topology t = Baselines.privateLinkAcrossAzs().topology();
        Validator validator = StandardRules.validator();
        IncrementalValidator live = new IncrementalValidator(validator, RulesProfile.CURRENT);
        live.validateAll(t);
        int all = live.lastRechecked();
        List<TopologyChange> changes = new ArrayList<>();
        t.addListener(changes::add);
        Subnet s = t.find(ElementId.of("c-app"), Subnet.class).orElseThrow();
        t.put(new Subnet(s.id(), s.name(), s.parent(), DesignBuilder.cidr("10.0.2.0/24"), null, s.routeTable(), null));
        ValidationReport report = live.update(t, changes.get(0));
        assertThat(live.lastRechecked()).isPositive().isLessThan(all / 3);
        FindingAssert.assertFinds(report, "E_IP_NOT_IN_SUBNET", "i-c1", "c-app");
        assertThat(report.findings()).isEqualTo(validator.validate(t, RulesProfile.CURRENT).findings());
    }
}
