package org.xueliang.alerts.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueliang.alerts.channel.ChannelDefaults;
import org.xueliang.alerts.channel.ChannelSpec;
import org.xueliang.alerts.channel.ChannelSpecReader;
import org.xueliang.alerts.store.ChannelNotFoundException;
import org.xueliang.alerts.store.ChannelStore;
import org.xueliang.alerts.store.DuplicateChannelException;
import org.xueliang.alerts.store.TestDatabase;
import org.xueliang.ingest.ChannelHealth;
import org.xueliang.ingest.ChannelState;
import org.xueliang.ingest.RtspSourceConfig;
import org.xueliang.ingest.RtspTransport;
import org.xueliang.ingest.SamplingConfig;

class ChannelRegistryTest {
    private TestDatabase db;
    private FakeChannelControl control;
    private ChannelStore store;
    private ChannelRegistry registry;

    @BeforeEach
    void open() {
        db = TestDatabase.open(TestDatabase.Vendor.H2);
        control = new FakeChannelControl();
        store = new ChannelStore(db.database().dataSource(),
                new ChannelSpecReader(ChannelDefaults.builtIn(), Path.of(".")),
                Clock.fixed(Instant.parse("2024-05-01T08:00:00Z"), ZoneOffset.UTC));
        registry = new ChannelRegistry(store, control);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static ChannelSpec spec(String id, double fps) {
        return new ChannelSpec(id, id, new RtspSourceConfig("rtsp://10.0.0.1/" + id, RtspTransport.TCP,
                Duration.ofSeconds(5), Duration.ofSeconds(10)), new SamplingConfig(fps, 640), List.of());
    }

    @Test
    void createSavesThenStartsAndReportsHealth() {
        registry.create(spec("cam-1", 5));

        assertThat(control.calls).containsExactly("start cam-1");
        assertThat(store.find("cam-1")).isPresent();
        assertThat(registry.health("cam-1")).map(ChannelHealth::state).contains(ChannelState.ONLINE);
        assertThat(registry.healthOfAll()).extracting(ChannelHealth::channelId).containsExactly("cam-1");
        assertThat(registry.runningCount()).isEqualTo(1);
    }

    @Test
    void aDuplicateIsNeitherSavedNorStarted() {
        registry.create(spec("cam-1", 5));
        assertThatThrownBy(() -> registry.create(spec("cam-1", 10))).isInstanceOf(DuplicateChannelException.class);

        assertThat(control.calls).containsExactly("start cam-1");
        assertThat(control.runningSpec("cam-1")).contains(spec("cam-1", 5));
    }

    @Test
    void replaceHandsTheNewSpecToTheRunningChannel() {
        registry.create(spec("cam-1", 5));
        registry.replace(spec("cam-1", 10));

        assertThat(control.calls).containsExactly("start cam-1", "update cam-1");
        assertThat(control.runningSpec("cam-1")).contains(spec("cam-1", 10));
        assertThat(registry.get("cam-1").spec()).isEqualTo(spec("cam-1", 10));
    }

    @Test
    void replacingAnUnknownChannelStartsNothing() {
        assertThatThrownBy(() -> registry.replace(spec("cam-9", 5))).isInstanceOf(ChannelNotFoundException.class);
        assertThat(control.calls).isEmpty();
    }

    @Test
    void deleteStopsAndForgets() {
        registry.create(spec("cam-1", 5));
        registry.delete("cam-1");

        assertThat(control.calls).containsExactly("start cam-1", "stop cam-1");
        assertThat(store.find("cam-1")).isEmpty();
        assertThat(registry.health("cam-1")).isEmpty();
        assertThat(registry.runningCount()).isZero();
        assertThatThrownBy(() -> registry.delete("cam-1")).isInstanceOf(ChannelNotFoundException.class);
    }

    @Test
    void startAllStartsEveryStoredChannel() {
        store.insert(spec("cam-2", 5));
        store.insert(spec("cam-1", 5));

        assertThat(registry.startAll()).isEqualTo(2);

        assertThat(control.calls).containsExactly("start cam-1", "start cam-2");
        assertThat(registry.storedCount()).isEqualTo(2);
    }

    @Test
    void aChannelThatFailsToStartStaysSavedWithoutHealth() {
        control.failToStart("cam-1");

        registry.create(spec("cam-1", 5));

        assertThat(store.find("cam-1")).isPresent();
        assertThat(registry.health("cam-1")).isEmpty();
        assertThat(registry.runningCount()).isZero();
    }

    @Test
    void replacingAChannelThatFailedToStartStartsItAgain() {
        control.failToStart("cam-1");
        registry.create(spec("cam-1", 5));
        control.failToStart("none");

        registry.replace(spec("cam-1", 10));

        assertThat(control.calls).containsExactly("start cam-1", "start cam-1");
        assertThat(registry.runningCount()).isEqualTo(1);
        assertThat(registry.videoQuality("cam-1")).isPresent();
    }
}
