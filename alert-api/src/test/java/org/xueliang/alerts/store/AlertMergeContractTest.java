package org.xueliang.alerts.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xueliang.alerts.store.TestDatabase.Vendor;
import org.xueliang.analytics.Box;

/** Repeats merge into the open alert the same way on H2 and PostgreSQL; workflow columns round-trip. */
class AlertMergeContractTest {
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(5);

    private static Alert event(String id, String channel, String type, Instant at, Box box) {
        return event(id, channel, type, at, box, null);
    }

    private static Alert event(String id, String channel, String type, Instant at, Box box, byte[] jpeg) {
        return Alert.newAlert(id, channel, "lawn", type, at, at.plusMillis(40), List.of(box),
                jpeg == null ? 0 : jpeg.length);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void keepsTheDetailsOfTheLatestEvent(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            AlertStore store = new AlertStore(db.database().dataSource());
            Box box = new Box(0.1, 0.1, 0.1, 0.1);
            Alert crossing = event("a1", "cam-1", "LINE_CROSSING", T0, box)
                    .withDetails(Map.of("trackIds", "7", "direction", "A_TO_B", "labels", "person"));

            store.record(crossing, null, WINDOW);
            assertThat(store.find("a1")).contains(crossing);
            assertThat(store.find("a1").orElseThrow().details())
                    .isEqualTo(Map.of("trackIds", "7", "direction", "A_TO_B", "labels", "person"));

            store.record(event("a2", "cam-1", "LINE_CROSSING", T0.plusSeconds(30), box)
                    .withDetails(Map.of("trackIds", "9", "direction", "B_TO_A")), null, WINDOW);
            assertThat(store.find("a1").orElseThrow().details())
                    .isEqualTo(Map.of("trackIds", "9", "direction", "B_TO_A"));
            assertThat(store.list(AlertQuery.all()).alerts()).extracting(Alert::details)
                    .containsExactly(Map.of("trackIds", "9", "direction", "B_TO_A"));
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void mergesRepeatsWithinTheWindowIntoTheOpenAlert(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            AlertStore store = new AlertStore(db.database().dataSource());
            byte[] first = AlertStoreContractTest.jpeg(100);
            byte[] latest = AlertStoreContractTest.jpeg(200);

            Recorded opened = store.record(event("a1", "cam-1", "ZONE_INTRUSION", T0, new Box(0.1, 0.1, 0.1, 0.1), first)
                    .withHandling(Handling.of(1, "341122100", T0.plusSeconds(300))), first, WINDOW);
            Recorded repeat = store.record(event("a2", "cam-1", "ZONE_INTRUSION", T0.plusSeconds(240),
                    new Box(0.5, 0.5, 0.2, 0.2), latest), latest, WINDOW);
            // 5 minutes after the latest event, not the first: still the same alert
            Recorded third = store.record(event("a3", "cam-1", "ZONE_INTRUSION", T0.plusSeconds(540),
                    new Box(0.3, 0.3, 0.1, 0.1)), null, WINDOW);

            assertThat(opened.merged()).isFalse();
            assertThat(repeat.merged()).isTrue();
            assertThat(third.merged()).isTrue();
            Alert merged = store.find("a1").orElseThrow();
            assertThat(third.alert()).isEqualTo(merged);
            assertThat(merged.occurrences()).isEqualTo(3);
            assertThat(merged.eventTime()).isEqualTo(T0);
            assertThat(merged.lastEventTime()).isEqualTo(T0.plusSeconds(540));
            assertThat(merged.boxes()).containsExactly(new Box(0.3, 0.3, 0.1, 0.1));
            // the latest snapshot replaced the first; the third event had none and kept it
            assertThat(merged.snapshotSize()).isEqualTo(200);
            assertThat(store.snapshot("a1")).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(latest));
            // the handling of the open alert stays: a repeat does not reset its deadline
            assertThat(merged.handling()).isEqualTo(Handling.of(1, "341122100", T0.plusSeconds(300)));
            assertThat(store.find("a2")).isEmpty();
            assertThat(store.list(AlertQuery.all()).total()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void opensANewAlertOutsideTheWindowForAnotherKeyOrAfterTheAlertWasDone(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            AlertStore store = new AlertStore(db.database().dataSource());
            Box box = new Box(0.1, 0.1, 0.1, 0.1);
            store.record(event("a1", "cam-1", "ZONE_INTRUSION", T0, box), null, WINDOW);

            assertThat(store.record(event("late", "cam-1", "ZONE_INTRUSION", T0.plus(WINDOW).plusMillis(1), box), null,
                    WINDOW).merged()).isFalse();
            assertThat(store.record(event("other-channel", "cam-2", "ZONE_INTRUSION", T0, box), null, WINDOW).merged())
                    .isFalse();
            assertThat(store.record(event("other-type", "cam-1", "LOITERING", T0, box), null, WINDOW).merged())
                    .isFalse();
            assertThat(store.record(event("no-window", "cam-1", "ZONE_INTRUSION", T0, box), null, Duration.ZERO)
                    .merged()).isFalse();
            db.execute("UPDATE alerts SET state = 'DISMISSED' WHERE channel_id = 'cam-2'");
            assertThat(store.record(event("after-dismissal", "cam-2", "ZONE_INTRUSION", T0.plusSeconds(1), box), null,
                    WINDOW).merged()).isFalse();

            assertThat(store.list(AlertQuery.all()).total()).isEqualTo(6);
            assertThatThrownBy(() -> store.record(event("a1", "cam-1", "ZONE_INTRUSION", T0, box), null, WINDOW))
                    .isInstanceOf(DuplicateAlertException.class);
            assertThat(store.find("a1").orElseThrow().occurrences()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void keepsTheHandlingAndListsWithinAChannelScope(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            AlertStore store = new AlertStore(db.database().dataSource());
            Handling handling = new Handling(3, "341122100201-g1", T0.plusSeconds(3600), 2, "派出所",
                    T0.plusSeconds(7200), true);
            Alert alert = event("a1", "cam-a1", "DEVICE_OFFLINE", T0, new Box(0, 0, 1, 1)).withHandling(handling);
            store.insert(alert, null);
            store.insert(event("b1", "cam-b1", "ZONE_INTRUSION", T0.plusSeconds(1), new Box(0, 0, 1, 1)), null);

            assertThat(store.find("a1")).contains(alert);
            assertThat(store.find("a1").orElseThrow().level()).isEqualTo(3);
            assertThat(store.list(AlertQuery.all().within(Set.of("cam-a1", "cam-a2"))).alerts()).containsExactly(alert);
            assertThat(store.list(AlertQuery.all().within(Set.of())).total()).isZero();
            assertThat(store.list(AlertQuery.all().within(null)).total()).isEqualTo(2);
        }
    }
}
