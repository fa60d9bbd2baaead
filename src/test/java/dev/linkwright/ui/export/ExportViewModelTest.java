package dev.linkwright.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.io.BuiltInSamples;
import dev.linkwright.io.export.BadgeSeverity;
import dev.linkwright.io.export.ExportFormat;
import dev.linkwright.io.export.ExportOptions;
import dev.linkwright.io.export.ExportSummary;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.ui.common.Workers;
import dev.linkwright.ui.testing.FakeDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File ▸ Export without a window: options, previews, exports, summaries; work runs on the test thread. */
class ExportViewModelTest {

    private static final ElementId VPC_A = ElementId.of("vpc-a");

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final Deque<Runnable> background = new ArrayDeque<>();

    private static Design sample(String name) throws Exception {
        return BuiltInSamples.load(name);
    }

    private ExportViewModel direct(Design d, Set<ElementId> selection, Map<ElementId, BadgeSeverity> badges) {
        return new ExportViewModel(d, selection, badges, ExportViewModel.FlowPaths.NONE, dialogs, new Workers(Runnable::run, Runnable::run));
    }

    private ExportViewModel queued(Design d) {
        return new ExportViewModel(d, Set.of(), Map.of(), ExportViewModel.FlowPaths.NONE, dialogs, new Workers(background::add, Runnable::run));
    }

    @Test
    void theOptionsFollowTheChoices() throws Exception {
        ExportViewModel vm = direct(sample(BuiltInSamples.DEFAULT), Set.of(VPC_A), Map.of(VPC_A, BadgeSeverity.WARNING));
        assertThat(vm.scopeProperty().get()).as("a selection is offered first").isEqualTo(ExportViewModel.Scope.SELECTION);
        vm.badgesProperty().set(true);
        vm.scaleProperty().set(3);
        vm.transparentProperty().set(true);
        ExportOptions o = vm.options();
        assertThat(o.scope()).containsExactly(VPC_A);
        assertThat(o.badges()).containsEntry(VPC_A, BadgeSeverity.WARNING);
        assertThat(o.scale()).isEqualTo(3);
        assertThat(o.transparent()).isTrue();

        vm.formatProperty().set(ExportFormat.TERRAFORM_JSON);
        assertThat(vm.options().badges()).as("code carries no badges").isEmpty();
        vm.scopeProperty().set(ExportViewModel.Scope.WHOLE_DESIGN);
        assertThat(vm.options().hasScope()).isFalse();
        assertThat(vm.suggestedFileName()).isEqualTo("privatelink-the-classic-picture.tf.json");
    }

    @Test
    void anSvgExportWritesTheFileAndSaysWhatItExported() throws Exception {
        Design d = sample(BuiltInSamples.DEFAULT);
        ExportViewModel vm = direct(d, Set.of(), Map.of());
        dialogs.filesToSave.add(dir.resolve("picture"));

        assertThat(vm.export()).isTrue();

        assertThat(dialogs.saveTypes).singleElement().satisfies(t -> assertThat(t.extension()).isEqualTo(".svg"));
        Path svg = dir.resolve("picture.svg");
        assertThat(svg).exists();
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("vpc-a").contains("</svg>");
        ExportSummary s = vm.summaryProperty().get();
        assertThat(s.exportedCount()).isEqualTo(d.topology().size());
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(ExportViewModel.describe(s)).first().asString().startsWith("Exported " + d.topology().size() + " elements as SVG");
    }

    @Test
    void terraformGetsItsDoubleEnding() throws Exception {
        ExportViewModel vm = direct(sample(BuiltInSamples.DEFAULT), Set.of(), Map.of());
        vm.formatProperty().set(ExportFormat.TERRAFORM_JSON);
        dialogs.filesToSave.add(dir.resolve("network.tf"));
        vm.export();
        assertThat(dir.resolve("network.tf.json")).exists();
        assertThat(Files.readString(dir.resolve("network.tf.json"))).contains("aws_vpc");
    }

    @Test
    void cloudFormationReportsWhatItCannotExport() throws Exception {
        ExportViewModel vm = direct(sample("hybrid-privatelink.json"), Set.of(), Map.of());
        vm.formatProperty().set(ExportFormat.CLOUDFORMATION_YAML);
        assertThat(vm.exportTo(dir.resolve("stacks.yaml"))).isTrue();
        ExportSummary s = vm.summaryProperty().get();
        assertThat(s.notExported()).isNotEmpty();
        assertThat(String.join("\n", ExportViewModel.describe(s))).contains("Not exported").containsIgnoringCase("Direct Connect");
    }

