package dev.linkwright.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.command.CommandStack;
import dev.linkwright.command.Edits;
import dev.linkwright.io.DesignReader;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.RulesProfile;
import dev.linkwright.model.Subnet;
import dev.linkwright.model.Topology;
import dev.linkwright.model.TopologyChange;
import dev.linkwright.model.TopologyMirror;
import dev.linkwright.validation.rules.StandardRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@link TopologyMirror} follows its original through any edit, so that live validation on the
 * mirror gives what validation of the original would.
 */
class TopologyMirrorTest {

    static Stream<Arguments> designs() throws Exception {
        List<Arguments> list = new ArrayList<>();
        list.add(Arguments.of("privatelink", Baselines.privateLinkAcrossAzs().topology()));
        list.add(Arguments.of("transit", Baselines.transitHub().topology()));
        list.add(Arguments.of("organisation", GeneratedOrganisation.generate(3)));
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path p : samples.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                list.add(Arguments.of(p.getFileName().toString(), new DesignReader().read(p).topology()));
            }
        }
        return list.stream();
    }

    private static void assertSame(Topology mirror, Topology original, String when) {
        assertThat(mirror.elements()).as(when).isEqualTo(original.elements());
        for (ElementId id : original.ids()) {
            assertThat(mirror.referrers(id)).as(when + ": referrers of " + id).isEqualTo(original.referrers(id));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void theMirrorFollowsRandomEditsAndValidatesAsTheOriginal(String name, Topology topology) {
        Topology original = topology.snapshot();
        TopologyMirror mirror = new TopologyMirror(original.snapshot());
        List<TopologyMirror.Delta> deltas = new ArrayList<>();
        original.addListener(change -> deltas.add(TopologyMirror.capture(original, change)));
        IncrementalValidator live = new IncrementalValidator(StandardRules.validator(), RulesProfile.CURRENT);
        live.validateAll(mirror.topology());
        RandomEdits edits = new RandomEdits(original, name.hashCode());
        for (int step = 0; step < 400; step++) {
            edits.apply();
            if (step % 3 != 2) {
                continue; // several deltas are applied together, as after a pause in editing
            }
            List<TopologyChange> changes = new ArrayList<>();
            for (TopologyMirror.Delta d : deltas) {
                mirror.apply(d);
                changes.add(d.change());
            }
            deltas.clear();
            assertSame(mirror.topology(), original, name + ", step " + step);
            ValidationReport report = live.update(mirror.topology(), merged(changes));
            if (step % 30 == 2) {
                assertThat(report.findings()).as(name + ", step " + step)
                        .isEqualTo(StandardRules.validator().validate(original, RulesProfile.CURRENT).findings());
            }
        }
    }

    @Test
    void theMirrorFollowsDeletesOfContainersUndoRedoAndMoves() throws Exception {
        Design design = new DesignReader().read(Path.of("samples/privatelink-multi-az.json"));
        Topology original = design.topology();
        TopologyMirror mirror = new TopologyMirror(original.snapshot());
        original.addListener(change -> mirror.apply(TopologyMirror.capture(original, change)));
        CommandStack stack = new CommandStack(design);

        ElementId vpc = original.all(dev.linkwright.model.Vpc.class).get(0).id();
        stack.execute(Edits.delete(original, Set.of(vpc)));
        assertSame(mirror.topology(), original, "after deleting " + vpc);
        stack.undo();
        assertSame(mirror.topology(), original, "after undoing the delete");
        stack.redo();
        assertSame(mirror.topology(), original, "after redoing the delete");
        stack.undo();

        List<Subnet> subnets = original.all(Subnet.class);
        Subnet moved = subnets.get(0);
        Subnet target = subnets.stream().filter(s -> !s.parent().equals(moved.parent())).findFirst().orElse(subnets.get(1));
        stack.execute(Edits.reparent(new Subnet(moved.id(), moved.name(), target.parent(), moved.cidr(), moved.ipv6Cidr(),
                moved.routeTable(), moved.networkAcl()), new dev.linkwright.model.Bounds(0, 0, 200, 100)));
        assertSame(mirror.topology(), original, "after moving " + moved.id());
        stack.undo();
        assertSame(mirror.topology(), original, "after undoing the move");
    }

    private static TopologyChange merged(List<TopologyChange> changes) {
        java.util.Set<ElementId> added = new java.util.HashSet<>();
        java.util.Set<ElementId> removed = new java.util.HashSet<>();
        java.util.Set<ElementId> changed = new java.util.HashSet<>();
        for (TopologyChange c : changes) {
            added.addAll(c.added());
            removed.addAll(c.removed());
            changed.addAll(c.changed());
        }
        return new TopologyChange(added, removed, changed);
    }
}
