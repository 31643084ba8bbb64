package org.xueliang.sip;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The signalling core is pure: no sockets, files, SIP stack or wall clock outside {@code sip.transport}. */
class PureCoreTest {
    private static final String[] CORE = {"org.xueliang.sip.message..", "org.xueliang.sip.register..",
        "org.xueliang.sip.device..", "org.xueliang.sip.catalog..", "org.xueliang.sip.invite..",
        "org.xueliang.sip.ptz..", "org.xueliang.sip.alarm.."};
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.xueliang.sip");

    @Test
    void noIoAndNoSipStack() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.nio.channels..",
                        "java.nio.file..", "javax.sip..", "gov.nist..", "io.netty..", "io.vertx..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .check(MAIN);
    }

    @Test
    void timeOnlyFromAnInjectedClock() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(Clock.class, "systemUTC")
                .check(MAIN);
    }
}
