package dev.linkwright.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.edit.ElementProperties;
import dev.linkwright.io.BuiltInSamples;
import dev.linkwright.io.DesignWriter;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.ElementKind;
import dev.linkwright.model.Instance;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.Subnet;
import dev.linkwright.ui.canvas.DiagramSelection;
import dev.linkwright.ui.canvas.DropFeedback;
import dev.linkwright.ui.common.DialogService;
import dev.linkwright.ui.common.RecentFiles;
import dev.linkwright.ui.main.MainWindowViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The designer's actions without a window: each one command, refusals with reasons, work never lost. */
class EditorViewModelTest {

    @TempDir
    Path dir;

    private final Dialogs dialogs = new Dialogs();
    private MainWindowViewModel main;
    private EditorViewModel editor;
    private final List<String> refused = new ArrayList<>();

    static final class Dialogs implements DialogService {
        final Deque<Boolean> confirmations = new ArrayDeque<>();
        final Deque<SaveChoice> saveChoices = new ArrayDeque<>();
        final Deque<Path> toSave = new ArrayDeque<>();
        final List<String> asked = new ArrayList<>();

        @Override
        public Optional<Path> chooseFileToOpen(String title, Path initialDirectory) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, Path initialDirectory, String suggestedName) {
            return Optional.ofNullable(toSave.poll());
        }

        @Override
        public void showError(String headline, String message, List<String> details) {
            asked.add("error " + headline);
        }

        @Override
        public void showInformation(String headline, String message) {
        }

        @Override
        public SaveChoice askToSaveChanges(String documentName) {
            asked.add("save " + documentName);
            return saveChoices.isEmpty() ? SaveChoice.CANCEL : saveChoices.poll();
        }

