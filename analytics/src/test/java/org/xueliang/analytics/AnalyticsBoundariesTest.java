package org.xueliang.analytics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** OpenCV stays in the adapter packages; rules and the channel facade are plain Java. */
class AnalyticsBoundariesTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.xueliang.analytics");

    @Test
    void rulesArePureJava() {
        noClasses().that().resideInAPackage("..analytics.rules..")
                .should().dependOnClassesThat().resideInAPackage("org.bytedeco..")
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
