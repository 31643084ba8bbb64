package org.xueliang.alerts.tracks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueliang.alerts.tracks.TrackFixtures.T0;
import static org.xueliang.alerts.tracks.TrackFixtures.record;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.xueliang.alerts.store.StoreException;
import org.xueliang.alerts.store.StoreExecutor;
import org.xueliang.alerts.store.TestDatabase;
import org.xueliang.alerts.store.TestDatabase.Vendor;

class TrackArchiveTest {
    private static final Clock NOW = Clock.fixed(T0.plus(Duration.ofDays(30)), ZoneOffset.UTC);

    @Test
    void storesRecordsOnAStoreThreadAndCountsThem() throws Exception {
        try (TestDatabase db = TestDatabase.open(Vendor.H2); StoreExecutor executor = new StoreExecutor(1, 16)) {
            TrackStore store = new TrackStore(db.database().dataSource());
            TrackArchive archive = new TrackArchive(store, executor, NOW, Duration.ofDays(7));

            long id = archive.submit(record("gate", 1, "person", "red", T0, 10, 100, "lawn")).get(10, TimeUnit.SECONDS);

            assertThat(store.find(id).orElseThrow().zones()).containsExactly("lawn");
            assertThat(archive.stored()).isEqualTo(1);
            assertThat(archive.lost()).isZero();
        }
    }

    @Test
    void aRecordTheStoreRefusesIsCountedAsLostAndNotThrownAtTheCaller() throws Exception {
        try (StoreExecutor executor = new StoreExecutor(1, 16)) {
            TestDatabase db = TestDatabase.open(Vendor.H2);
            TrackArchive archive = new TrackArchive(new TrackStore(db.database().dataSource()), executor, NOW,
                    Duration.ofDays(7));
            db.close();

            CompletableFuture<Long> saved = archive.submit(record("gate", 1, "person", "red", T0, 10, 0));

            assertThatThrownBy(() -> saved.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(StoreException.class);
            assertThat(archive.lost()).isEqualTo(1);
            assertThat(archive.stored()).isZero();
        }
    }

    @Test
    void purgesTracksLastSeenLongerAgoThanTheRetention() throws Exception {
        try (TestDatabase db = TestDatabase.open(Vendor.H2); StoreExecutor executor = new StoreExecutor(1, 16)) {
            TrackStore store = new TrackStore(db.database().dataSource());
            TrackArchive archive = new TrackArchive(store, executor, NOW, Duration.ofDays(7));
            long old = store.save(record("gate", 1, "person", "red", NOW.instant().minus(Duration.ofDays(8)), 10, 0));
            long kept = store.save(record("gate", 2, "person", "red", NOW.instant().minus(Duration.ofDays(6)), 10, 0));

            assertThat(archive.purge()).isEqualTo(1);

            assertThat(store.find(old)).isEmpty();
            assertThat(store.find(kept)).isPresent();
        }
    }

    @Test
    void refusesARetentionThatKeepsNothing() {
        try (StoreExecutor executor = new StoreExecutor(1, 1)) {
            assertThatThrownBy(() -> new TrackArchive(new TrackStore(new JdbcDataSource()), executor, NOW,
                    Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("track retention must be positive, got PT0S");
        }
    }
}