        @Override
        public boolean confirm(String headline, String message, String action) {
            asked.add(headline + " | " + message + " | " + action);
            return !confirmations.isEmpty() && confirmations.poll();
        }
    }

    @BeforeEach
    void open() {
        main = new MainWindowViewModel(dialogs, new RecentFiles(RecentFiles.inMemory()), "test");
        main.openSample(BuiltInSamples.DEFAULT);
        editor = new EditorViewModel(main, dialogs, new DiagramSelection());
        editor.setOnRefused(refused::add);
    }

    private static ElementId id(String s) {
        return ElementId.of(s);
    }

    private String file() {
        return new DesignWriter().toJson(main.getDesign());
    }

    @Test
    void aDropOutsideWhereAwsAllowsIsRefusedWithTheReason() {
        var g = dev.linkwright.diagram.DiagramGeometry.compute(main.getDesign().topology(), main.getDesign().layout());
        var vpc = g.get(id("vpc-a")).bounds();
        DropFeedback f = editor.checkDrop(ElementKind.INSTANCE, vpc.x() + 5, vpc.y() + 5);
        assertThat(f.allowed()).isFalse();
        assertThat(f.target()).isEqualTo(id("vpc-a"));
        assertThat(editor.drop(ElementKind.INSTANCE, vpc.x() + 5, vpc.y() + 5)).isFalse();
        assertThat(refused).singleElement().asString().startsWith("An EC2 instance goes in a subnet");
        assertThat(main.statusProperty().get()).startsWith("An EC2 instance goes in a subnet");
        assertThat(main.canUndoProperty().get()).isFalse();
    }

    @Test
    void aDeleteThatTakesMoreAlongIsConfirmedWithThePlansSummary() {
        editor.selection().select(id("vpc-b"));
        dialogs.confirmations.add(false);
        assertThat(editor.delete()).isFalse();
        assertThat(dialogs.asked.get(0)).startsWith("Delete VPC B? | Deletes ").contains("including").endsWith("| Delete");
        assertThat(main.getDesign().topology().contains(id("vpc-b"))).isTrue();

        dialogs.confirmations.add(true);
        assertThat(editor.delete()).isTrue();
        assertThat(main.getDesign().topology().contains(id("instance-b1"))).isFalse();
        assertThat(main.undoTextProperty().get()).isEqualTo("Undo Delete vpc-b");
    }

    @Test
    void deletingAnElementNothingDependsOnAsksNothing() {
        editor.selection().select(id("instance-a"));
        assertThat(editor.delete()).isTrue();
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void pastingIntoASelectedSubnetPutsTheCopyThere() {
        editor.selection().select(id("instance-b1"));
        editor.copy();
        editor.selection().select(id("subnet-a"));
        assertThat(editor.paste()).isTrue();
        Instance copy = (Instance) main.getDesign().topology().get(id("instance-1"));
        assertThat(copy.parent()).isEqualTo(id("subnet-a"));
        assertThat(copy.privateIp().toString()).isEqualTo("10.0.1.11");
        assertThat(copy.securityGroups()).as("sg-service belongs to VPC B").isEmpty();
        assertThat(editor.selection().getSelectedIds()).containsExactly(id("instance-1"));
    }

    @Test
    void propertiesAreCheckedAsTypedAndCommittedAsOneNamedChange() {
        ElementProperties.Property cidr = ElementProperties.get(Subnet.class, "cidr");
        assertThat(editor.checkProperty(id("subnet-a"), cidr, "10.0.1.0/24x")).contains("is not a CIDR block");
        assertThat(editor.setProperty(id("subnet-a"), cidr, "10.0.1.0/24x")).contains("is not a CIDR block");
        assertThat(main.canUndoProperty().get()).isFalse();
        assertThat(editor.setProperty(id("subnet-a"), cidr, "10.0.3.0/24")).isNull();
        assertThat(main.undoTextProperty().get()).isEqualTo("Undo Change CIDR block of Subnet A");
        assertThat(editor.setProperty(id("subnet-a"), ElementProperties.get(Subnet.class, "name"), "Clients")).isNull();
        assertThat(main.undoTextProperty().get()).isEqualTo("Undo Change name of Clients");
    }

    @Test
    void ruleRowsAreAddedAndRemovedAsChangesOfTheGroup() {
        ElementProperties.Property ingress = ElementProperties.get(SecurityGroup.class, "ingress");
        assertThat(editor.addRow(id("sg-client"), ingress)).isNull();
        SecurityGroup sg = (SecurityGroup) main.getDesign().topology().get(id("sg-client"));
        assertThat(sg.ingress()).singleElement().satisfies(r -> assertThat(r.peerText()).isEqualTo("10.0.0.0/16"));
        assertThat(editor.removeRow(id("sg-client"), ingress, 0)).isNull();
        assertThat(((SecurityGroup) main.getDesign().topology().get(id("sg-client"))).ingress()).isEmpty();
        main.undo();
        main.undo();
        assertThat(((SecurityGroup) main.getDesign().topology().get(id("sg-client"))).ingress()).isEmpty();
    }

    @Test
    void renamingChecksTheNewIdAndKeepsTheSelection() {
        editor.selection().select(id("subnet-a"));
        assertThat(editor.rename(id("subnet-a"), "subnet b")).contains("spaces");
        assertThat(editor.rename(id("subnet-a"), "subnet-b")).isEqualTo("the id 'subnet-b' is already used");
        assertThat(editor.rename(id("subnet-a"), "subnet-clients")).isNull();
        assertThat(editor.selection().getPrimary()).isEqualTo(id("subnet-clients"));
        assertThat(main.getDesign().topology().get(id("instance-a")).parent()).isEqualTo(id("subnet-clients"));
        assertThat(main.undoTextProperty().get()).isEqualTo("Undo Rename subnet-a to subnet-clients");
    }

    @Test
    void nudgingMovesTheSelectionAndUndoGivesTheFileBack() {
        String before = file();
        editor.selection().selectAll(List.of(id("instance-b1"), id("instance-b2")), id("instance-b2"));
        editor.nudge(10, 0);
        assertThat(main.undoTextProperty().get()).isEqualTo("Undo Move 2 elements");
        main.undo();
        assertThat(file()).isEqualTo(before);
    }

    @Test
    void autoLayoutNeedsAContainer() {
        editor.selection().select(id("instance-a"));
        editor.autoLayout();
        assertThat(refused).containsExactly("Select a container (a VPC, subnet, ...) to lay out its contents.");
    }

    @Test
    void theConnectionToolGoesThroughTheCommandStack() {
        assertThat(editor.checkConnect(id("vpc-a"), id("vpc-b")).message()).isEqualTo("Peer VPC A with VPC B");
        editor.connect(id("vpc-a"), id("vpc-b"));
        assertThat(main.getDesign().topology().contains(id("pcx-1"))).isTrue();
        assertThat(editor.selection().getPrimary()).isEqualTo(id("pcx-1"));
        editor.connect(id("vpc-a"), id("vpc-b"));
        assertThat(refused).containsExactly("VPC A and VPC B are already peered (pcx-1).");
    }

    @Test
    void moveIntoAContainerThatCannotHoldTheElementIsRefused() {
        DropFeedback f = editor.checkMove(Set.of(id("instance-a")), id("vpc-b"));
        assertThat(f.allowed()).isFalse();
        assertThat(f.message()).isEqualTo("An EC2 instance goes in a subnet: drop it inside one.");
        assertThat(editor.checkMove(Set.of(id("instance-a")), id("subnet-b")).message()).isEqualTo("Move into Subnet B");
        assertThat(editor.checkMove(Set.of(id("instance-a")), id("subnet-a")).message()).isEmpty();
    }

    // ---- the document: dirty marker and work never lost -------------------------------------------------

    @Test
    void theTitleCarriesADirtyMarkerUntilSavedOrUndoneBack() throws Exception {
        assertThat(main.windowTitleProperty().get()).isEqualTo("Linkwright — PrivateLink: the classic picture");
        editor.selection().select(id("instance-a"));
        editor.nudge(0, 5);
        assertThat(main.windowTitleProperty().get()).isEqualTo("Linkwright — *PrivateLink: the classic picture");
        main.undo();
        assertThat(main.isDirty()).isFalse();
        main.redo();
        Path target = dir.resolve("nudged.json");
        dialogs.toSave.add(target);
        assertThat(main.save()).isTrue();
        assertThat(main.isDirty()).isFalse();
        assertThat(main.windowTitleProperty().get()).doesNotContain("*");
        assertThat(Files.readString(target)).isEqualTo(file());
    }

    @Test
    void openingOverUnsavedWorkAsksSaveDontSaveOrCancel() {
        editor.selection().select(id("instance-a"));
        editor.nudge(0, 5);
        String edited = file();

        dialogs.saveChoices.add(DialogService.SaveChoice.CANCEL);
        assertThat(main.openSample("transit-gateway-hub.json")).isFalse();
        assertThat(file()).isEqualTo(edited);

        dialogs.saveChoices.add(DialogService.SaveChoice.SAVE); // Save As is then cancelled: stay
        assertThat(main.requestClose()).isFalse();
        assertThat(file()).isEqualTo(edited);

        Path target = dir.resolve("kept.json");
        dialogs.saveChoices.add(DialogService.SaveChoice.SAVE);
        dialogs.toSave.add(target);
        assertThat(main.requestClose()).isTrue();
        assertThat(target).exists();

        editor.nudge(0, 5);
        dialogs.saveChoices.add(DialogService.SaveChoice.DONT_SAVE);
        assertThat(main.openSample("transit-gateway-hub.json")).isTrue();
        assertThat(dialogs.asked).filteredOn(a -> a.startsWith("save")).hasSize(4);
    }

    @Test
    void aFailingEditLeavesTheDesignAsItWasAndSaysWhy() {
        String before = file();
        var broken = new dev.linkwright.command.PutElement(new Instance(id("subnet-a"), "", id("vpc-a"), null, null, null, null,
                true, null, null), "Break it");
        assertThat(main.execute(dev.linkwright.command.Edits.group("Break the design", List.of(broken)))).isFalse();
        assertThat(main.statusProperty().get()).startsWith("Could not break the design: ");
        assertThat(file()).isEqualTo(before);
    }
}
