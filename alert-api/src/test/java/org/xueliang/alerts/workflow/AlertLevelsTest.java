package org.xueliang.alerts.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueliang.alerts.jurisdiction.JurisdictionDirectory;
import org.xueliang.alerts.jurisdiction.TwoTownships;
import org.xueliang.alerts.store.Alert;
import org.xueliang.alerts.store.Handling;

class AlertLevelsTest {
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");

    @ParameterizedTest(name = "{0} priority {1} -> level {2}")
    @CsvSource(nullValues = "null", value = {
        "ZONE_INTRUSION, null, 2",
        "ZONE_INTRUSION, 1, 2",
        "DEVICE_OFFLINE, null, 3",
        "DEVICE_ONLINE, null, 3",
        "DEVICE_ALARM, 1, 1",
        "DEVICE_ALARM, 2, 2",
        "DEVICE_ALARM, 3, 3",
        "DEVICE_ALARM, 4, 3",
        "DEVICE_ALARM, null, 2",
        "LOITERING, null, 2",
        "LOITERING, 1, 1"})
    void levelsComeFromTheTypeThenThePriorityThenTheDefault(String type, Integer priority, int level) {
        assertThat(AlertLevels.defaults().levelOf(type, priority)).isEqualTo(level);
    }

    @Test
    void aConfiguredTableReplacesTheBuiltInOne() {
        AlertLevels levels = new AlertLevels(Map.of("DEVICE_ALARM", 1, "LOITERING", 3));
        assertThat(levels.levelOf("DEVICE_ALARM", 4)).isEqualTo(1);
        assertThat(levels.levelOf("LOITERING", 1)).isEqualTo(3);
        assertThat(levels.levelOf("ZONE_INTRUSION", null)).isEqualTo(2);
        assertThatThrownBy(() -> new AlertLevels(Map.of("X", 4)))
                .hasMessage("level of alert type X must be from 1 to 3, got 4");
    }

    @Test
    void timeLimitsAreByLevel() {
        TimeLimits limits = TimeLimits.defaults();
        assertThat(List.of(limits.ackLimit(1), limits.ackLimit(2), limits.ackLimit(3)))
                .containsExactly(Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(60));
        assertThatThrownBy(() -> new TimeLimits(Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(1)))
                .hasMessage("acknowledgement limit of level1 must be positive, got PT0S");
    }

    @ParameterizedTest(name = "{0} {1} -> level {2} in {3}")
    @CsvSource(nullValues = "null", value = {
        // a grid channel: the type decides
        "cam-a1, ZONE_INTRUSION, 2, 341122100201-g1, 2024-05-01T08:15:01Z",
        "cam-a1, DEVICE_OFFLINE, 3, 341122100201-g1, 2024-05-01T09:00:01Z",
        // a level-1 key site makes any alert there level 1
        "cam-a2, DEVICE_OFFLINE, 1, 341122100201, 2024-05-01T08:05:01Z",
        "cam-b1, ZONE_INTRUSION, 2, 341122101201-g1, 2024-05-01T08:15:01Z",
        // a channel that belongs nowhere still gets a level and a deadline
        "cam-x, ZONE_INTRUSION, 2, null, 2024-05-01T08:15:01Z"})
    void triageSetsLevelJurisdictionAndDeadline(String channel, String type, int level, String jurisdiction,
                                                String ackDue) {
        JurisdictionTriage triage = new JurisdictionTriage(JurisdictionDirectory.of(TwoTownships.tree()),
                AlertLevels.defaults(), TimeLimits.defaults());
        Alert alert = Alert.newAlert("a1", channel, "lawn", type, T0, T0.plusSeconds(1), List.of(), 0);

        Alert triaged = triage.triage(alert);

        assertThat(triaged.handling()).isEqualTo(Handling.of(level, jurisdiction, Instant.parse(ackDue)));
        assertThat(triaged.withHandling(Handling.none())).isEqualTo(alert);
    }
}
