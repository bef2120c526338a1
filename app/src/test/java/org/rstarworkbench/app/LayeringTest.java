package org.rstarworkbench.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module layering of DESIGN §1, checked on the compiled classes of every module. */
class LayeringTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.rstarworkbench");
    }

    @Test
    void coreDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.rstarworkbench.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rstarworkbench.discriminator..",
                        "org.rstarworkbench.visualizer..", "org.rstarworkbench.samples..", "org.rstarworkbench.app..")
                .check(classes);
    }

    @Test
    void discriminatorVisualizerAndSamplesDependOnlyOnCore() {
        noClasses().that().resideInAPackage("org.rstarworkbench.discriminator..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rstarworkbench.visualizer..",
                        "org.rstarworkbench.samples..", "org.rstarworkbench.app..")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("org.rstarworkbench.visualizer..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rstarworkbench.discriminator..",
                        "org.rstarworkbench.samples..", "org.rstarworkbench.app..")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("org.rstarworkbench.samples..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rstarworkbench.discriminator..",
                        "org.rstarworkbench.visualizer..", "org.rstarworkbench.app..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void javaFxOnlyInVisualizerAndApp() {
        noClasses().that().resideOutsideOfPackages("org.rstarworkbench.visualizer..", "org.rstarworkbench.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.graphstream.ui.fx..",
                        "org.controlsfx..")
                .check(classes);
    }

    @Test
    void djlOnlyInTheDjlBackendAndTheTrainer() {
        noClasses().that().resideOutsideOfPackages("org.rstarworkbench.core.model.djl..",
                        "org.rstarworkbench.samples.train..")
                .should().dependOnClassesThat().resideInAPackage("ai.djl..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineWritesToStandardStreams() {
        noClasses().that().resideOutsideOfPackage("org.rstarworkbench.app.cli..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .check(classes);
    }
}
