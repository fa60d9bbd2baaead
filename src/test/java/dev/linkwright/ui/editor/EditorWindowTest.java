package dev.linkwright.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.app.LinkwrightApp;
import dev.linkwright.io.BuiltInSamples;
import dev.linkwright.io.DesignFiles;
import dev.linkwright.io.DesignWriter;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Instance;
import dev.linkwright.model.PeeringConnection;
import dev.linkwright.model.SecurityGroup;
import dev.linkwright.model.Subnet;
import dev.linkwright.ui.common.DialogService;
import dev.linkwright.ui.common.RecentFiles;
import dev.linkwright.ui.common.Theme;
import dev.linkwright.ui.main.MainWindowViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The designer as a user drives it: real drags from the palette and on the canvas, the connection
 * tool, delete, undo and redo, the inspector, save and reopen.
 */
@ExtendWith(ApplicationExtension.class)
class EditorWindowTest {

    @TempDir
    Path dir;

    private Dialogs dialogs;
    private MainWindowViewModel model;
    private LinkwrightApp.MainWindow window;
    private String original;

    /** File choosers and confirmations answered from queues; what was asked is recorded. */
    static final class Dialogs implements DialogService {
        final Deque<Path> toOpen = new ArrayDeque<>();
        final Deque<Path> toSave = new ArrayDeque<>();
        final Deque<Boolean> confirmations = new ArrayDeque<>();
        final Deque<SaveChoice> saveChoices = new ArrayDeque<>();
        final List<String> asked = new ArrayList<>();

        @Override
        public Optional<Path> chooseFileToOpen(String title, Path initialDirectory) {
            return Optional.ofNullable(toOpen.poll());
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, Path initialDirectory, String suggestedName) {
            return Optional.ofNullable(toSave.poll());
        }

        @Override
        public void showError(String headline, String message, List<String> details) {
            asked.add("error: " + headline + " " + message);
        }

        @Override
        public void showInformation(String headline, String message) {
            asked.add("info: " + headline);
        }

        @Override
        public SaveChoice askToSaveChanges(String documentName) {
            asked.add("save changes to " + documentName + "?");
            return saveChoices.isEmpty() ? SaveChoice.CANCEL : saveChoices.poll();
        }

        @Override
        public boolean confirm(String headline, String message, String action) {
            asked.add(headline + " " + message);
            return !confirmations.isEmpty() && confirmations.poll();
        }
    }

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        dialogs = new Dialogs();
        model = new MainWindowViewModel(dialogs, new RecentFiles(RecentFiles.inMemory()), "test");
        window = LinkwrightApp.open(stage, model);
        model.openSample(BuiltInSamples.DEFAULT);
        stage.show();
        original = new DesignWriter().toJson(model.getDesign());
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private Design design() {
        return model.getDesign();
    }

    private static ElementId id(String s) {
        return ElementId.of(s);
    }

    private Node node(String id) {
        return window.view().canvas().nodeFor(id(id)).orElseThrow(() -> new AssertionError("no node for " + id));
    }

    private Bounds screen(String id) {
        Node n = node(id);
        return n.localToScreen(n.getBoundsInLocal());
    }

    /** A point of element {@code id} at fractions ({@code fx}, {@code fy}) of its box on screen. */
    private Point2D at(String id, double fx, double fy) {
        Bounds b = screen(id);
        return new Point2D(b.getMinX() + b.getWidth() * fx, b.getMinY() + b.getHeight() * fy);
    }

