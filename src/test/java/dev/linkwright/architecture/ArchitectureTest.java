package dev.linkwright.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.linkwright.model.Element;
import dev.linkwright.model.Topology;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package boundaries of style.md: dependencies point inward; model and analyses know no UI. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.linkwright");
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(true).check(classes);
    }

    @Test
    void theModelAndTheAnalysesKnowNothingOfJavaFx() {
        check(noClasses().that().resideInAnyPackage("..model..", "..analysis..", "..validation..", "..io..", "..diagram..",
                "..command..", "dev.linkwright.study..", "..generate..", "..cli..", "..edit..", "..diagnostics..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..", "atlantafx.."));
    }

    @Test
    void theModelAndTheAnalysesDrawNothing() {
        check(noClasses().that().resideInAnyPackage("..model..", "..analysis..", "..validation..", "..diagram..", "..command..",
                        "..edit..")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing.."));
    }

    @Test
    void theModelDependsOnNothingElseOfLinkwright() {
        check(noClasses().that().resideInAPackage("dev.linkwright.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.linkwright.command..", "dev.linkwright.io..",
                        "dev.linkwright.analysis..", "dev.linkwright.validation..", "dev.linkwright.ui..", "dev.linkwright.app..",
                        "dev.linkwright.cli..", "dev.linkwright.diagram..", "dev.linkwright.study.."));
    }

    @Test
    void commandsOnlyEditTheModel() {
        check(noClasses().that().resideInAPackage("dev.linkwright.command..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.linkwright.ui..", "dev.linkwright.app..", "dev.linkwright.cli..",
                        "dev.linkwright.io..", "dev.linkwright.analysis..", "dev.linkwright.validation.."));
    }

    @Test
    void analysesDoNotReachIntoTheUiOrTheCommandLine() {
        check(noClasses().that().resideInAnyPackage("dev.linkwright.analysis..", "dev.linkwright.validation..", "dev.linkwright.io..", "dev.linkwright.diagnostics..",
                        "dev.linkwright.diagram..", "dev.linkwright.study..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.linkwright.ui..", "dev.linkwright.app..", "dev.linkwright.cli.."));
    }

    @Test
    void theUiEditsOnlyThroughCommands() {
        check(noClasses().that().resideInAnyPackage("dev.linkwright.ui..", "dev.linkwright.app..", "dev.linkwright.analysis..",
                        "dev.linkwright.validation..", "dev.linkwright.study..", "dev.linkwright.cli..", "dev.linkwright.diagram..")
                .should().callMethod(Topology.class, "put", Element.class)
                .orShould().callMethod(Topology.class, "remove", dev.linkwright.model.ElementId.class)
                .orShould().callMethod(Topology.class, "restore", Element.class, long.class)
                .because("every edit is a command with undo (style.md principle 2); analyses read snapshots"));
    }

    @Test
    void noInputChoosesWhichJavaClassItBecomes() {
        check(noClasses().should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching("(activate|enable)DefaultTyping.*")))
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.annotation.JsonTypeInfo")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.ObjectInputStream")
                .because("files are untrusted: no polymorphic deserialisation (docs/reliability.md)"));
    }
}
