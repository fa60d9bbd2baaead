package dev.linkwright.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.diagram.DiagramNode;
import dev.linkwright.io.BuiltInSamples;
import dev.linkwright.model.Bounds;
import dev.linkwright.model.Design;
import dev.linkwright.model.ElementId;
import dev.linkwright.ui.common.Theme;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Badges on the canvas: where they sit, that they follow their element, and what hovering shows. */
@ExtendWith(ApplicationExtension.class)
class CanvasBadgesTest {

    private static final ElementId INSTANCE = ElementId.of("instance-b1");
    private static final ElementId SUBNET = ElementId.of("subnet-b");
    private static final ElementId VPC = ElementId.of("vpc-b");

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

    private void onFx(Runnable r) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ElementBadge error(String text) {
        return new ElementBadge(ElementBadge.Level.ERROR, 1, text);
    }

    private static ElementBadge warning(String text) {
        return new ElementBadge(ElementBadge.Level.WARNING, 1, text);
    }

    /** The badge's centre in diagram coordinates. */
    private double[] centre(ElementId id) {
        Node badge = canvas.badgeNode(id).orElseThrow(() -> new AssertionError("no badge for " + id));
        return new double[] {badge.getLayoutX(), badge.getLayoutY()};
    }

    @Test
    void aBadgeSitsOnTheTopRightOfTheIconOrTheGroupHeader() {
        onFx(() -> canvas.setBadges(Map.of(INSTANCE, error("E_X: broken"), VPC, warning("W_Y: odd"))));
        DiagramNode instance = canvas.getGeometry().get(INSTANCE);
        double[] c = centre(INSTANCE);
        assertThat(c[0]).isBetween(instance.anchor().maxX() - 12, instance.anchor().maxX() + 4);
        assertThat(c[1]).isBetween(instance.anchor().y() - 4, instance.anchor().y() + 12);
        DiagramNode vpc = canvas.getGeometry().get(VPC);
        double[] v = centre(VPC);
        assertThat(v[0]).isBetween(vpc.bounds().maxX() - 30, vpc.bounds().maxX());
        assertThat(v[1]).isBetween(vpc.bounds().y(), vpc.bounds().y() + 30);
        assertThat(canvas.badgeNode(INSTANCE).orElseThrow().getStyleClass()).contains("badge-error");
        assertThat(canvas.badgeNode(VPC).orElseThrow().getStyleClass()).contains("badge-warning");
        assertThat(canvas.badgeNode(INSTANCE).orElseThrow().isMouseTransparent()
                || canvas.badgeNode(INSTANCE).orElseThrow().getParent().isMouseTransparent()).as("clicks reach the element").isTrue();
    }

    @Test
    void aBadgeFollowsItsElementAndGoesWhenCleared() {
        onFx(() -> canvas.setBadges(Map.of(INSTANCE, error("E_X: broken"))));
        double[] before = centre(INSTANCE);
        Bounds stored = canvas.getGeometry().relativeBounds(INSTANCE);
        onFx(() -> design.layout().setBounds(INSTANCE, new Bounds(stored.x() + 60, stored.y(), stored.width(), stored.height())));
        double[] after = centre(INSTANCE);
        assertThat(after[0] - before[0]).isGreaterThan(20);

        onFx(() -> canvas.setBadges(Map.of()));
        assertThat(canvas.badgeNode(INSTANCE)).isEmpty();
    }

    @Test
    void anElementHiddenInACollapsedContainerPassesItsBadgeOn() {
        onFx(() -> canvas.setBadges(Map.of(INSTANCE, error("E_X: broken"), SUBNET, warning("W_Y: odd"))));
        onFx(() -> design.layout().setCollapsed(SUBNET, true));
        Node onSubnet = canvas.badgeNode(SUBNET).orElseThrow();
        assertThat(canvas.badgeNode(INSTANCE)).containsSame(onSubnet);
        assertThat(onSubnet.getStyleClass()).as("the worse of the two").contains("badge-error");
    }

    @Test
    void hoveringAnElementShowsItsBadgeText(FxRobot robot) throws Exception {
        onFx(() -> canvas.setBadges(Map.of(INSTANCE, error("● E_IP_NOT_IN_SUBNET: the address is outside the subnet"))));
        robot.moveTo(canvas.nodeFor(INSTANCE).orElseThrow());
        robot.moveBy(1, 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w instanceof Tooltip t && t.isShowing() && t.getText().contains("E_IP_NOT_IN_SUBNET")));
    }
}
