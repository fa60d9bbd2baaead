package dev.linkwright.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.diagram.LargeDesigns;
import dev.linkwright.io.BuiltInSamples;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Instance;
import dev.linkwright.model.Ipv4Address;
import dev.linkwright.ui.common.Theme;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DiagramCanvasTest {

    private DiagramCanvas canvas;
    private Design design;

    @Start
    void start(Stage stage) throws Exception {
        Theme.LIGHT.apply();
        canvas = new DiagramCanvas();
        design = BuiltInSamples.load(BuiltInSamples.DEFAULT);
        canvas.setDesign(design);
        stage.setScene(new Scene(canvas, 1100, 700));
        stage.show();
    }

    private static ElementId id(String s) {
        return ElementId.of(s);
    }

    private void onFx(Runnable r) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ScrollPane scroll() {
        return (ScrollPane) canvas.lookup(".diagram-scroll");
    }

    @Test
    void anEditRedrawsOnlyWhatChanged() {
        Node vpcB = canvas.nodeFor(id("vpc-b")).orElseThrow();
        Node instanceB1 = canvas.nodeFor(id("instance-b1")).orElseThrow();
        Node cellOfB1 = ((javafx.scene.Group) instanceB1).getChildren().get(0);
        int nodesAndLines = design.topology().size() + canvas.getGeometry().connections().size();
        Instance client = (Instance) design.topology().get(id("instance-a"));

        onFx(() -> design.topology().put(new Instance(id("instance-a2"), "Second client", client.parent(),
                Ipv4Address.parse("10.0.1.11"), null, null, null, true, null, null)));

        assertThat(canvas.nodeFor(id("instance-a2"))).isPresent();
        assertThat(canvas.nodeFor(id("vpc-b"))).containsSame(vpcB);
        assertThat(canvas.nodeFor(id("instance-b1"))).containsSame(instanceB1);
        assertThat(((javafx.scene.Group) instanceB1).getChildren().get(0)).as("instance-b1 was not redrawn").isSameAs(cellOfB1);
        RefreshStats stats = canvas.lastRefresh();
        assertThat(stats.created()).isEqualTo(1);
        // the containers that grew and the lines that moved are redrawn, the rest at most moved
        assertThat(stats.redrawn()).isLessThan(nodesAndLines / 2);
    }

    @Test
    void changesInOneEditAreDrawnOnce() {
        Instance client = (Instance) design.topology().get(id("instance-a"));
        onFx(() -> {
            design.topology().beginUpdate();
            for (int i = 0; i < 5; i++) {
                design.topology().put(new Instance(id("extra-" + i), "", client.parent(),
                        Ipv4Address.parse("10.0.1." + (100 + i)), null, null, null, true, null, null));
            }
            design.topology().endUpdate();
        });
        assertThat(canvas.lastRefresh().created()).isEqualTo(5);
    }

    @Test
    void removingAnElementRemovesItsNodeItsLinesAndItsSelection() {
        onFx(() -> canvas.getSelection().select(id("instance-b2")));
        assertThat(canvas.connectionNode("load_balancer_target:nlb-b->instance-b2")).isPresent();

        onFx(() -> design.topology().remove(id("instance-b2")));

        assertThat(canvas.nodeFor(id("instance-b2"))).isEmpty();
        assertThat(canvas.connectionNode("load_balancer_target:nlb-b->instance-b2")).isEmpty();
        assertThat(canvas.getSelection().isEmpty()).isTrue();
    }

    @Test
    void collapsingAVpcHidesWhatIsInside() {
        onFx(() -> design.layout().setCollapsed(id("vpc-b"), true));
        assertThat(canvas.nodeFor(id("vpc-b")).orElseThrow().isVisible()).isTrue();
        assertThat(canvas.nodeFor(id("nlb-b")).orElseThrow().isVisible()).isFalse();
        assertThat(canvas.nodeFor(id("instance-b1")).orElseThrow().isVisible()).isFalse();
        onFx(() -> design.layout().setCollapsed(id("vpc-b"), false));
        assertThat(canvas.nodeFor(id("nlb-b")).orElseThrow().isVisible()).isTrue();
    }

    @Test
    void ctrlWheelZoomsAroundThePointer() {
        onFx(canvas::actualSize);
        Node instance = canvas.nodeFor(id("instance-b1")).orElseThrow();
        Point2D pointer = instance.localToScene(60, 30);
        onFx(() -> scroll().lookup(".viewport").fireEvent(wheel(pointer, 120, true)));
        assertThat(canvas.getZoom()).isGreaterThan(1.1);
        Point2D after = instance.localToScene(60, 30);
        assertThat(after.distance(pointer)).as("the point under the pointer stays put").isLessThan(2.0);

        double zoomed = canvas.getZoom();
        onFx(() -> scroll().lookup(".viewport").fireEvent(wheel(pointer, -120, true)));
        assertThat(canvas.getZoom()).isLessThan(zoomed);
    }

    @Test
    void aPlainWheelScrollsInsteadOfZooming() {
        onFx(() -> canvas.setZoom(2.5));
        double before = scroll().getVvalue();
        Point2D centre = canvas.localToScene(500, 300);
        onFx(() -> scroll().lookup(".viewport").fireEvent(wheel(centre, -120, false)));
        assertThat(canvas.getZoom()).isEqualTo(2.5);
        assertThat(scroll().getVvalue()).isGreaterThan(before);
    }

    private ScrollEvent wheel(Point2D at, double deltaY, boolean control) {
        Point2D screen = canvas.getScene().getWindow() == null ? at
                : new Point2D(at.getX() + canvas.getScene().getWindow().getX(), at.getY() + canvas.getScene().getWindow().getY());
        return new ScrollEvent(ScrollEvent.SCROLL, at.getX(), at.getY(), screen.getX(), screen.getY(), false, control, false,
                false, false, false, 0, deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, new PickResult(null, at.getX(), at.getY()));
    }

    @Test
    void spaceDragAndMiddleDragPan(FxRobot robot) {
        onFx(() -> {
            canvas.setZoom(2.5);
            scroll().setHvalue(0.5);
            scroll().setVvalue(0.5);
        });
        Point2D centre = canvas.localToScreen(550, 350);
        robot.moveTo(centre);
        onFx(canvas::requestFocus);
        double h = scroll().getHvalue();
        double v = scroll().getVvalue();
        robot.press(KeyCode.SPACE);
        robot.drag(centre, MouseButton.PRIMARY).dropBy(-120, -80);
        robot.release(KeyCode.SPACE);
        assertThat(scroll().getHvalue()).as("dragging left moves the view right").isGreaterThan(h);
        assertThat(scroll().getVvalue()).isGreaterThan(v);
        assertThat(canvas.getSelection().isEmpty()).as("a pan is not a click").isTrue();

        double h2 = scroll().getHvalue();
        robot.drag(centre, MouseButton.MIDDLE).dropBy(150, 0);
        assertThat(scroll().getHvalue()).isLessThan(h2);
    }

    @Test
    void plusAndMinusZoomWhenTheCanvasHasTheFocus(FxRobot robot) {
        onFx(() -> {
            canvas.actualSize();
            canvas.requestFocus();
        });
        robot.type(KeyCode.EQUALS);
        assertThat(canvas.getZoom()).isGreaterThan(1.0);
        robot.type(KeyCode.MINUS).type(KeyCode.MINUS);
        assertThat(canvas.getZoom()).isLessThan(1.0);
    }

    @Test
    void aDesignOfTwoThousandElementsIsDrawnAndEditedIncrementally() {
        Design large = LargeDesigns.hubAndSpoke(4, 12, 3, 2, 5);
        onFx(() -> canvas.setDesign(large));
        RefreshStats first = canvas.lastRefresh();
        assertThat(first.created()).isGreaterThan(large.topology().size());
        for (var e : large.topology().elements()) {
            assertThat(canvas.nodeFor(e.id())).as("%s", e.id()).isPresent();
        }
        Instance any = (Instance) large.topology().get(id("i-3-11-2-1-4"));
        onFx(() -> large.topology().put(new Instance(any.id(), "renamed", any.parent(), any.privateIp(), null, null,
                any.securityGroups(), true, null, null)));
        RefreshStats edit = canvas.lastRefresh();
        System.out.printf("canvas: first draw of %d elements %.0f ms; a rename redrew %d nodes in %.1f ms%n",
                large.topology().size(), first.millis(), edit.rebuilt(), edit.millis());
        assertThat(edit.created()).isZero();
        assertThat(edit.redrawn()).isEqualTo(1);
        assertThat(edit.moved()).isZero();
    }

    @Test
    void theLegendListsTheLineKindsInTheDesign(FxRobot robot) {
        String text = robot.lookup(".diagram-legend .legend-text").queryAll().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).reduce("", (a, b) -> a + "|" + b);
        assertThat(text).contains("PrivateLink").contains("Load balancer → target").contains("Private subnet")
                .doesNotContain("VPC peering");
    }

    @Test
    void theLegendNeverCoversTheDiagramAfterFit() {
        onFx(() -> canvas.setDesign(Design.empty()));
        onFx(() -> canvas.setDesign(design));
        onFx(() -> canvas.darkThemeProperty().set(true));
        onFx(canvas::fitToWindow);
        Node legend = canvas.lookup(".diagram-legend");
        javafx.geometry.Bounds legendBounds = legend.localToScene(legend.getBoundsInLocal());
        for (var n : canvas.getGeometry().nodes()) {
            Node node = canvas.nodeFor(n.id()).orElseThrow();
            javafx.geometry.Bounds b = node.localToScene(node.getBoundsInLocal());
            assertThat(b.intersects(legendBounds)).as("%s %s under the legend %s", n.id(), b, legendBounds).isFalse();
        }
        onFx(() -> canvas.darkThemeProperty().set(false));
    }
}
