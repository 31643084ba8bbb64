package org.xueliang.alerts.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xueliang.alerts.store.TestDatabase.Vendor;
import org.xueliang.analytics.Box;

/** The alert store behaves the same on H2 and on PostgreSQL. */
class AlertStoreContractTest {
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");

    static Alert alert(String id, String channel, String type, Instant eventTime) {
        return Alert.newAlert(id, channel, "lawn", type, eventTime, eventTime.plusMillis(40),
                List.of(new Box(0.1, 0.2, 0.3, 0.4)), 0);
    }

    static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void storesAnAlertWithItsSnapshotAndReadsBothBack(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            AlertStore store = new AlertStore(db.database().dataSource());
            byte[] snapshot = jpeg(12_345);
            // nanoseconds are cut to microseconds, the precision both databases keep
            Alert alert = Alert.newAlert("a1", "cam-1", "lawn", "ZONE_INTRUSION",
                    Instant.parse("2024-05-01T08:00:00.123456789Z"), Instant.parse("2024-05-01T08:00:01.5Z"),
                    List.of(new Box(0.1, 0.2, 0.3, 0.4), new Box(0.5, 0.5, 0.25, 0.125)), snapshot.length);

            store.insert(alert, snapshot);

            Alert read = store.find("a1").orElseThrow();
            assertThat(read).isEqualTo(alert);
            assertThat(read.eventTime()).isEqualTo(Instant.parse("2024-05-01T08:00:00.123456Z"));
            assertThat(read.boxes()).containsExactly(new Box(0.1, 0.2, 0.3, 0.4), new Box(0.5, 0.5, 0.25, 0.125));
            assertThat(read.state()).isEqualTo(AlertState.NEW);
            assertThat(store.snapshot("a1")).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(snapshot));
            assertThat(store.find("nope")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void storesTheDescriptionAndPriorityOfAnAlertWithoutVideo(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            AlertStore store = new AlertStore(db.database().dataSource());
            Alert alarm = Alert.newTextAlert("d1", "34020000001340000001", "gb28181", "DEVICE_ALARM", T0,
                    T0.plusSeconds(1), "防区 3 门磁报警", 2);
            Alert offline = Alert.newTextAlert("d2", "34020000001320000001", "gb28181", "DEVICE_OFFLINE", T0,
                    T0.plusSeconds(1), null, null);

            store.insert(alarm, null);
            store.insert(offline, null);

            assertThat(store.find("d1")).contains(alarm);
            assertThat(store.find("d1").orElseThrow().description()).isEqualTo("防区 3 门磁报警");
            assertThat(store.find("d1").orElseThrow().priority()).isEqualTo(2);
            assertThat(store.find("d2")).contains(offline);
            assertThat(store.find("d2").orElseThrow().priority()).isNull();
            assertThat(store.list(new AlertQuery(null, "DEVICE_ALARM", null, null, null, 10, 0)).alerts())
                    .containsExactly(alarm);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void keepsSnapshotsLargerThanOneMebibyte(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            AlertStore store = new AlertStore(db.database().dataSource());
            byte[] snapshot = jpeg(2 * 1024 * 1024 + 7);
            store.insert(alert("big", "cam-1", "ZONE_INTRUSION", T0), snapshot);
            assertThat(store.snapshot("big")).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(snapshot));
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void anAlertWithoutSnapshotHasNone(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            AlertStore store = new AlertStore(db.database().dataSource());
            store.insert(alert("a1", "cam-1", "ZONE_INTRUSION", T0), new byte[0]);
            assertThat(store.snapshot("a1")).isEmpty();
            assertThat(store.find("a1").orElseThrow().hasSnapshot()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void refusesASecondAlertWithTheSameId(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            AlertStore store = new AlertStore(db.database().dataSource());
            store.insert(alert("a1", "cam-1", "ZONE_INTRUSION", T0), null);
            assertThatThrownBy(() -> store.insert(alert("a1", "cam-2", "ZONE_INTRUSION", T0), null))
                    .isInstanceOf(DuplicateAlertException.class)
                    .hasMessage("alert \"a1\" is already stored");
            assertThat(store.find("a1").orElseThrow().channelId()).isEqualTo("cam-1");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void storesAlertAndSnapshotInOneTransaction(Vendor vendor) throws Exception {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            AlertStore store = new AlertStore(db.database().dataSource());
            // without the snapshots table the second insert fails after the first one succeeded
            db.execute("DROP TABLE snapshots");

            assertThatThrownBy(() -> store.insert(alert("a1", "cam-1", "ZONE_INTRUSION", T0), jpeg(100)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("storing alert a1 failed: ");

            try (Connection connection = db.separateConnection(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM alerts")) {
                rows.next();
                assertThat(rows.getLong(1)).isZero();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void listsNewestFirstWithFiltersPagingAndTotal(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            AlertStore store = new AlertStore(db.database().dataSource());
            for (int i = 0; i < 10; i++) {
                store.insert(alert("a" + i, i % 2 == 0 ? "cam-even" : "cam-odd", i < 5 ? "ZONE_INTRUSION" : "LOITERING",
                        T0.plusSeconds(i)), null);
            }
            store.acknowledge("a3", new Acknowledgement(T0.plusSeconds(100), "li", null));

            assertThat(ids(store.list(AlertQuery.all())))
                    .containsExactly("a9", "a8", "a7", "a6", "a5", "a4", "a3", "a2", "a1", "a0");
            assertThat(store.list(AlertQuery.all()).total()).isEqualTo(10);

            AlertPage page = store.list(new AlertQuery(null, null, null, null, null, 3, 3));
            assertThat(ids(page)).containsExactly("a6", "a5", "a4");
            assertThat(page.total()).isEqualTo(10);
            assertThat(page.limit()).isEqualTo(3);
            assertThat(page.offset()).isEqualTo(3);

            assertThat(ids(store.list(new AlertQuery("cam-odd", null, null, null, null, 50, 0))))
                    .containsExactly("a9", "a7", "a5", "a3", "a1");
            assertThat(ids(store.list(new AlertQuery(null, "LOITERING", null, null, null, 50, 0))))
                    .containsExactly("a9", "a8", "a7", "a6", "a5");
            assertThat(ids(store.list(new AlertQuery(null, null, AlertState.ACKNOWLEDGED, null, null, 50, 0))))
                    .containsExactly("a3");
            // from is inclusive, to exclusive
            AlertPage window = store.list(new AlertQuery("cam-even", "ZONE_INTRUSION", AlertState.NEW,
                    T0.plusSeconds(2), T0.plusSeconds(4), 50, 0));
            assertThat(ids(window)).containsExactly("a2");
            assertThat(window.total()).isEqualTo(1);

            AlertPage beyond = store.list(new AlertQuery(null, null, null, null, null, 5, 20));
            assertThat(beyond.alerts()).isEmpty();
            assertThat(beyond.total()).isEqualTo(10);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void acknowledgesOnceThenReportsTheCurrentState(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            AlertStore store = new AlertStore(db.database().dataSource());
            store.insert(alert("a1", "cam-1", "ZONE_INTRUSION", T0), null);
            Instant at = T0.plusSeconds(30);

            Alert acknowledged = store.acknowledge("a1", new Acknowledgement(at, "wang", "patrol sent"));

            assertThat(acknowledged.state()).isEqualTo(AlertState.ACKNOWLEDGED);
            assertThat(acknowledged.acknowledgedAt()).isEqualTo(at);
            assertThat(acknowledged.acknowledgedBy()).isEqualTo("wang");
            assertThat(acknowledged.acknowledgeNote()).isEqualTo("patrol sent");
            assertThat(store.find("a1")).contains(acknowledged);

            assertThatThrownBy(() -> store.acknowledge("a1", new Acknowledgement(at.plusSeconds(5), "zhao", null)))
                    .isInstanceOfSatisfying(AlertStateConflictException.class, e -> {
                        assertThat(e.current()).isEqualTo(acknowledged);
                        assertThat(e).hasMessage("alert \"a1\" is ACKNOWLEDGED, expected NEW");
                    });
            assertThatThrownBy(() -> store.acknowledge("nope", new Acknowledgement(at, null, null)))
                    .isInstanceOf(AlertNotFoundException.class)
                    .hasMessage("alert \"nope\" does not exist");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void migratingAgainChangesNothing(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            new AlertStore(db.database().dataSource()).insert(alert("a1", "cam-1", "ZONE_INTRUSION", T0), jpeg(10));
            try (Database again = Database.open(db.config())) {
                assertThat(new AlertStore(again.dataSource()).find("a1")).isPresent();
                assertThat(again.ping()).isTrue();
            }
        }
    }

    private static List<String> ids(AlertPage page) {
        return page.alerts().stream().map(Alert::id).toList();
    }
}
