package org.xueliang.sip.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Only {@code sip.transport} touches JAIN-SIP; the gateway core is pure of the stack, sockets and the wall clock. */
class GatewayBoundaryTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.xueliang.sip");

    @Test
    void onlyTheTransportUsesJainSip() {
        noClasses().that().resideOutsideOfPackage("org.xueliang.sip.transport..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.sip..", "gov.nist..")
                .check(MAIN);
    }

    @Test
    void theCoreDoesNoIoAndKnowsNoTransport() {
        noClasses().that().resideInAPackage("org.xueliang.sip.gateway..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.nio.channels..",
                        "org.xueliang.sip.transport..")
                .check(MAIN);
    }

    @Test
    void theCoreTakesTimeFromItsClock() {
        noClasses().that().resideInAPackage("org.xueliang.sip.gateway..")
                .should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .check(MAIN);
    }
}
