package org.xueliang.analytics.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArmingScheduleTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Weeknights: armed from 18:00 until 08:00 the next morning, Friday night into Saturday. */
    private static final ArmingSchedule WEEKNIGHTS = ArmingSchedule.parse(SHANGHAI, List.of("Mon-Fri 18:00-08:00"));

    /** 3 March 2025 is a Monday. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2025-03-03T17:59:59, false",
        "2025-03-03T18:00:00, true",
        "2025-03-03T23:59:59, true",
        "2025-03-04T00:00:00, true",
        "2025-03-04T07:59:59, true",
        "2025-03-04T08:00:00, false",
        "2025-03-04T12:00:00, false",
        "2025-03-07T18:00:00, true",
        "2025-03-08T07:59:59, true",
        "2025-03-08T08:00:00, false",
        "2025-03-08T18:00:00, false",
        "2025-03-09T23:00:00, false",
        "2025-03-10T03:00:00, false",
    })
    void weeknightsAcrossMidnight(String local, boolean armed) {
        assertThat(WEEKNIGHTS.isArmed(at(local, SHANGHAI))).isEqualTo(armed);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2025-03-09T21:59:59, false",
        "2025-03-09T22:00:00, true",
        "2025-03-10T00:00:00, true",
        "2025-03-10T01:59:59, true",
        "2025-03-10T02:00:00, false",
        "2025-03-08T23:00:00, false",
        "2025-03-03T01:00:00, true",
    })
    void sundayNightWrapsIntoMondayAcrossTheWeek(String local, boolean armed) {
        ArmingSchedule sundayNight = ArmingSchedule.parse(SHANGHAI, List.of("Sun 22:00-02:00"));
        assertThat(sundayNight.isArmed(at(local, SHANGHAI))).isEqualTo(armed);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2025-03-07T23:59:59, false",
        "2025-03-08T00:00:00, true",
        "2025-03-09T23:59:59, true",
        "2025-03-10T00:00:00, false",
    })
    void wholeDaysWithTwentyFourHundred(String local, boolean armed) {
        ArmingSchedule weekend = ArmingSchedule.parse(SHANGHAI, List.of("Sat,Sun 00:00-24:00"));
        assertThat(weekend.isArmed(at(local, SHANGHAI))).isEqualTo(armed);
    }

    @Test
    void windowsRangeOverTheWeekEndAndDailyCoversEveryDay() {
        ArmingSchedule friToMon = ArmingSchedule.parse(SHANGHAI, List.of("Fri-Mon 12:00-13:00"));
        assertThat(friToMon.isArmed(at("2025-03-09T12:30:00", SHANGHAI))).isTrue();
        assertThat(friToMon.isArmed(at("2025-03-10T12:30:00", SHANGHAI))).isTrue();
        assertThat(friToMon.isArmed(at("2025-03-11T12:30:00", SHANGHAI))).isFalse();
        ArmingSchedule nightly = ArmingSchedule.parse(SHANGHAI, List.of("daily 22:00-06:00"));
        assertThat(nightly.isArmed(at("2025-03-11T05:00:00", SHANGHAI))).isTrue();
        assertThat(nightly.isArmed(at("2025-03-11T06:00:00", SHANGHAI))).isFalse();
    }

    @Test
    void windowsAreLocalTimeOfTheSite() {
        // 10:00 UTC is 18:00 in Shanghai: armed there, not in a UTC schedule of the same text
        Instant tenUtc = Instant.parse("2025-03-03T10:00:00Z");
        assertThat(WEEKNIGHTS.isArmed(tenUtc)).isTrue();
        assertThat(ArmingSchedule.parse(ZoneOffset.UTC, List.of("Mon-Fri 18:00-08:00")).isArmed(tenUtc)).isFalse();
    }

    @Test
    void windowsFollowDaylightSavingTime() {
        // Berlin moves from UTC+1 to UTC+2 on 30 March 2025: 18:00 local is 17:00 UTC before, 16:00 after
        ArmingSchedule evenings = ArmingSchedule.parse(ZoneId.of("Europe/Berlin"), List.of("daily 18:00-20:00"));
        assertThat(evenings.isArmed(Instant.parse("2025-03-29T16:30:00Z"))).isFalse();
        assertThat(evenings.isArmed(Instant.parse("2025-03-30T16:30:00Z"))).isTrue();
    }

    @Test
    void alwaysIsArmedAtAnyInstant() {
        assertThat(ArmingSchedule.always().isArmed(Instant.parse("2025-03-09T23:59:59.999Z"))).isTrue();
        assertThat(ArmingSchedule.always().isArmed(Instant.parse("2025-03-10T00:00:00Z"))).isTrue();
    }

    @Test
    void badWindowsAreRefusedWithTheirText() {
        assertThatThrownBy(() -> ArmingSchedule.parse(SHANGHAI, List.of("Mon-Fri 18:00")))
                .isInstanceOf(InvalidScheduleException.class)
                .hasMessage("arming window 'Mon-Fri 18:00': times must be '<HH:mm>-<HH:mm>', got '18:00'");
        assertThatThrownBy(() -> ArmingSchedule.parse(SHANGHAI, List.of("Mox 10:00-11:00")))
                .isInstanceOf(InvalidScheduleException.class)
                .hasMessage("arming window 'Mox 10:00-11:00': unknown day 'mox', expected one of Mon, Tue, Wed, "
                        + "Thu, Fri, Sat, Sun, daily");
        assertThatThrownBy(() -> ArmingSchedule.parse(SHANGHAI, List.of("Mon 25:00-26:00")))
                .isInstanceOf(InvalidScheduleException.class)
                .hasMessage("arming window 'Mon 25:00-26:00': time '25:00' must be HH:mm between 00:00 and 24:00");
        assertThatThrownBy(() -> ArmingSchedule.parse(SHANGHAI, List.of("weekdays")))
                .isInstanceOf(InvalidScheduleException.class)
                .hasMessage("arming window 'weekdays' must be '<days> <HH:mm>-<HH:mm>', for example "
                        + "'Mon-Fri 18:00-08:00'");
        assertThatThrownBy(() -> ArmingSchedule.parse(SHANGHAI, List.of()))
                .isInstanceOf(InvalidScheduleException.class)
                .hasMessageStartingWith("an arming schedule needs at least one window");
    }

    private static Instant at(String local, ZoneId zone) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }
}
