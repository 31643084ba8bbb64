package org.xueliang.analytics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * OpenCV stays in the adapter packages ({@code motion}, {@code snapshot}, {@code detect.opencv},
 * {@code quality.opencv}); rules, tracker, schedules, the detector seam, the quality decision,
 * the pipeline and the channel facade are plain Java.
 */
class AnalyticsBoundariesTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.xueliang.analytics");

    @Test
    void nativeCodeOnlyInAdapterPackages() {
        noClasses().that().resideOutsideOfPackages("org.xueliang.analytics.motion..",
                        "org.xueliang.analytics.snapshot..", "org.xueliang.analytics.detect.opencv..",
                        "org.xueliang.analytics.quality.opencv..")
                .should().dependOnClassesThat().resideInAPackage("org.bytedeco..")
                .check(MAIN);
    }

    @Test
    void rulesTrackerAndSchedulesArePureJava() {
        noClasses().that().resideInAnyPackage("..analytics.rules..", "..analytics.track..", "..analytics.schedule..")
                .should().dependOnClassesThat().resideInAnyPackage("org.bytedeco..", "..analytics.detect.opencv..",
                        "..analytics.quality.opencv..", "..analytics.snapshot..", "..analytics.pipeline..")
                .check(MAIN);
    }

    @Test
    void theDetectorSeamAndTheQualityDecisionDoNotKnowTheirAdapters() {
        noClasses().that().resideInAPackage("org.xueliang.analytics.detect")
                .should().dependOnClassesThat().resideInAPackage("..analytics.detect.opencv..")
                .check(MAIN);
        noClasses().that().resideInAPackage("org.xueliang.analytics.quality")
                .should().dependOnClassesThat().resideInAPackage("..analytics.quality.opencv..")
                .check(MAIN);
    }

    @Test
    void channelFacadeAndSharedRecordsDoNotTouchOpenCv() {
        noClasses().that().resideInAPackage("org.xueliang.analytics")
                .should().dependOnClassesThat().resideInAPackage("org.bytedeco..")
                .check(MAIN);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.xueliang.analytics.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
