package io.github.sorrysite;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering from ARCHITECTURE.md: a Maven-free, AWS-free core; thin adapters; thin mojos. */
@AnalyzeClasses(packages = "io.github.sorrysite", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule mavenStaysInTheMavenPackage = noClasses()
            .that().resideOutsideOfPackage("io.github.sorrysite.maven..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.maven..");

    @ArchTest
    static final ArchRule awsStaysInTheAwsPackage = noClasses()
            .that().resideOutsideOfPackage("io.github.sorrysite.aws..")
            .should().dependOnClassesThat().resideInAPackage("software.amazon..");

    @ArchTest
    static final ArchRule coreDependsOnNoAdapter = noClasses()
            .that().resideInAPackage("io.github.sorrysite.core..")
            .should().dependOnClassesThat().resideInAnyPackage("io.github.sorrysite.maven..", "io.github.sorrysite.aws..",
                    "io.github.sorrysite.serve..", "io.github.sorrysite.chromium..");
}
