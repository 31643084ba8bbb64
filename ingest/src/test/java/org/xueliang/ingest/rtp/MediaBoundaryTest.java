package org.xueliang.ingest.rtp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Boundaries of the GB28181 media packages. */
class MediaBoundaryTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.xueliang.ingest");
    }

    @Test
    void onlyTheRtpPackageTouchesNetty() {
        noClasses().that().resideOutsideOfPackage("org.xueliang.ingest.rtp..")
                .should().dependOnClassesThat().resideInAPackage("io.netty..")
                .check(main);
    }

    @Test
    void theProgramStreamPackageIsPureJava() {
        classes().that().resideInAPackage("org.xueliang.ingest.ps..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.xueliang.ingest.ps..")
                .check(main);
    }
}
