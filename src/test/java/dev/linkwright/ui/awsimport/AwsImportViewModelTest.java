package dev.linkwright.ui.awsimport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.io.BuiltInSamples;
import dev.linkwright.io.aws.ImportReport;
import dev.linkwright.model.Design;
import dev.linkwright.testing.SharedFiles;
import dev.linkwright.ui.common.DocumentHost;
import dev.linkwright.ui.common.Workers;
import dev.linkwright.ui.testing.FakeDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File ▸ Import ▸ AWS snapshot folder without a window: work runs on the test thread. */
class AwsImportViewModelTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final Host host = new Host();
    private final Deque<Runnable> background = new ArrayDeque<>();

    /** The window: a design, an unsaved flag, what was opened. */
    static final class Host implements DocumentHost {
        Design design;
        boolean unsaved;
        String openedName;
        String status;

        @Override
        public Design getDesign() {
            return design;
        }

        @Override
        public boolean hasUnsavedChanges() {
            return unsaved;
        }

        @Override
        public void openUnsaved(Design d, String name, String statusText) {
            design = d;
            openedName = name;
            status = statusText;
        }
    }

    @BeforeEach
    void openASample() throws Exception {
        host.design = BuiltInSamples.load(BuiltInSamples.DEFAULT);
    }

    private static Path snapshot(String name) {
        return SharedFiles.root().resolve("aws-snapshots/batfish").resolve(name);
    }

    private AwsImportViewModel direct() {
        return new AwsImportViewModel(host, dialogs, new Workers(Runnable::run, Runnable::run), AwsImportViewModel.standardImporter());
    }

    @Test
    void aSnapshotFolderOpensAsANewUnsavedDesignWithItsReport() {
        AwsImportViewModel vm = direct();
        dialogs.folders.add(snapshot("test-vpc-peering"));
        Design before = host.design;

        assertThat(vm.importFolder()).isTrue();

        assertThat(vm.outcomeProperty().get()).isEqualTo(AwsImportViewModel.Outcome.IMPORTED);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(host.design).isNotSameAs(before);
        assertThat(host.openedName).isEqualTo("test-vpc-peering");
        assertThat(host.status).contains("Imported").contains("test-vpc-peering");
        assertThat(host.design.layout().isEmpty()).as("laid out automatically, nothing stored").isTrue();
        ImportReport report = vm.reportProperty().get();
        assertThat(report.kind("Vpcs").imported()).isEqualTo(3);
        assertThat(report.elementCount()).isEqualTo(host.design.topology().size());
        assertThat(host.design.topology().all(dev.linkwright.model.PeeringConnection.class)).hasSize(2);
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.questions).as("nothing unsaved, nothing to confirm").isEmpty();
    }

    @Test
    void unsavedWorkIsOnlyReplacedAfterTheUserConfirms() {
        AwsImportViewModel vm = direct();
        host.unsaved = true;
        Design before = host.design;
        dialogs.folders.add(snapshot("test-subnet"));
        dialogs.answers.add(false);

        assertThat(vm.importFolder()).isFalse();
        assertThat(dialogs.questions).hasSize(1);
        assertThat(dialogs.questions.get(0).confirmLabel()).isEqualTo("Import anyway");
        assertThat(host.design).isSameAs(before);

        dialogs.folders.add(snapshot("test-subnet"));
        dialogs.answers.add(true);
        assertThat(vm.importFolder()).isTrue();
        assertThat(host.design).isNotSameAs(before);
    }

    @Test
    void aMalformedFileIsReportedWithFileAndPlaceAndTheDesignStays() throws Exception {
        AwsImportViewModel vm = direct();
        Path folder = dir.resolve("broken");
        Files.createDirectories(folder.resolve("aws_configs"));
        Files.writeString(folder.resolve("aws_configs/Vpcs.json"), "{\"Vpcs\": [\n  {\"VpcId\": \"vpc-1\", \"CidrBlock\": \"10.0.0.0/16\"},\n  {\"VpcId\": \n");
        Design before = host.design;

        assertThat(vm.importFolder(folder)).isTrue();

        assertThat(vm.outcomeProperty().get()).isEqualTo(AwsImportViewModel.Outcome.FAILED);
        assertThat(host.design).isSameAs(before);
        assertThat(vm.reportProperty().get()).isNull();
        assertThat(dialogs.errors).hasSize(1);
        FakeDialogs.Error e = dialogs.errors.get(0);
        assertThat(e.headline()).isEqualTo("Cannot import broken");
        assertThat(e.message()).contains("The design you had open is unchanged.");
        assertThat(e.details()).singleElement().asString().startsWith("aws_configs/Vpcs.json:4:").contains("not valid JSON");
        assertThat(String.join("\n", e.details()) + e.message()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aFolderWithoutAwsFilesSaysWhatWasExpected() throws Exception {
        AwsImportViewModel vm = direct();
        Files.writeString(dir.resolve("notes.txt"), "hello");
        vm.importFolder(dir);
        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(String.join(" ", e.details())).contains("no AWS API responses"));
    }

    @Test
    void cancellingStopsTheImportAndKeepsTheDesign() {
        AwsImportViewModel vm = new AwsImportViewModel(host, dialogs, new Workers(background::add, Runnable::run),
                AwsImportViewModel.standardImporter());
        Design before = host.design;
        assertThat(vm.importFolder(snapshot("test-transit-gateway"))).isTrue();
        assertThat(vm.runningProperty().get()).isTrue();
        vm.cancel();
        assertThat(vm.messageProperty().get()).isEqualTo("Cancelling…");
        background.poll().run();

        assertThat(vm.outcomeProperty().get()).isEqualTo(AwsImportViewModel.Outcome.CANCELLED);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(host.design).isSameAs(before);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void progressReachesTheUiAsAFractionAndASentence() {
        AwsImportViewModel vm = new AwsImportViewModel(host, dialogs, new Workers(background::add, Runnable::run),
                (folder, progress, cancelled) -> {
                    progress.progress(5, 10, "reading us-east-1/Subnets.json");
                    throw new java.util.concurrent.CancellationException();
                });
        vm.importFolder(dir);
        assertThat(vm.progressProperty().get()).isNegative(); // not known before the files are listed
        vm.runningProperty().addListener((o, was, is) -> { });
        Runnable work = background.poll();
        double[] seen = new double[1];
        String[] said = new String[1];
        vm.progressProperty().addListener((o, was, is) -> {
            if (vm.runningProperty().get()) {
                seen[0] = is.doubleValue();
                said[0] = vm.messageProperty().get();
            }
        });
        vm.messageProperty().addListener((o, was, is) -> {
            if (vm.runningProperty().get()) {
                said[0] = is;
            }
        });
        work.run();
        assertThat(seen[0]).isEqualTo(0.5);
        assertThat(said[0]).isEqualTo("Reading us-east-1/Subnets.json");
    }

    @Test
    void somethingThatIsNotAFolderIsRefusedAtOnce() throws Exception {
        AwsImportViewModel vm = direct();
        Path file = Files.writeString(dir.resolve("Vpcs.json"), "{}");
        assertThat(vm.importFolder(file)).isFalse();
        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e.message()).contains("is not a folder"));
    }
}
