package io.github.sorrysite;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering (README, Development): a Maven-free, AWS-free core; thin adapters; thin mojos. */
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
                    "io.github.sorrysite.serve..", "io.github.sorrysite.chromium..", "io.github.sorrysite.netstorage..",
                    "io.github.sorrysite.akamai..", "io.github.sorrysite.http..");

    /** Akamai's signer stays in the Akamai adapter. */
    @ArchTest
    static final ArchRule edgeGridStaysInTheAkamaiPackage = noClasses()
            .that().resideOutsideOfPackage("io.github.sorrysite.akamai..")
            .should().dependOnClassesThat().resideInAPackage("com.akamai..");

    /** The NetStorage and Fast Purge adapters use no other adapter and no mojo. */
    @ArchTest
    static final ArchRule akamaiAdaptersUseNoOtherAdapter = noClasses()
            .that().resideInAnyPackage("io.github.sorrysite.netstorage..", "io.github.sorrysite.akamai..")
            .should().dependOnClassesThat().resideInAnyPackage("io.github.sorrysite.aws..", "io.github.sorrysite.serve..",
                    "io.github.sorrysite.chromium..", "io.github.sorrysite.maven..");

    /** Each package under core (core.site, core.publish.plan, ...) is its own slice; no two may depend on each other. */
    @ArchTest
    static final ArchRule corePackagesAreFreeOfCycles = slices().matching("io.github.sorrysite.core.(**)").should().beFreeOfCycles();

    /** The shared helpers are a leaf: every stage may use them, they use no stage. */
    @ArchTest
    static final ArchRule commonIsALeaf = noClasses().that().resideInAPackage("io.github.sorrysite.core.common..")
            .should().dependOnClassesThat().resideInAnyPackage("io.github.sorrysite.core.site..", "io.github.sorrysite.core.inline..",
                    "io.github.sorrysite.core.alb..", "io.github.sorrysite.core.lint..", "io.github.sorrysite.core.publish..",
                    "io.github.sorrysite.core.preview..", "io.github.sorrysite.core.html..", "io.github.sorrysite.core.css..");

    /** Adapters are independent of each other and of the mojos that wire them. */
    @ArchTest
    static final ArchRule awsUsesNoOtherAdapter = noClasses().that().resideInAPackage("io.github.sorrysite.aws..")
            .should().dependOnClassesThat().resideInAnyPackage("io.github.sorrysite.serve..", "io.github.sorrysite.chromium..",
                    "io.github.sorrysite.maven..");

    @ArchTest
    static final ArchRule theHttpAdapterUsesNoOtherAdapter = noClasses().that().resideInAPackage("io.github.sorrysite.http..")
            .should().dependOnClassesThat().resideInAnyPackage("io.github.sorrysite.aws..", "io.github.sorrysite.serve..",
                    "io.github.sorrysite.chromium..", "io.github.sorrysite.maven..");

    @ArchTest
    static final ArchRule theBrowserAdapterDoesNotUseTheServer = noClasses().that().resideInAPackage("io.github.sorrysite.chromium..")
            .should().dependOnClassesThat().resideInAnyPackage("io.github.sorrysite.serve..", "io.github.sorrysite.maven..");
}
