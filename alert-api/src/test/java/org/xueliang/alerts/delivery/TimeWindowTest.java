package org.xueliang.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimeWindowTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Set<DayOfWeek> WORKDAYS = Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    /** 2024-05-06 is a Monday. */
    private static ZonedDateTime at(int day, int hour, int minute) {
        return ZonedDateTime.of(2024, 5, day, hour, minute, 0, 0, SHANGHAI);
    }

    @Test
    void dayWindowIncludesItsStartAndExcludesItsEnd() {
        TimeWindow duty = new TimeWindow(WORKDAYS, LocalTime.of(8, 0), LocalTime.of(18, 0));

        assertThat(duty.contains(at(6, 8, 0))).isTrue();
        assertThat(duty.contains(at(6, 17, 59))).isTrue();
        assertThat(duty.contains(at(6, 18, 0))).isFalse();
        assertThat(duty.contains(at(6, 7, 59))).isFalse();
        assertThat(duty.contains(at(11, 12, 0))).as("Saturday").isFalse();
    }

    @Test
    void nightWindowRunsIntoTheNextDay() {
        TimeWindow fridayNight = new TimeWindow(Set.of(DayOfWeek.FRIDAY), LocalTime.of(22, 0), LocalTime.of(6, 0));

        assertThat(fridayNight.contains(at(10, 23, 30))).as("Friday 23:30").isTrue();
        assertThat(fridayNight.contains(at(11, 5, 59))).as("Saturday 05:59").isTrue();
        assertThat(fridayNight.contains(at(11, 6, 0))).as("Saturday 06:00").isFalse();
        assertThat(fridayNight.contains(at(10, 5, 0))).as("Friday 05:00 belongs to Thursday night").isFalse();
        assertThat(fridayNight.contains(at(11, 22, 30))).as("Saturday night").isFalse();
    }

    @Test
    void equalStartAndEndIsTheWholeDay() {
        TimeWindow sunday = new TimeWindow(Set.of(DayOfWeek.SUNDAY), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

        assertThat(sunday.contains(at(12, 0, 0))).isTrue();
        assertThat(sunday.contains(at(12, 23, 59))).isTrue();
        assertThat(sunday.contains(at(13, 0, 0))).as("Monday").isFalse();
    }
}
