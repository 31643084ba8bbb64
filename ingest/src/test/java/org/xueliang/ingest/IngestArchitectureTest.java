package org.xueliang.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Package boundaries of the ingest module. */
class IngestArchitectureTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.xueliang.ingest");
    }

    @Test
    void onlyTheFfmpegAdapterTouchesBytedeco() {
        noClasses().that().resideOutsideOfPackage("org.xueliang.ingest.ffmpeg..")
                .should().dependOnClassesThat().resideInAPackage("org.bytedeco..")
                .check(main);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.xueliang.ingest.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void timeComesFromTheInjectedClock() {
        noClasses().should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(Instant.class, "now")
                .check(main);
    }

    @Test
    void sharedRecordsStayFreeOfImplementationPackages() {
        classes().that().resideInAPackage("org.xueliang.ingest")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("org.xueliang.ingest.(*)..")
                .check(main);
    }
}
