package org.rstarworkbench.visualizer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** JavaFX stays in the fx package, so everything else runs and tests without a display. */
class ToolkitConfinementTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.rstarworkbench.visualizer");
    }

    @Test
    void onlyTheFxPackageTouchesJavaFxOrGraphStreamsFxViewer() {
        noClasses().that().resideOutsideOfPackage("org.rstarworkbench.visualizer.fx..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.graphstream.ui.fx_viewer..",
                        "org.graphstream.ui.javafx..")
                .check(classes);
    }

    @Test
    void nothingWritesToTheStandardStreams() {
        noClasses().should(GeneralCodingRules.ACCESS_STANDARD_STREAMS).check(classes);
    }
}
