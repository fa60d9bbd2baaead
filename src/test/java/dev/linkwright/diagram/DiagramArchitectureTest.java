package dev.linkwright.diagram;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The diagram geometry is shared by the canvas and the headless exporters (SVG, PNG, PDF, draw.io,
 * command line), so it must not touch a toolkit: no JavaFX, no AWT/Swing, no UI package.
 */
class DiagramArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.linkwright");

    @Test
    void theDiagramGeometryUsesNoToolkit() {
        noClasses().that().resideInAPackage("dev.linkwright.diagram..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..",
                        "dev.linkwright.ui..", "dev.linkwright.app..")
                .check(MAIN);
    }

    @Test
    void theModelAndIoDoNotDependOnTheUi() {
        noClasses().that().resideInAnyPackage("dev.linkwright.model..", "dev.linkwright.io..", "dev.linkwright.diagram..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.linkwright.ui..", "javafx..")
                .check(MAIN);
    }

    @Test
    void viewModelsReachDialogsOnlyThroughTheDialogService() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.stage..", "javafx.scene.control..")
                .check(MAIN);
    }
}
