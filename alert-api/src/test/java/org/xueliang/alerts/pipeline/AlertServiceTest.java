package org.xueliang.alerts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.prometheus.client.CollectorRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;
import org.xueliang.alerts.gb.DeviceAlert;
import org.xueliang.alerts.metrics.AlertMetrics;
import org.xueliang.alerts.store.Alert;
import org.xueliang.alerts.store.AlertQuery;
import org.xueliang.alerts.store.AlertState;
import org.xueliang.alerts.store.AlertStore;
import org.xueliang.alerts.store.StoreExecutor;
import org.xueliang.alerts.store.TestDatabase;
import org.xueliang.alerts.store.TestDatabase.Vendor;
import org.xueliang.analytics.AnalyticsEvent;
import org.xueliang.analytics.Box;

class AlertServiceTest {
    private static final Instant CAPTURED = Instant.parse("2024-05-01T08:00:00Z");
    private static final Clock NOW = Clock.fixed(CAPTURED.plusMillis(1500), ZoneOffset.UTC);
    private static final RetryPolicy FAST_RETRY = new RetryPolicy(3, Duration.ofMillis(5));

    private static AnalyticsEvent event(byte[] jpeg) {
        return new AnalyticsEvent("cam-1", "lawn", "ZONE_INTRUSION", CAPTURED, List.of(new Box(0.1, 0.2, 0.3, 0.4)),
                jpeg);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void publishesOnlyAfterTheAlertIsCommitted(Vendor vendor) throws Exception {
        try (TestDatabase db = TestDatabase.open(vendor); StoreExecutor executor = new StoreExecutor(2, 16)) {
            List<String> seenInDatabase = Collections.synchronizedList(new ArrayList<>());
            AlertListener readBack = alert -> seenInDatabase.add(committedChannel(db, alert.id()));
            AlertService service = new AlertService(new AlertStore(db.database().dataSource()), executor, NOW,
                    FAST_RETRY, List.of(readBack), PipelineObserver.none());

            Alert alert = service.submit(event(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2})).get(10, TimeUnit.SECONDS);

            assertThat(seenInDatabase).containsExactly("cam-1");
            assertThat(alert.state()).isEqualTo(AlertState.NEW);
            assertThat(alert.createdAt()).isEqualTo(NOW.instant());
            assertThat(alert.snapshotSize()).isEqualTo(4);
        }
    }