    @Test
    void aDiagramPreviewIsAPictureAndACodePreviewIsItsFirstLines() throws Exception {
        ExportViewModel vm = direct(sample(BuiltInSamples.DEFAULT), Set.of(), Map.of());
        vm.start();
        assertThat(vm.previewProperty().get()).isInstanceOfSatisfying(ExportViewModel.Picture.class, p -> {
            assertThat(p.png()).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            assertThat(p.width()).isPositive();
            assertThat(p.caption()).startsWith("SVG");
        });
        vm.formatProperty().set(ExportFormat.TERRAFORM_JSON);
        assertThat(vm.previewProperty().get()).isInstanceOfSatisfying(ExportViewModel.Text.class, t -> {
            assertThat(t.fileName()).endsWith(".tf.json");
            assertThat(t.firstLines()).startsWith("{");
        });
        assertThat(vm.previewingProperty().get()).isFalse();
        try (var left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith("linkwright-preview")).count())
                    .as("preview files are removed").isZero();
        }
    }

    @Test
    void aPreviewForOlderChoicesIsDropped() throws Exception {
        ExportViewModel vm = queued(sample(BuiltInSamples.DEFAULT));
        vm.start();                                         // SVG preview queued
        vm.formatProperty().set(ExportFormat.TERRAFORM_JSON); // Terraform preview queued
        assertThat(background).hasSize(2);
        background.pollLast().run(); // the newer finishes first
        assertThat(vm.previewProperty().get()).isInstanceOf(ExportViewModel.Text.class);
        background.poll().run();
        assertThat(vm.previewProperty().get()).as("the older picture does not replace it").isInstanceOf(ExportViewModel.Text.class);
    }

    @Test
    void aCancelledExportWritesNothing() throws Exception {
        ExportViewModel vm = queued(sample(BuiltInSamples.DEFAULT));
        vm.formatProperty().set(ExportFormat.PNG);
        background.clear();
        assertThat(vm.exportTo(dir.resolve("big.png"))).isTrue();
        assertThat(vm.runningProperty().get()).isTrue();
        vm.cancel();
        background.poll().run();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.problemProperty().get()).isEqualTo("Export cancelled; nothing was written.");
        assertThat(dir.resolve("big.png")).doesNotExist();
    }

    @Test
    void aProblemIsShownInTheDialogNotAsATrace() throws Exception {
        ExportViewModel vm = direct(sample(BuiltInSamples.DEFAULT), Set.of(ElementId.of("vpc-gone")), Map.of());
        vm.exportTo(dir.resolve("x.svg"));
        assertThat(vm.problemProperty().get()).startsWith("Cannot export: ").contains("vpc-gone").doesNotContain("Exception");
        assertThat(vm.summaryProperty().get()).isNull();
        assertThat(dialogs.errors).as("in place, not a pop-up").isEmpty();
    }

    @Test
    void aFlowsPathIsDrawnOverTheDiagram() throws Exception {
        Design d = sample(BuiltInSamples.DEFAULT);
        ExportViewModel vm = new ExportViewModel(d, Set.of(), Map.of(),
                ExportViewModel.FlowPaths.reachability(dev.linkwright.model.RulesProfile.CURRENT), dialogs,
                new Workers(Runnable::run, Runnable::run));
        assertThat(vm.flows()).isNotEmpty();
        vm.flowProperty().set(vm.flows().get(0));
        assertThat(vm.exportTo(dir.resolve("path.svg"))).isTrue();
        assertThat(vm.flowNoteProperty().get()).isEmpty();
        assertThat(Files.readString(dir.resolve("path.svg"))).contains("lw-flow").contains("Flow path: instance-a");
        assertThat(vm.summaryProperty().get()).isNotNull();
    }

    @Test
    void aBlockedFlowIsDrawnUpToItsBlockerWithARedBadge() throws Exception {
        Design d = sample(BuiltInSamples.DEFAULT);
        ElementId blocker = ElementId.of("sg-endpoint");
        ExportViewModel vm = new ExportViewModel(d, Set.of(), Map.of(),
                (design, flow) -> java.util.Optional.of(new ExportViewModel.FlowPath(
                        java.util.List.of(ElementId.of("instance-a"), ElementId.of("vpce-a")), blocker)),
                dialogs, new Workers(Runnable::run, Runnable::run));
        vm.flowProperty().set(vm.flows().get(0));
        vm.exportTo(dir.resolve("blocked.svg"));
        assertThat(vm.flowNoteProperty().get()).startsWith("Blocked at sg-endpoint");
        assertThat(Files.readString(dir.resolve("blocked.svg"))).contains("lw-flow");
    }
}
