package dev.linkwright.ui.study;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.model.ElementId;
import dev.linkwright.study.Exercise;
import dev.linkwright.study.ProgressStore;
import dev.linkwright.study.StudyProgress;
import dev.linkwright.study.StudyTestPacks;
import dev.linkwright.ui.common.Theme;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A student walks one exercise of each mode from choosing it in the list to the grade, with real clicks. */
@ExtendWith(ApplicationExtension.class)
class StudyViewTest {

    @TempDir
    static Path dir;
    private StudyView view;
    private ProgressStore store;

    @Start
    void start(Stage stage) throws Exception {
        Theme.LIGHT.apply();
        store = new ProgressStore(dir.resolve("progress-" + System.nanoTime() + ".json"));
        view = new StudyView(new StudyViewModel(List.of(StudyTestPacks.allModes()), store, new StudyProgress("tester")));
        stage.setScene(new Scene(view, 1260, 780));
        stage.show();
    }

    private void open(FxRobot robot, String id) {
        Exercise e = view.model().exercises().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        Node cell = robot.lookup("#study-exercises .tree-cell").match(c -> ((TreeCell<?>) c).getItem() == e).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().getExercise()).isSameAs(e);
    }

    private Node element(FxRobot robot, String id) {
        ElementId elementId = ElementId.of(id);
        return robot.from(view.canvas()).lookup((java.util.function.Predicate<Node>) n -> elementId.equals(n.getUserData())).query();
    }

    private String score(FxRobot robot) {
        return robot.lookup("#study-score").queryAs(Label.class).getText();
    }

    @Test
    void predictTheBlockerByClickingIt(FxRobot robot) throws Exception {
        open(robot, "closed-sg");
        robot.clickOn("#study-answer-blocked");
        robot.clickOn(element(robot, "sg-b1"));
        assertThat(robot.lookup("#study-picked").queryAs(Label.class).getText()).isEqualTo("Blocking component: sg-b1");
        assertThat(view.canvas().getSelection().getSelectedIds()).containsExactly(ElementId.of("sg-b1"));
        robot.clickOn("#study-submit");
        assertThat(score(robot)).isEqualTo("✓ Score 2 of 2");
        assertThat(store.load().get("test-pack/closed-sg").orElseThrow().bestScore()).isEqualTo(2);

        robot.clickOn("#study-reveal");
        Node trace = robot.lookup("#study-trace").query();
        assertThat(trace.isVisible()).isTrue();
        assertThat(((TraceListPlayer) view.tracePlayer()).lines()).anyMatch(TraceLine::failed);
        assertThat(robot.lookup("#study-explanation").queryAs(Label.class).getText()).contains("(R-SG-1)").contains("Rules:");
    }

    @Test
    void fixByEditingTheRouteTableAndChecking(FxRobot robot) {
        open(robot, "fix-route");
        robot.clickOn("#study-check");
        assertThat(score(robot)).isEqualTo("✗ Score 0 of 1");
        robot.clickOn("#study-hint");
        assertThat(robot.lookup("#study-hints .label").queryAs(Label.class).getText()).contains("NO_ROUTE_TO_DESTINATION");

        robot.clickOn(element(robot, "rtb-b"));
        TextArea editor = robot.lookup("#study-editor").queryAs(TextArea.class);
        assertThat(editor.getText()).contains("\"id\" : \"rtb-b\"");
        robot.clickOn(editor).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("{\"id\": \"rtb-b\", \"routes\": [{\"destination\": \"10.0.0.0/16\", \"target\": \"pcx-AB\"}]}");
        robot.clickOn("#study-apply-edit");
        assertThat(robot.lookup("#study-edit-problem").queryAs(Label.class).isVisible()).isFalse();
        robot.clickOn("#study-check");
        assertThat(score(robot)).isEqualTo("✓ Score 1 of 1");
        assertThat(robot.lookup("#study-intents .label").queryAs(Label.class).getText()).contains("must be reachable: reachable");
    }

    @Test
    void spotTheFlawByClickingTheVpc(FxRobot robot) {
        open(robot, "spot-overlap");
        robot.clickOn(element(robot, "i-b1"));
        robot.clickOn(robot.point(element(robot, "VPC-A")).atPosition(Pos.TOP_LEFT).atOffset(new Point2D(30, 10)));
        assertThat(view.model().spotClicks()).containsExactly(ElementId.of("i-b1"), ElementId.of("VPC-A"));
        assertThat(robot.lookup("#study-clicks").queryAs(Label.class).getText()).isEqualTo("Marked: i-b1, VPC-A");
        robot.clickOn("#study-submit-spot");
        assertThat(score(robot)).isEqualTo("✗ Score 0 of 1"); // one flaw found, one false click
        robot.clickOn("#study-retry");
        robot.clickOn(robot.point(element(robot, "VPC-A")).atPosition(Pos.TOP_LEFT).atOffset(new Point2D(30, 10)));
        robot.clickOn("#study-submit-spot");
        assertThat(score(robot)).isEqualTo("✓ Score 1 of 1");
        assertThat(robot.lookup("#study-progress").queryAs(javafx.scene.layout.VBox.class).getChildren()).isNotEmpty();
    }
}
