package dev.linkwright.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.app.LinkwrightApp;
import dev.linkwright.io.BuiltInSamples;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.ui.canvas.DiagramCanvas;
import dev.linkwright.ui.common.DialogService;
import dev.linkwright.ui.common.FxDialogService;
import dev.linkwright.ui.common.RecentFiles;
import dev.linkwright.ui.common.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window as a user meets it: the sample on the canvas, zoom, File menu, errors. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    Path dir;

    private ScriptedDialogs dialogs;
    private MainWindowViewModel model;
    private LinkwrightApp.MainWindow window;

    /** Real alerts (so the test sees what a user sees), scripted file choosers. */
    static final class ScriptedDialogs implements DialogService {
        private final FxDialogService real;
        final java.util.ArrayDeque<Path> toOpen = new java.util.ArrayDeque<>();
        final java.util.ArrayDeque<Path> toSave = new java.util.ArrayDeque<>();

        ScriptedDialogs(FxDialogService real) {
            this.real = real;
        }

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
            real.showError(headline, message, details);
        }

        @Override
        public void showInformation(String headline, String message) {
            real.showInformation(headline, message);
        }
    }

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        dialogs = new ScriptedDialogs(new FxDialogService(() -> stage));
        model = new MainWindowViewModel(dialogs, new RecentFiles(RecentFiles.inMemory()), "test");
        window = LinkwrightApp.open(stage, model);
        model.openSample(BuiltInSamples.DEFAULT);
        stage.show();
    }

    @AfterEach
    void lightAgain() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> Theme.LIGHT.apply());
    }

    private DiagramCanvas canvas() {
        return window.view().canvas();
    }

    private static Optional<Node> elementNode(FxRobot robot, String id) {
        ElementId elementId = ElementId.of(id);
        return robot.lookup(n -> elementId.equals(n.getUserData())).tryQuery();
    }

    private static double screenWidth(Node n) {
        return n.localToScreen(n.getBoundsInLocal()).getWidth();
    }

    @Test
    void theWindowOpensOnTheSampleWithItsVpcsInstancesLoadBalancerAndEndpoint(FxRobot robot) {
        for (String id : List.of("vpc-a", "vpc-b", "instance-a", "nlb-b", "vpce-a", "vpce-svc-1234", "subnet-a")) {
            Node node = elementNode(robot, id).orElseThrow(() -> new AssertionError("no node for " + id));
            assertThat(node.isVisible()).as(id).isTrue();
            assertThat(node.getScene()).as(id).isSameAs(window.stage().getScene());
        }
        assertThat(window.stage().getTitle()).isEqualTo("Linkwright — PrivateLink: the classic picture");
        assertThat(robot.lookup("#status-count").queryAs(Label.class).getText())
                .isEqualTo(model.getDesign().topology().size() + " elements");
        assertThat(canvas().getGeometry().connections()).isNotEmpty();
    }

    @Test
    void zoomInOutActualSizeAndFitChangeTheScale(FxRobot robot) {
        Node vpc = elementNode(robot, "vpc-a").orElseThrow();
        robot.clickOn("#tool-zoom-100");
        assertThat(canvas().getZoom()).isEqualTo(1.0);
        double atActualSize = screenWidth(vpc);
        assertThat(atActualSize).isCloseTo(canvas().getGeometry().get(ElementId.of("vpc-a")).bounds().width(),
                org.assertj.core.data.Offset.offset(1.0));

        robot.clickOn("#tool-zoom-in");
        assertThat(canvas().getZoom()).isGreaterThan(1.0);
        assertThat(screenWidth(vpc)).isGreaterThan(atActualSize * 1.2);
        assertThat(robot.lookup("#zoom-label").queryAs(Label.class).getText())
                .isEqualTo(Math.round(canvas().getZoom() * 100) + " %");

        robot.clickOn("#tool-zoom-out").clickOn("#tool-zoom-out");
        assertThat(canvas().getZoom()).isLessThan(1.0);
        assertThat(screenWidth(vpc)).isLessThan(atActualSize);

        robot.clickOn("#tool-zoom-in").clickOn("#tool-zoom-in").clickOn("#tool-zoom-in").clickOn("#tool-zoom-in");
        robot.clickOn("#tool-zoom-fit");
        double fitted = canvas().getZoom();
        javafx.geometry.Bounds whole = canvas().lookup(".diagram-scroll").localToScreen(
                canvas().lookup(".diagram-scroll").getBoundsInLocal());
        javafx.geometry.Bounds cloudOnScreen = screenBoundsOfAll(robot);
        assertThat(whole.contains(cloudOnScreen)).as("the whole diagram %s is in view %s", cloudOnScreen, whole).isTrue();
        assertThat(fitted).isNotEqualTo(1.0);
    }

    private javafx.geometry.Bounds screenBoundsOfAll(FxRobot robot) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (dev.linkwright.diagram.DiagramNode n : canvas().getGeometry().nodes()) {
            Node node = elementNode(robot, n.id().value()).orElseThrow();
            javafx.geometry.Bounds b = node.localToScreen(node.getBoundsInLocal());
            minX = Math.min(minX, b.getMinX());
            minY = Math.min(minY, b.getMinY());
            maxX = Math.max(maxX, b.getMaxX());
            maxY = Math.max(maxY, b.getMaxY());
        }
        return new javafx.geometry.BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    @Test
    void keyboardShortcutsZoom(FxRobot robot) {
        robot.clickOn("#tool-zoom-100");
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        assertThat(canvas().getZoom()).isGreaterThan(1.0);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertThat(canvas().getZoom()).isEqualTo(1.0);
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        assertThat(canvas().getZoom()).isLessThan(1.0);
    }

    @Test
    void openingABrokenFileShowsWhereItIsBrokenAndKeepsTheDesign(FxRobot robot) throws Exception {
        Design before = model.getDesign();
        dialogs.toOpen.add(MainWindowViewModelTest.brokenCopyOfTheSample(dir));

        robot.clickOn("#tool-open");

        DialogPane pane = robot.lookup(".error-dialog").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Cannot open broken.json");
        String problems = robot.from(pane).lookup(".problem-list").queryAs(TextArea.class).getText();
        assertThat(problems).containsPattern(
                "broken\\.json:\\d+:\\d+: at \\$\\.accounts\\[0]\\.regions\\[0]\\.vpcs\\[0]\\.cidrs\\[0]: '10\\.0\\.0\\.0/33' is not a CIDR");
        assertThat(problems).doesNotContain("Exception").doesNotContain("\tat ");
        robot.clickOn(robot.from(pane).lookup(".button").queryAs(Button.class));

        assertThat(robot.lookup(".error-dialog").tryQuery()).isEmpty();
        assertThat(model.getDesign()).isSameAs(before);
        assertThat(window.stage().getTitle()).isEqualTo("Linkwright — PrivateLink: the classic picture");
        assertThat(elementNode(robot, "vpc-a")).isPresent();
    }

    @Test
    void fileNewShowsHowToStartAndASampleLinkOpensTheSample(FxRobot robot) {
        robot.clickOn("File").clickOn("New");
        assertThat(model.emptyProperty().get()).isTrue();
        Node empty = robot.lookup(".empty-state").query();
        assertThat(empty.isVisible()).isTrue();
        assertThat(elementNode(robot, "vpc-a")).isEmpty();
        assertThat(window.stage().getTitle()).isEqualTo("Linkwright — Untitled");

        robot.clickOn("#sample-privatelink-basic");

        assertThat(empty.isVisible()).isFalse();
        assertThat(elementNode(robot, "vpc-a")).isPresent();
    }

    @Test
    void saveAsWritesTheDesignThatOpensAgain(FxRobot robot) throws Exception {
        Path target = dir.resolve("saved.json");
        dialogs.toSave.add(target);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(Files.exists(target)).isTrue();
        assertThat(model.getFile()).isEqualTo(target);
        assertThat(robot.lookup("#status-document").queryAs(Label.class).getText()).isEqualTo(target.toString());

        robot.clickOn("File").clickOn("New");
        dialogs.toOpen.add(target);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        assertThat(elementNode(robot, "nlb-b")).isPresent();
    }

    @Test
    void clickingAnElementSelectsItAndClickingTheBackgroundClears(FxRobot robot) {
        Node instance = elementNode(robot, "instance-a").orElseThrow();
        robot.clickOn(instance);
        assertThat(canvas().getSelection().getPrimary()).isEqualTo(ElementId.of("instance-a"));
        assertThat(robot.lookup(".selection-outline").tryQuery()).isPresent();

        Node vpc = elementNode(robot, "vpc-a").orElseThrow();
        javafx.geometry.Bounds b = vpc.localToScreen(vpc.getBoundsInLocal());
        robot.clickOn(b.getMaxX() - 6, b.getMaxY() - 6);
        assertThat(canvas().getSelection().getPrimary()).isEqualTo(ElementId.of("vpc-a"));

        javafx.geometry.Bounds view = canvas().localToScreen(canvas().getBoundsInLocal());
        robot.clickOn(view.getMinX() + 8, view.getMinY() + 8);
        assertThat(canvas().getSelection().isEmpty()).isTrue();
        assertThat(robot.lookup(".selection-outline").tryQuery()).isEmpty();
    }

    @Test
    void theDarkThemeRedrawsTheCanvasAndTheLegendStaysClear(FxRobot robot) {
        robot.clickOn("#tool-zoom-fit");
        robot.clickOn("View").clickOn("Theme").clickOn("Dark");
        assertThat(canvas().darkThemeProperty().get()).isTrue();
        assertThat(elementNode(robot, "vpc-a")).isPresent();
        Node legend = robot.lookup(".diagram-legend").query();
        javafx.geometry.Bounds legendBounds = legend.localToScreen(legend.getBoundsInLocal());
        Node vpcB = elementNode(robot, "vpc-b").orElseThrow();
        assertThat(vpcB.localToScreen(vpcB.getBoundsInLocal()).intersects(legendBounds)).as("the legend covers VPC B").isFalse();
        robot.clickOn("View").clickOn("Theme").clickOn("Light");
        assertThat(canvas().darkThemeProperty().get()).isFalse();
    }
}