    @Test
    void storesTheDetailsOfTheEvent() throws Exception {
        try (TestDatabase db = TestDatabase.open(Vendor.H2); StoreExecutor executor = new StoreExecutor(1, 16)) {
            AlertStore store = new AlertStore(db.database().dataSource());
            AlertService service = new AlertService(store, executor, NOW, FAST_RETRY, List.of(),
                    PipelineObserver.none());
            AnalyticsEvent loitering = new AnalyticsEvent("cam-1", "bench", "LOITERING", CAPTURED, List.of(), null,
                    Map.of("trackIds", "3,4", "dwellSeconds", "95"));

            Alert alert = service.submit(loitering).get(10, TimeUnit.SECONDS);

            assertThat(alert.details()).isEqualTo(Map.of("trackIds", "3,4", "dwellSeconds", "95"));
            assertThat(store.find(alert.id()).orElseThrow().details())
                    .isEqualTo(Map.of("trackIds", "3,4", "dwellSeconds", "95"));
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aDeviceAlertIsStoredWithoutVideoAndPublishedOnlyAfterCommit(Vendor vendor) throws Exception {
        try (TestDatabase db = TestDatabase.open(vendor); StoreExecutor executor = new StoreExecutor(2, 16)) {
            List<String> seenInDatabase = Collections.synchronizedList(new ArrayList<>());
            AlertListener readBack = alert -> seenInDatabase.add(committedChannel(db, alert.id()));
            AlertStore store = new AlertStore(db.database().dataSource());
            AlertService service = new AlertService(store, executor, NOW, FAST_RETRY, List.of(readBack),
                    PipelineObserver.none());

            Alert alert = service.submitDeviceAlert(new DeviceAlert("34020000001320000001", null,
                    DeviceAlert.DEVICE_OFFLINE, CAPTURED, "3 keepalives missed", null)).get(10, TimeUnit.SECONDS);

            assertThat(seenInDatabase).containsExactly("34020000001320000001");
            assertThat(alert).isEqualTo(new Alert(alert.id(), "34020000001320000001", "gb28181", "DEVICE_OFFLINE",
                    AlertState.NEW, CAPTURED, NOW.instant(), List.of(), 0, null, null, null, "3 keepalives missed",
                    null));
            assertThat(store.find(alert.id())).contains(alert);
        }
    }

    @Test
    void aDeviceAlarmIsFiledUnderItsChannelWithPriorityAndCountedLikeAnyAlert() throws Exception {
        try (TestDatabase db = TestDatabase.open(Vendor.H2); StoreExecutor executor = new StoreExecutor(1, 16)) {
            CollectorRegistry registry = new CollectorRegistry();
            AlertMetrics metrics = new AlertMetrics(registry, NOW);
            AlertService service = new AlertService(new AlertStore(db.database().dataSource()), executor, NOW,
                    FAST_RETRY, List.of(metrics), metrics);
            // longer than the column: cut, not lost
            String description = "门磁报警 ".repeat(300);

            Alert alert = service.submitDeviceAlert(new DeviceAlert("34020000001320000001", "34020000001340000001",
                    DeviceAlert.DEVICE_ALARM, CAPTURED, description, 1)).get(10, TimeUnit.SECONDS);

            assertThat(alert.channelId()).isEqualTo("34020000001340000001");
            assertThat(alert.priority()).isEqualTo(1);
            assertThat(alert.description()).isEqualTo(description.substring(0, 1000));
            assertThat(alert.hasSnapshot()).isFalse();
            assertThat(registry.getSampleValue("xl_alerts_total", new String[] {"channel", "type"},
                    new String[] {"34020000001340000001", "DEVICE_ALARM"})).isEqualTo(1.0);
            assertThat(registry.getSampleValue("xl_alert_publish_latency_seconds_sum")).isEqualTo(1.5);
        }
    }

    /** Reads through a connection of its own: it sees only committed rows. */
    private static String committedChannel(TestDatabase db, String alertId) {
        try (Connection connection = db.separateConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT channel_id FROM alerts WHERE id = ?")) {
            statement.setString(1, alertId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : "not committed";
            }
        } catch (Exception e) {
            return "read failed: " + e;
        }
    }

    @Test
    void recordsCountsAndLatencyFromCaptureToPublication() throws Exception {
        try (TestDatabase db = TestDatabase.open(Vendor.H2); StoreExecutor executor = new StoreExecutor(1, 16)) {
            CollectorRegistry registry = new CollectorRegistry();
            AlertMetrics metrics = new AlertMetrics(registry, NOW);
            AlertService service = new AlertService(new AlertStore(db.database().dataSource()), executor, NOW,
                    FAST_RETRY, List.of(metrics), metrics);

            service.submit(event(null)).get(10, TimeUnit.SECONDS);
            service.submit(event(null)).get(10, TimeUnit.SECONDS);

            assertThat(registry.getSampleValue("xl_alerts_total", new String[] {"channel", "type"},
                    new String[] {"cam-1", "ZONE_INTRUSION"})).isEqualTo(2.0);
            assertThat(registry.getSampleValue("xl_alert_publish_latency_seconds_count")).isEqualTo(2.0);
            assertThat(registry.getSampleValue("xl_alert_publish_latency_seconds_sum")).isEqualTo(3.0);
            assertThat(bucket(registry, "1.0")).isEqualTo(0.0);
            assertThat(bucket(registry, "2.0")).isEqualTo(2.0);
        }
    }

    private static Double bucket(CollectorRegistry registry, String le) {
        return registry.getSampleValue("xl_alert_publish_latency_seconds_bucket", new String[] {"le"},
                new String[] {le});
    }

    @Test
    void retriesWhileTheDatabaseIsAwayThenPublishesOnce() throws Exception {
        try (TestDatabase db = TestDatabase.open(Vendor.H2); StoreExecutor executor = new StoreExecutor(1, 16)) {
            AtomicInteger attempts = new AtomicInteger();
            DataSource flaky = FlakyDataSource.failing(db.database().dataSource(), 2, attempts);
            CollectorRegistry registry = new CollectorRegistry();
            AlertMetrics metrics = new AlertMetrics(registry, NOW);
            List<Alert> published = Collections.synchronizedList(new ArrayList<>());
            AlertService service = new AlertService(new AlertStore(flaky), executor, NOW, FAST_RETRY,
                    List.of(published::add, metrics), metrics);

            Alert alert = service.submit(event(new byte[] {1})).get(10, TimeUnit.SECONDS);

            assertThat(attempts.get()).isEqualTo(3);
            assertThat(published).containsExactly(alert);
            assertThat(new AlertStore(db.database().dataSource()).find(alert.id())).contains(alert);
            assertThat(registry.getSampleValue("xl_alert_persist_retries_total")).isEqualTo(2.0);
        }
    }

    @Test
    void aRetryAfterALostCommitAcknowledgementPublishesTheStoredAlertOnce() throws Exception {
        try (TestDatabase db = TestDatabase.open(Vendor.H2); StoreExecutor executor = new StoreExecutor(1, 16)) {
            DataSource lossy = FlakyDataSource.losingFirstCommitAcknowledgement(db.database().dataSource());
            List<Alert> published = Collections.synchronizedList(new ArrayList<>());
            AlertService service = new AlertService(new AlertStore(lossy), executor, NOW, FAST_RETRY,
                    List.of(published::add), PipelineObserver.none());

            Alert alert = service.submit(event(new byte[] {1, 2})).get(10, TimeUnit.SECONDS);

            assertThat(published).containsExactly(alert);
            AlertStore store = new AlertStore(db.database().dataSource());
            assertThat(store.find(alert.id())).contains(alert);
            assertThat(store.list(AlertQuery.all()).total()).isEqualTo(1);
        }
    }

    @Test
    void anAlertThatCannotBeStoredIsLoggedCountedAndNeverPublished() throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger logger = (Logger) LoggerFactory.getLogger(AlertService.class);
        log.start();
        logger.addAppender(log);
        try (TestDatabase db = TestDatabase.open(Vendor.H2); StoreExecutor executor = new StoreExecutor(1, 16)) {
            AtomicInteger attempts = new AtomicInteger();
            DataSource dead = FlakyDataSource.failing(db.database().dataSource(), Integer.MAX_VALUE, attempts);
            CollectorRegistry registry = new CollectorRegistry();
            AlertMetrics metrics = new AlertMetrics(registry, NOW);
            List<Alert> published = Collections.synchronizedList(new ArrayList<>());
            AlertService service = new AlertService(new AlertStore(dead), executor, NOW, FAST_RETRY,
                    List.of(published::add), metrics);

            Throwable failure = service.submit(event(null)).handle((alert, error) -> error).get(10, TimeUnit.SECONDS);

            assertThat(failure).isInstanceOf(AlertPersistException.class)
                    .hasMessageContaining("of channel cam-1 rule lawn at 2024-05-01T08:00:00Z not stored after 3 attempts");
            assertThat(attempts.get()).isEqualTo(3);
            assertThat(published).isEmpty();
            assertThat(registry.getSampleValue("xl_alert_persist_failures_total", new String[] {"channel"},
                    new String[] {"cam-1"})).isEqualTo(1.0);
            assertThat(log.list).filteredOn(e -> e.getLevel() == Level.ERROR).singleElement()
                    .extracting(ILoggingEvent::getFormattedMessage).asString()
                    .startsWith("ALERT LOST: channel cam-1 rule lawn type ZONE_INTRUSION event time 2024-05-01T08:00:00Z");
        } finally {
            logger.detachAppender(log);
        }
    }

    @Test
    void aFailingListenerDoesNotKeepTheAlertFromTheOthers() throws Exception {
        try (TestDatabase db = TestDatabase.open(Vendor.H2); StoreExecutor executor = new StoreExecutor(1, 16)) {
            CollectorRegistry registry = new CollectorRegistry();
            AlertMetrics metrics = new AlertMetrics(registry, NOW);
            List<Alert> published = Collections.synchronizedList(new ArrayList<>());
            AlertListener broken = alert -> {
                throw new IllegalStateException("listener broke");
            };
            AlertService service = new AlertService(new AlertStore(db.database().dataSource()), executor, NOW,
                    FAST_RETRY, List.of(broken, published::add), metrics);

            Alert alert = service.submit(event(null)).get(10, TimeUnit.SECONDS);

            assertThat(published).containsExactly(alert);
            assertThat(registry.getSampleValue("xl_alert_listener_failures_total")).isEqualTo(1.0);
        }
    }

    @Test
    void backsOffDoublingFromTheFirstDelay() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(200));
        assertThat(List.of(policy.delayBefore(2), policy.delayBefore(3), policy.delayBefore(4)))
                .containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800));
    }
}
