package org.xueliang.alerts.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xueliang.alerts.channel.ChannelDefaults;
import org.xueliang.alerts.channel.ChannelSpec;
import org.xueliang.alerts.channel.ChannelSpecReader;
import org.xueliang.alerts.store.TestDatabase.Vendor;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.ZoneRuleConfig;
import org.xueliang.ingest.RtspSourceConfig;
import org.xueliang.ingest.RtspTransport;
import org.xueliang.ingest.SamplingConfig;

/** The channel store behaves the same on H2 and on PostgreSQL. */
class ChannelStoreContractTest {
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");

    static ChannelSpec spec(String id, String url) {
        return new ChannelSpec(id, "Square " + id,
                new RtspSourceConfig(url, RtspTransport.UDP, Duration.ofSeconds(3), Duration.ofSeconds(8)),
                new SamplingConfig(2.5, 800),
                List.of(new ZoneRuleConfig("lawn", List.of(new Point(0.1, 0.5), new Point(0.9, 0.5),
                        new Point(0.9, 0.95)), 0.01, Duration.ofMillis(1500), Duration.ofMinutes(2))));
    }

    private static ChannelStore store(TestDatabase db, Instant now) {
        return new ChannelStore(db.database().dataSource(),
                new ChannelSpecReader(ChannelDefaults.builtIn(), Path.of(".")), Clock.fixed(now, ZoneOffset.UTC));
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void savesAChannelWithItsPasswordAndReadsItBackEqual(Vendor vendor) throws Exception {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            ChannelStore store = store(db, T0);
            ChannelSpec spec = spec("cam-1", "rtsp://admin:s3cret@10.0.0.5:554/Streaming/Channels/101");

            StoredChannel saved = store.insert(spec);

            assertThat(saved).isEqualTo(new StoredChannel(spec, T0, T0));
            assertThat(store.find("cam-1")).contains(saved);
            assertThat(store.find("cam-2")).isEmpty();
            try (Connection connection = db.separateConnection(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT spec FROM channels WHERE id = 'cam-1'")) {
                rows.next();
                // the store must keep the real password, only API output masks it
                assertThat(rows.getString(1)).contains("admin:s3cret@10.0.0.5");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void refusesADuplicateId(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            ChannelStore store = store(db, T0);
            store.insert(spec("cam-1", "rtsp://10.0.0.5/a"));
            assertThatThrownBy(() -> store.insert(spec("cam-1", "rtsp://10.0.0.6/b")))
                    .isInstanceOf(DuplicateChannelException.class)
                    .hasMessage("channel \"cam-1\" already exists");
            assertThat(store.find("cam-1").orElseThrow().spec().source())
                    .isEqualTo(spec("cam-1", "rtsp://10.0.0.5/a").source());
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void updatesListsCountsAndDeletes(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            store(db, T0).insert(spec("cam-2", "rtsp://10.0.0.2/a"));
            store(db, T0).insert(spec("cam-1", "rtsp://10.0.0.1/a"));
            ChannelStore later = store(db, T0.plusSeconds(60));

            StoredChannel updated = later.update(spec("cam-1", "rtsp://10.0.0.9/b"));

            assertThat(updated).isEqualTo(new StoredChannel(spec("cam-1", "rtsp://10.0.0.9/b"), T0, T0.plusSeconds(60)));
            assertThat(later.list()).extracting(StoredChannel::id).containsExactly("cam-1", "cam-2");
            assertThat(later.count()).isEqualTo(2);

            later.delete("cam-2");
            assertThat(later.list()).containsExactly(updated);
            assertThatThrownBy(() -> later.delete("cam-2")).isInstanceOf(ChannelNotFoundException.class)
                    .hasMessage("channel \"cam-2\" does not exist");
            assertThatThrownBy(() -> later.update(spec("cam-3", "rtsp://10.0.0.3/a")))
                    .isInstanceOf(ChannelNotFoundException.class);
            assertThat(later.count()).isEqualTo(1);
        }
    }
}
