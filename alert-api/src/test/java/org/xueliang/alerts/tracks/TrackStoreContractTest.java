package org.xueliang.alerts.tracks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueliang.alerts.tracks.TrackFixtures.T0;
import static org.xueliang.alerts.tracks.TrackFixtures.record;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xueliang.alerts.store.StoreException;
import org.xueliang.alerts.store.TestDatabase;
import org.xueliang.alerts.store.TestDatabase.Vendor;
import org.xueliang.analytics.Box;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.track.TrackPoint;
import org.xueliang.analytics.track.TrackRecord;

/** The track store behaves the same on H2 and on PostgreSQL. */
class TrackStoreContractTest {
    @ParameterizedTest
    @EnumSource(Vendor.class)
    void storesARecordAndReadsEveryFieldBack(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            TrackStore store = new TrackStore(db.database().dataSource());
            Instant first = Instant.parse("2024-05-01T08:00:00.123456789Z");
            TrackRecord record = new TrackRecord("gate", 7, "person", first, first.plusSeconds(4),
                    List.of(new TrackPoint(first, new Point(0.125, 0.75)),
                            new TrackPoint(first.plusSeconds(4), new Point(0.5, 0.25))),
                    0.15625, 45.5, "red", new Box(0.25, 0.5, 0.125, 0.25), first.plusSeconds(2),
                    TrackFixtures.jpeg(1_500_000), List.of("lawn", "door", "lawn"));

            long id = store.save(record);

            Track read = store.find(id).orElseThrow();
            Instant micros = Instant.parse("2024-05-01T08:00:00.123456Z");
            assertThat(read).isEqualTo(new Track(id, "gate", 7, "person", micros, micros.plusSeconds(4),
                    List.of(new TrackPoint(micros, new Point(0.125, 0.75)),
                            new TrackPoint(micros.plusSeconds(4), new Point(0.5, 0.25))),
                    0.15625, 45.5, "red", new Box(0.25, 0.5, 0.125, 0.25), micros.plusSeconds(2), 1_500_000,
                    List.of("door", "lawn")));
            assertThat(read.heading()).isEqualTo("up-right");
            // larger than H2's 1 MiB VARBINARY cap
            assertThat(store.snapshot(id)).hasValueSatisfying(jpeg ->
                    assertThat(jpeg).isEqualTo(TrackFixtures.jpeg(1_500_000)));
            assertThat(store.find(id + 1)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aTrackWithoutBestViewHasNoSnapshotAndNoBox(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            TrackStore store = new TrackStore(db.database().dataSource());
            TrackRecord plain = record("gate", 1, "motion", "unknown", T0, 3, 0);
            TrackRecord boxless = new TrackRecord(plain.channelId(), plain.trackId(), plain.label(), plain.firstSeen(),
                    plain.lastSeen(), plain.path(), plain.meanSpeed(), plain.directionDegrees(),
                    plain.dominantColour(), null, null, new byte[0], List.of());

            long id = store.save(boxless);

            Track read = store.find(id).orElseThrow();
            assertThat(read.hasSnapshot()).isFalse();
            assertThat(read.bestBox()).isNull();
            assertThat(read.bestTime()).isNull();
            assertThat(read.zones()).isEmpty();
            assertThat(store.snapshot(id)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void savingTheSameRecordAgainKeepsOneTrack(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            TrackStore store = new TrackStore(db.database().dataSource());
            TrackRecord record = record("gate", 3, "car", "white", T0, 5, 100, "road");

            long first = store.save(record);
            long again = store.save(record);
            // the analyser restarted: track ids begin at 1 again, but at another time
            long restarted = store.save(record("gate", 3, "car", "white", T0.plusSeconds(600), 5, 0));

            assertThat(again).isEqualTo(first);
            assertThat(restarted).isNotEqualTo(first);
            assertThat(store.query(TrackQuery.all()).total()).isEqualTo(2);
            assertThat(store.find(first).orElseThrow().zones()).containsExactly("road");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void filtersByEveryFieldAndPagesTheLatestFirst(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            TrackStore store = new TrackStore(db.database().dataSource());
            long redPerson = store.save(record("gate", 1, "person", "red", T0, 10, 0, "lawn"));
            long blueCar = store.save(record("gate", 2, "car", "blue", T0.plusSeconds(20), 10, 0, "road"));
            long redCar = store.save(record("yard", 1, "car", "red", T0.plusSeconds(40), 10, 0, "road", "lawn"));
            long whitePerson = store.save(record("yard", 2, "person", "white", T0.plusSeconds(60), 10, 0));

            assertThat(ids(store, query(null, null, null, null, null, null))).containsExactly(whitePerson, redCar,
                    blueCar, redPerson);
            assertThat(ids(store, query("gate", null, null, null, null, null))).containsExactly(blueCar, redPerson);
            assertThat(ids(store, query(null, "car", null, null, null, null))).containsExactly(redCar, blueCar);
            assertThat(ids(store, query(null, null, "red", null, null, null))).containsExactly(redCar, redPerson);
            assertThat(ids(store, query(null, null, null, "lawn", null, null))).containsExactly(redCar, redPerson);
            assertThat(ids(store, query(null, null, null, "nowhere", null, null))).isEmpty();
            assertThat(ids(store, query("yard", "car", "red", "road", null, null))).containsExactly(redCar);
            // overlap with [from, to): blueCar was seen 20..30 s, redCar 40..50 s
            assertThat(ids(store, query(null, null, null, null, T0.plusSeconds(30), T0.plusSeconds(40))))
                    .containsExactly(blueCar);
            assertThat(ids(store, query(null, null, null, null, T0.plusSeconds(31), T0.plusSeconds(40)))).isEmpty();
            assertThat(ids(store, query(null, null, null, null, T0.plusSeconds(25), T0.plusSeconds(45))))
                    .containsExactly(redCar, blueCar);
            assertThat(ids(store, query(null, null, null, null, T0.plusSeconds(50), null)))
                    .containsExactly(whitePerson, redCar);
            assertThat(ids(store, query(null, null, null, null, null, T0.plusSeconds(20)))).containsExactly(redPerson);

            TrackPage second = store.query(new TrackQuery(null, null, null, null, null, null, 3, 2, null));
            assertThat(second.tracks()).extracting(Track::id).containsExactly(blueCar, redPerson);
            assertThat(second.total()).isEqualTo(4);
            assertThat(second.limit()).isEqualTo(3);
            assertThat(second.offset()).isEqualTo(2);
            TrackPage beyond = store.query(new TrackQuery(null, null, null, null, null, null, 3, 9, null));
            assertThat(beyond.tracks()).isEmpty();
            assertThat(beyond.total()).isEqualTo(4);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aScopeLimitsTheChannelsSearched(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            TrackStore store = new TrackStore(db.database().dataSource());
            long gate = store.save(record("gate", 1, "person", "red", T0, 10, 0));
            store.save(record("yard", 1, "person", "red", T0, 10, 0));
            long school = store.save(record("school", 1, "person", "red", T0, 10, 0));

            assertThat(ids(store, TrackQuery.all().within(Set.of("gate", "school")))).containsExactly(school, gate);
            assertThat(ids(store, TrackQuery.all().within(Set.of()))).isEmpty();
            assertThat(store.query(TrackQuery.all().within(Set.of())).total()).isZero();
            assertThat(ids(store, query("yard", null, null, null, null, null).within(Set.of("gate")))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void retentionDeletesTracksLastSeenBeforeTheCutoffWithTheirZonesAndSnapshots(Vendor vendor) throws Exception {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            TrackStore store = new TrackStore(db.database().dataSource());
            long old = store.save(record("gate", 1, "person", "red", T0, 10, 500, "lawn"));
            long straddling = store.save(record("gate", 2, "person", "red", T0.plusSeconds(5), 10, 500, "lawn"));
            long recent = store.save(record("gate", 3, "person", "red", T0.plusSeconds(60), 10, 500, "lawn"));

            int deleted = store.deleteOlderThan(T0.plusSeconds(11));

            assertThat(deleted).isEqualTo(1);
            assertThat(store.find(old)).isEmpty();
            assertThat(store.snapshot(old)).isEmpty();
            assertThat(ids(store, query(null, null, null, "lawn", null, null))).containsExactly(recent, straddling);
            assertThat(store.snapshot(recent)).isPresent();
            assertThat(rows(db, "track_zones")).isEqualTo(2);
            assertThat(rows(db, "track_snapshots")).isEqualTo(2);
            assertThat(store.deleteOlderThan(T0.plusSeconds(11))).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void anUnreadablePathIsReportedWithTheTrackAndTheText(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            TrackStore store = new TrackStore(db.database().dataSource());
            long object = store.save(record("gate", 1, "person", "red", T0, 10, 0));
            long pointless = store.save(record("gate", 2, "person", "red", T0, 10, 0));
            db.execute("UPDATE tracks SET path = '{\"time\":1}' WHERE id = " + object);
            db.execute("UPDATE tracks SET path = '[{\"time\":\"2024-05-01T08:00:00Z\",\"x\":0.5}]' WHERE id = "
                    + pointless);

            assertThatThrownBy(() -> store.find(object)).isInstanceOf(StoreException.class)
                    .hasMessage("track " + object + " has an unreadable path {\"time\":1}: expected an array of points, got OBJECT");
            assertThatThrownBy(() -> store.find(pointless)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("track " + pointless + " has an unreadable path")
                    .hasMessageContaining("No value for property 'y'");
        }
    }

    private static TrackQuery query(String channel, String label, String colour, String zone, Instant from,
                                    Instant to) {
        return new TrackQuery(channel, label, colour, zone, from, to, TrackQuery.DEFAULT_LIMIT, 0, null);
    }

    private static List<Long> ids(TrackStore store, TrackQuery query) {
        TrackPage page = store.query(query);
        assertThat(page.total()).isEqualTo(page.tracks().size());
        return page.tracks().stream().map(Track::id).toList();
    }

    private static long rows(TestDatabase db, String table) throws Exception {
        try (var connection = db.separateConnection(); var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }
}
