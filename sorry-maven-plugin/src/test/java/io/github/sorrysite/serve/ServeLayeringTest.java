package io.github.sorrysite.serve;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The preview server and the browser adapter stay Maven-free; the core knows neither. */
class ServeLayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.sorrysite");

    @Test
    void serveAndChromiumDoNotUseMaven() {
        noClasses().that().resideInAnyPackage("..serve..", "..chromium..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..")
                .check(CLASSES);
    }

    @Test
    void theCoreDoesNotUseTheAdapters() {
        noClasses().that().resideInAPackage("io.github.sorrysite.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.sorrysite.serve..", "io.github.sorrysite.chromium..")
                .check(CLASSES);
    }

    @Test
    void theBrowserAdapterDoesNotUseTheServer() {
        noClasses().that().resideInAPackage("io.github.sorrysite.chromium..")
                .should().dependOnClassesThat().resideInAPackage("io.github.sorrysite.serve..")
                .check(CLASSES);
    }
}
