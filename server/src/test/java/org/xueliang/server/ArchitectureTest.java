package org.xueliang.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module and package boundaries of DESIGN.md, checked over the main code of every module. */
class ArchitectureTest {
    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.xueliang");

    @Test
    void arrowsPointOneWay() {
        noClasses().that().resideInAPackage("org.xueliang.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("org.xueliang.analytics..",
                        "org.xueliang.alerts..", "org.xueliang.server..", "org.xueliang.sip..")
                .check(ALL);
        noClasses().that().resideInAPackage("org.xueliang.analytics..")
                .should().dependOnClassesThat().resideInAnyPackage("org.xueliang.alerts..",
                        "org.xueliang.server..", "org.xueliang.sip..")
                .check(ALL);
        noClasses().that().resideInAPackage("org.xueliang.alerts..")
                .should().dependOnClassesThat().resideInAnyPackage("org.xueliang.server..", "org.xueliang.sip..")
                .check(ALL);
        noClasses().that().resideInAPackage("org.xueliang.sip..")
                .should().dependOnClassesThat().resideInAnyPackage("org.xueliang.ingest..",
                        "org.xueliang.analytics..", "org.xueliang.alerts..", "org.xueliang.server..")
                .check(ALL);
    }

    @Test
    void vertxOnlyInTheApiAndTheCompositionRoot() {
        noClasses().that().resideOutsideOfPackages("org.xueliang.alerts..", "org.xueliang.server..")
                .should().dependOnClassesThat().resideInAPackage("io.vertx..")
                .check(ALL);
    }

    @Test
    void jainSipOnlyInTheTransportPackage() {
        noClasses().that().resideOutsideOfPackage("org.xueliang.sip.transport..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.sip..", "gov.nist..")
                .check(ALL);
    }

    @Test
    void nativeLibrariesOnlyInAdapterPackages() {
        noClasses().that().resideOutsideOfPackages("org.xueliang.ingest.ffmpeg..",
                        "org.xueliang.analytics.motion..", "org.xueliang.analytics.snapshot..",
                        "org.xueliang.analytics..opencv..")
                .should().dependOnClassesThat().resideInAPackage("org.bytedeco..")
                .check(ALL);
    }

    /**
     * Feature packages ({@code ingest.rtsp}, {@code analytics.motion}, ...) form no cycles. Each
     * module's root package holds the records its features share and is left out.
     */
    @Test
    void noCyclesBetweenFeaturePackages() {
        slices().matching("org.xueliang.(*).(*)..").should().beFreeOfCycles().check(ALL);
    }
}
