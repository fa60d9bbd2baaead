package dev.linkwright.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkwright.app.LinkwrightApp;
import dev.linkwright.command.Edits;
import dev.linkwright.io.BuiltInSamples;
import dev.linkwright.model.Cidr;
import dev.linkwright.model.ElementId;
import dev.linkwright.model.Vpc;
import dev.linkwright.ui.common.RecentFiles;
import dev.linkwright.ui.common.Theme;
import dev.linkwright.ui.panel.findings.FindingsViewModel;
import dev.linkwright.validation.Finding;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The findings panel in the main window: live updates, reveal on the canvas, badges, quick fixes. */
@ExtendWith(ApplicationExtension.class)
class FindingsPanelTest {

    private static final ElementId VPC_A = ElementId.of("vpc-a");

    private MainWindowViewModel model;
    private LinkwrightApp.MainWindow window;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        model = new MainWindowViewModel(new RecordingDialogs(), new RecentFiles(RecentFiles.inMemory()), "test");
        window = LinkwrightApp.open(stage, model);
        model.openSample(BuiltInSamples.DEFAULT);
        stage.show();
    }

    private FindingsViewModel findings() {
        return window.view().findings().model();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Vpc vpcA() {
        return model.getDesign().topology().find(VPC_A, Vpc.class).orElseThrow();
    }

    /** Writes vpc-a's block with host bits set, through the command stack as an editor would. */
    private void breakVpcA() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            Vpc v = vpcA();
            model.getCommandStack().execute(Edits.change(new Vpc(v.id(), v.name(), v.parent(), List.of(Cidr.parse("10.0.0.9/16")),
                    v.ipv6CidrBlocks(), v.dnsSupport(), v.dnsHostnames()), "CIDR block"));
        });
    }

    private boolean showsCode(String code) {
        return findings().findings().stream().anyMatch(f -> f.code().equals(code)) && findings().upToDateProperty().get();
    }

    @Test
    void aCleanDesignSaysNoProblemsFoundAndWhatWasChecked(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> model.openSample("privatelink-multi-az.json"));
        waitUntil(() -> findings().validatedProperty().get() && findings().upToDateProperty().get());
        assertThat(findings().allFindings()).as("the multi-AZ sample is clean").isEmpty();
        assertThat(robot.lookup("#findings-empty-title").queryAs(Label.class).getText()).isEqualTo("No problems found");
        assertThat(robot.lookup("#findings-empty-detail").queryAs(Label.class).getText())
                .startsWith("Checked " + model.getDesign().topology().size() + " elements against");
        assertThat(robot.lookup("#status-findings").queryAs(Label.class).getText()).isEqualTo("No problems");
        assertThat(window.view().panels().tab("findings")).isPresent();
    }

    @Test
    void anEditThatBreaksARuleShowsUpInThePanelTheStatusBarTheTabAndAsABadge(FxRobot robot) throws Exception {
        waitUntil(() -> findings().validatedProperty().get());
        breakVpcA();
        waitUntil(() -> showsCode("W_CIDR_NOT_CANONICAL"));

        TableView<?> table = robot.lookup("#findings-table").queryAs(TableView.class);
        // the sample's two single-AZ warnings, and the new one
        assertThat(table.getItems()).hasSize(3);
        assertThat(robot.lookup("#status-findings").queryAs(Label.class).getText()).isEqualTo("3 warnings");
        assertThat(robot.lookup("#findings-tab-total").queryAs(Label.class).getText()).isEqualTo("3");
        Label warnings = robot.lookup("#findings-tab-warnings").queryAs(Label.class);
        assertThat(warnings.getText()).isEqualTo("▲3");
        assertThat(warnings.isVisible()).isTrue();
        assertThat(robot.lookup("#findings-tab-errors").queryAs(Label.class).isVisible()).isFalse();

        Node badge = window.view().canvas().badgeNode(VPC_A).orElseThrow(() -> new AssertionError("no badge on vpc-a"));
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getStyleClass()).contains("badge-warning");
        assertThat(window.view().canvas().getBadges().get(VPC_A).text()).contains("W_CIDR_NOT_CANONICAL");
    }

    @Test
    void clickingAFindingSelectsAndRevealsItsElement(FxRobot robot) throws Exception {
        waitUntil(() -> findings().validatedProperty().get());
        breakVpcA();
        waitUntil(() -> showsCode("W_CIDR_NOT_CANONICAL"));
        assertThat(window.view().canvas().getSelection().isSelected(VPC_A)).isFalse();

        robot.clickOn(robot.lookup(".table-cell").match((Node n) -> n instanceof javafx.scene.control.Labeled l
                && "W_CIDR_NOT_CANONICAL".equals(l.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.view().canvas().getSelection().getPrimary()).isEqualTo(VPC_A);
        assertThat(robot.lookup("#finding-fix").queryAs(Label.class).getText()).contains("network address");
        assertThat(robot.lookup("#finding-apply-fix").queryButton().isDisabled()).isFalse();
    }

    @Test
    void applyingTheQuickFixClearsTheFindingAndUndoBringsItBack(FxRobot robot) throws Exception {
        waitUntil(() -> findings().validatedProperty().get());
        breakVpcA();
        waitUntil(() -> showsCode("W_CIDR_NOT_CANONICAL"));
        Finding f = findings().findings().stream().filter(x -> x.quickFix() != null).findFirst().orElseThrow();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> findings().reveal(f));

        robot.clickOn("#finding-apply-fix");
        waitUntil(() -> findings().upToDateProperty().get() && findings().allFindings().size() == 2);
        assertThat(vpcA().cidrBlocks()).containsExactly(Cidr.parse("10.0.0.0/16"));
        assertThat(findings().allFindings()).extracting(Finding::code).doesNotContain("W_CIDR_NOT_CANONICAL");
        assertThat(robot.lookup("#status-findings").queryAs(Label.class).getText()).isEqualTo("2 warnings");
        assertThat(window.view().canvas().badgeNode(VPC_A)).isEmpty();
        assertThat(model.getCommandStack().undoDescription()).contains(f.quickFix().description());

        WaitForAsyncUtils.waitForAsyncFx(5000, () -> model.getCommandStack().undo());
        waitUntil(() -> showsCode("W_CIDR_NOT_CANONICAL"));
        assertThat(robot.lookup("#status-findings").queryAs(Label.class).getText()).isEqualTo("3 warnings");
        assertThat(window.view().canvas().badgeNode(VPC_A)).isPresent();
    }

    @Test
    void theFilterHidesFindingsAndSaysSo(FxRobot robot) throws Exception {
        waitUntil(() -> findings().validatedProperty().get());
        breakVpcA();
        waitUntil(() -> showsCode("W_CIDR_NOT_CANONICAL"));
        robot.clickOn("#findings-filter").write("no-such-thing");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(findings().findings()).isEmpty();
        assertThat(robot.lookup("#findings-empty-title").queryAs(Label.class).getText()).isEqualTo("No findings match the filter");
        robot.clickOn("#findings-show-warnings");
        robot.doubleClickOn("#findings-filter").eraseText(13);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(findings().findings()).isEmpty(); // warnings are switched off
        robot.clickOn("#findings-show-warnings");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(findings().findings()).hasSize(3);
    }
}