    private void showPaletteItem(FxRobot robot, String query) {
        robot.clickOn("#palette-search").write(query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String file() {
        return new DesignWriter().toJson(design());
    }

    private Label dropMessage(FxRobot robot) {
        return robot.lookup(".drop-message").queryAs(Label.class);
    }

    private void fitAtActualSize(FxRobot robot) {
        robot.clickOn("#tool-zoom-100");
        WaitForAsyncUtils.waitForFxEvents();
        window.view().canvas().centreOn(620, 330);
        WaitForAsyncUtils.waitForFxEvents();
    }

    // ---- palette --------------------------------------------------------------------------------------

    @Test
    void draggingAnInstanceFromThePaletteIntoASubnetAddsItThereWithTheNextFreeAddress(FxRobot robot) {
        showPaletteItem(robot, "EC2");
        robot.drag("#palette-instance", MouseButton.PRIMARY).moveTo(at("subnet-b", 0.5, 0.93));
        assertThat(robot.lookup(".drop-allowed").tryQuery()).as("the drop target is highlighted").isPresent();
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();

        Instance added = (Instance) design().topology().get(id("instance-1"));
        assertThat(added.parent()).isEqualTo(id("subnet-b"));
        assertThat(added.privateIp().toString()).isEqualTo("10.1.1.10");
        assertThat(window.view().canvas().getSelection().getPrimary()).isEqualTo(id("instance-1"));
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Add EC2 instance instance-1");
        assertThat(window.stage().getTitle()).isEqualTo("Linkwright — *PrivateLink: the classic picture");
        assertThat(window.view().canvas().nodeFor(id("instance-1"))).isPresent();
    }

    @Test
    void aForbiddenDropSaysWhyWhereThePointerIsAndAddsNothing(FxRobot robot) {
        int before = design().topology().size();
        showPaletteItem(robot, "subnet");
        robot.drag("#palette-subnet", MouseButton.PRIMARY).moveTo(at("vpc-a", 0.5, 0.07));
        Label message = dropMessage(robot);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("A subnet goes in an Availability Zone of a VPC: drop it on an Availability Zone "
                + "(a dashed box).");
        assertThat(robot.lookup(".drop-refused").tryQuery()).as("the refused target is outlined in red").isPresent();
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(design().topology().size()).isEqualTo(before);
        assertThat(dropMessage(robot).isVisible()).as("the reason stays in place a moment").isTrue();
        assertThat(dropMessage(robot).getText()).startsWith("A subnet goes in an Availability Zone");
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("no dialog").isEmpty();
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void escCancelsAPaletteDrag(FxRobot robot) {
        showPaletteItem(robot, "EC2");
        robot.drag("#palette-instance", MouseButton.PRIMARY).moveTo(at("subnet-a", 0.3, 0.9));
        robot.type(KeyCode.ESCAPE);
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file()).isEqualTo(original);
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    // ---- moving on the canvas ----------------------------------------------------------------------------

    @Test
    void draggingAnInstanceIntoAnotherSubnetMovesItThereAsOneUndoEntry(FxRobot robot) {
        robot.drag(at("instance-b2", 0.5, 0.3), MouseButton.PRIMARY).moveTo(at("subnet-a", 0.55, 0.7));
        assertThat(robot.lookup(".drop-allowed").tryQuery()).isPresent();
        assertThat(dropMessage(robot).getText()).isEqualTo("Move into Subnet A");
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();

        Instance moved = (Instance) design().topology().get(id("instance-b2"));
        assertThat(moved.parent()).isEqualTo(id("subnet-a"));
        assertThat(moved.privateIp().toString()).isEqualTo("10.0.1.11");
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Move Service 2 into Subnet A");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file()).isEqualTo(original);
    }

    @Test
    void movingAContainerMovesItsContentAndEscCancelsAMove(FxRobot robot) {
        Bounds instanceBefore = screen("instance-a");
        robot.drag(at("vpc-a", 0.5, 0.06), MouseButton.PRIMARY).moveBy(30, 40);
        assertThat(screen("instance-a").getMinY()).as("the preview moves the content").isGreaterThan(instanceBefore.getMinY() + 10);
        robot.type(KeyCode.ESCAPE);
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file()).isEqualTo(original);
        assertThat(screen("instance-a").getMinY()).isEqualTo(instanceBefore.getMinY());

        double zoom = window.view().canvas().getZoom();
        double before = window.view().canvas().getGeometry().get(id("instance-a")).bounds().y();
        robot.drag(at("vpc-a", 0.5, 0.06), MouseButton.PRIMARY).moveBy(0, 60).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double after = window.view().canvas().getGeometry().get(id("instance-a")).bounds().y();
        assertThat(after - before).as("moved with its VPC, in diagram units").isCloseTo(60 / zoom, org.assertj.core.data.Offset.offset(2.0));
        assertThat(design().layout().bounds(id("vpc-a"))).isPresent();
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Move VPC A");
    }

    @Test
    void anAvailabilityZoneCannotBeDraggedIntoAnotherVpc(FxRobot robot) {
        robot.drag(at("vpc-a/us-east-1a", 0.5, 0.05), MouseButton.PRIMARY).moveTo(at("vpc-b", 0.5, 0.08));
        assertThat(dropMessage(robot).getText()).startsWith("An Availability Zone belongs to its VPC");
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file()).isEqualTo(original);
    }

    // ---- connect --------------------------------------------------------------------------------------------

    @Test
    void theConnectionToolPeersTwoVpcsAndRefusesPairsThatDoNotConnect(FxRobot robot) {
        robot.clickOn("#tool-connect");
        robot.drag(at("instance-a", 0.5, 0.3), MouseButton.PRIMARY).moveTo(at("vpc-b", 0.9, 0.08));
        assertThat(dropMessage(robot).getText()).startsWith("An EC2 instance and a VPC do not connect.");
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(design().topology().all(PeeringConnection.class)).isEmpty();

        robot.drag(at("vpc-a", 0.9, 0.07), MouseButton.PRIMARY).moveTo(at("vpc-b", 0.9, 0.08));
        assertThat(dropMessage(robot).getText()).isEqualTo("Peer VPC A with VPC B");
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        PeeringConnection pcx = design().topology().all(PeeringConnection.class).get(0);
        assertThat(pcx.requesterVpc()).isEqualTo(id("vpc-a"));
        assertThat(pcx.accepterVpc()).isEqualTo(id("vpc-b"));
        assertThat(window.view().canvas().getGeometry().connections()).anyMatch(c -> c.element().equals(pcx.id()));
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Peer VPC A with VPC B");
    }

    // ---- delete, undo, redo ----------------------------------------------------------------------------------

    @Test
    void deletingASubnetConfirmsWhatItTakesAlongAndUndoGivesTheFileBack(FxRobot robot) {
        robot.clickOn(at("subnet-b", 0.97, 0.5));
        assertThat(window.view().canvas().getSelection().getPrimary()).isEqualTo(id("subnet-b"));
        dialogs.confirmations.add(false);
        robot.type(KeyCode.DELETE);
        assertThat(dialogs.asked).last().asString().startsWith("Delete Subnet B?")
                .contains("including instance-b1, instance-b2").contains("removes references from");
        assertThat(design().topology().contains(id("subnet-b"))).isTrue();

        dialogs.confirmations.add(true);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(design().topology().contains(id("subnet-b"))).isFalse();
        assertThat(design().topology().contains(id("instance-b1"))).isFalse();
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Delete subnet-b");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file()).isEqualTo(original);
        assertThat(window.stage().getTitle()).as("back at the saved state").doesNotContain("*");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(design().topology().contains(id("subnet-b"))).isFalse();
    }

    @Test
    void aSequenceOfGesturesUndoesBackToTheOriginalFileAndRedoesForward(FxRobot robot) {
        showPaletteItem(robot, "EC2");
        robot.drag("#palette-instance", MouseButton.PRIMARY).dropTo(at("subnet-a", 0.4, 0.9));
        robot.drag(at("instance-b1", 0.5, 0.3), MouseButton.PRIMARY).moveBy(0, 40).drop();
        robot.clickOn("#tool-connect");
        robot.drag(at("vpc-a", 0.9, 0.07), MouseButton.PRIMARY).dropTo(at("vpc-b", 0.9, 0.08));
        robot.clickOn("#tool-select");
        WaitForAsyncUtils.waitForFxEvents();
        String edited = file();
        assertThat(edited).isNotEqualTo(original).contains("instance-1").contains("pcx-1");

        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file()).isEqualTo(original);
        assertThat(model.canUndoProperty().get()).isFalse();

        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file()).isEqualTo(edited);
    }

    // ---- inspector -------------------------------------------------------------------------------------------

    @Test
    void theInspectorRefusesACidrThatDoesNotParseAndCommitsAValidOne(FxRobot robot) {
        robot.clickOn(at("subnet-a", 0.97, 0.5));
        TextField cidr = robot.lookup("#prop-cidr").queryAs(TextField.class);
        assertThat(cidr.getText()).isEqualTo("10.0.1.0/24");
        robot.doubleClickOn(cidr).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("10.0.1.0/33");
        assertThat(cidr.getStyleClass()).contains("field-invalid");
        Label error = robot.lookup(".field-error").match(Node::isVisible).queryAs(Label.class);
        assertThat(error.getText()).isEqualTo("'10.0.1.0/33' is not a CIDR block (prefix /33 is above /32)");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Subnet) design().topology().get(id("subnet-a"))).cidr().toString()).isEqualTo("10.0.1.0/24");
        assertThat(model.canUndoProperty().get()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("10.0.2.0/24").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Subnet) design().topology().get(id("subnet-a"))).cidr().toString()).isEqualTo("10.0.2.0/24");
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Change CIDR block of Subnet A");
        assertThat(robot.lookup("#prop-cidr").queryAs(TextField.class).getStyleClass()).doesNotContain("field-invalid");
    }

    @Test
    void aSecurityGroupsRulesAreATableWithAddAndCheckedCells(FxRobot robot) {
        robot.clickOn(node("sg-endpoint"));
        assertThat(window.view().canvas().getSelection().getPrimary()).isEqualTo(id("sg-endpoint"));
        @SuppressWarnings("unchecked")
        TableView<Integer> ingress = robot.lookup("#table-ingress").queryAs(TableView.class);
        assertThat(ingress.getItems()).hasSize(1);
        robot.clickOn("#table-ingress-add");
        WaitForAsyncUtils.waitForFxEvents();
        SecurityGroup sg = (SecurityGroup) design().topology().get(id("sg-endpoint"));
        assertThat(sg.ingress()).hasSize(2);
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Change inbound rules of endpoint");

        String problem = window.view().editor().setCell(id("sg-endpoint"), dev.linkwright.edit.ElementProperties.get(
                SecurityGroup.class, "ingress"), 1, dev.linkwright.edit.RowTables.columns(dev.linkwright.model.SecurityGroupRule.class)
                .get(1), "70000");
        assertThat(problem).isEqualTo("port 70000 in '70000' is above 65535");
        assertThat(((SecurityGroup) design().topology().get(id("sg-endpoint"))).ingress().get(1).ports().toString()).isEqualTo("443");
    }

    // ---- files -------------------------------------------------------------------------------------------------

    @Test
    void anEditedDesignSavesAndReopensAsItWas(FxRobot robot) throws Exception {
        showPaletteItem(robot, "EC2");
        robot.drag("#palette-instance", MouseButton.PRIMARY).dropTo(at("subnet-b", 0.5, 0.93));
        WaitForAsyncUtils.waitForFxEvents();
        Path target = dir.resolve("edited.json");
        dialogs.toSave.add(target);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.exists(target)).isTrue();
        assertThat(window.stage().getTitle()).doesNotContain("*");
        assertThat(robot.lookup("#status-saved").queryAs(Label.class).getText()).isEqualTo("Saved");
        Design saved = design();

        robot.clickOn("File").clickOn("New");
        dialogs.toOpen.add(target);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(design()).isNotSameAs(saved);
        Design reopened = DesignFiles.load(target);
        assertThat(design().sameContentAs(reopened)).isTrue();
        assertThat(design().layout()).isEqualTo(saved.layout());
        assertThat(java.util.Set.copyOf(design().topology().elements())).isEqualTo(java.util.Set.copyOf(saved.topology().elements()));
        assertThat(window.view().canvas().nodeFor(id("instance-1"))).isPresent();
    }

    @Test
    void unsavedWorkIsNotLostWhenOpeningAnotherDesign(FxRobot robot) {
        robot.clickOn(at("instance-a", 0.5, 0.3));
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.isDirty()).isTrue();
        String edited = file();

        dialogs.saveChoices.add(DialogService.SaveChoice.CANCEL);
        robot.clickOn("File").clickOn("New");
        assertThat(dialogs.asked).last().asString().isEqualTo("save changes to “PrivateLink: the classic picture”?");
        assertThat(file()).isEqualTo(edited);

        dialogs.saveChoices.add(DialogService.SaveChoice.DONT_SAVE);
        robot.clickOn("File").clickOn("New");
        assertThat(design().topology().size()).isZero();
        assertThat(window.stage().getTitle()).isEqualTo("Linkwright — Untitled");
    }

    // ---- selection, clipboard, search, minimap ---------------------------------------------------------------

    @Test
    void shiftClickAndMarqueeSelectSeveralElementsWhichAlignAsOneEdit(FxRobot robot) {
        robot.clickOn(at("instance-b1", 0.5, 0.3));
        robot.press(KeyCode.SHIFT).clickOn(at("instance-b2", 0.5, 0.3)).release(KeyCode.SHIFT);
        assertThat(window.view().canvas().getSelection().getSelectedIds()).containsExactlyInAnyOrder(id("instance-b1"), id("instance-b2"));
        robot.clickOn(at("vpc-b", 0.99, 0.99));
        // a drag on the body of a container that is not selected draws a marquee (its header would move it)
        robot.drag(new Point2D(screen("subnet-b").getMinX() + 3, screen("subnet-b").getMaxY() - 3), MouseButton.PRIMARY)
                .moveTo(new Point2D(screen("subnet-b").getMaxX() - 3, screen("instance-b1").getMinY() - 2)).drop();
        assertThat(window.view().canvas().getSelection().getSelectedIds()).contains(id("instance-b1"), id("instance-b2"), id("nlb-b"));

        robot.clickOn(at("instance-b1", 0.5, 0.3));
        robot.press(KeyCode.SHIFT).clickOn(at("instance-b2", 0.5, 0.3)).release(KeyCode.SHIFT);
        robot.interact(() -> window.view().editor().align(dev.linkwright.edit.Arrange.Alignment.TOP));
        assertThat(model.canUndoProperty().get()).as("already lined up: nothing to undo").isFalse();
        robot.interact(() -> window.view().editor().align(dev.linkwright.edit.Arrange.Alignment.CENTER));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen("instance-b1").getCenterX()).isCloseTo(screen("instance-b2").getCenterX(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Align centres");
    }

    @Test
    void copyAndPasteGivesAFreshIdAndTheNextFreeAddress(FxRobot robot) {
        robot.clickOn(at("instance-a", 0.5, 0.3));
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Instance copy = (Instance) design().topology().get(id("instance-1"));
        assertThat(copy.parent()).isEqualTo(id("subnet-a"));
        assertThat(copy.privateIp().toString()).isEqualTo("10.0.1.11");
        assertThat(window.view().canvas().getSelection().getPrimary()).isEqualTo(id("instance-1"));

        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(design().topology().find(id("instance-2"))).isPresent();
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Duplicate instance-1");
    }

    @Test
    void searchByAddressSelectsAndRevealsTheElement(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("10.1.1.12").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.view().canvas().getSelection().getPrimary()).isEqualTo(id("instance-b2"));
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).startsWith("Found 1 of ");
    }

    @Test
    void theMinimapShowsWhenTheDiagramDoesNotFitAndMovesTheView(FxRobot robot) {
        robot.clickOn("#tool-zoom-fit");
        WaitForAsyncUtils.waitForFxEvents();
        Node minimap = robot.lookup("#minimap").query();
        assertThat(minimap.isVisible()).isFalse();
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#tool-zoom-in");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(minimap.isVisible()).isTrue();
        dev.linkwright.model.Bounds before = window.view().canvas().visibleAreaProperty().get();
        Bounds m = minimap.localToScreen(minimap.getBoundsInLocal());
        robot.clickOn(m.getMaxX() - 20, m.getMaxY() - 20);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.view().canvas().visibleAreaProperty().get()).isNotEqualTo(before);
    }
}
