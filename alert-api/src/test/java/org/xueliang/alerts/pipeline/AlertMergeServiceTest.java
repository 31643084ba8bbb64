package org.xueliang.alerts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xueliang.alerts.store.Alert;
import org.xueliang.alerts.store.AlertQuery;
import org.xueliang.alerts.store.AlertStore;
import org.xueliang.alerts.store.Handling;
import org.xueliang.alerts.store.StoreExecutor;
import org.xueliang.alerts.store.TestDatabase;
import org.xueliang.alerts.store.TestDatabase.Vendor;
import org.xueliang.analytics.AnalyticsEvent;
import org.xueliang.analytics.Box;

/** Repeats inside the merge window reach the listeners as a change of the open alert, not as new alerts. */
class AlertMergeServiceTest {
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");
    private static final Clock NOW = Clock.fixed(T0.plusSeconds(1), ZoneOffset.UTC);

    /** What the listeners heard, in order: "new <id>" or "MERGED <id> x<occurrences>". */
    private static final class Recorder implements AlertListener {
        final List<String> heard = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void onAlert(Alert alert) {
            heard.add("new " + alert.id());
        }

        @Override
        public void onChange(AlertChange change) {
            heard.add(change.kind() + " " + change.alert().id() + " x" + change.alert().occurrences());
        }
    }

    private static AnalyticsEvent event(int secondsAfter, byte[] jpeg) {
        return new AnalyticsEvent("cam-1", "lawn", "ZONE_INTRUSION", T0.plusSeconds(secondsAfter),
                List.of(new Box(0.1, 0.2, 0.3, 0.4)), jpeg);
    }

    private static AlertService service(TestDatabase db, StoreExecutor executor, Recorder recorder) {
        AlertTriage levelOne = alert -> alert.withHandling(Handling.of(1, "341122100", alert.createdAt().plusSeconds(300)));
        return new AlertService(new AlertStore(db.database().dataSource()), executor, NOW, RetryPolicy.standard(),
                new AlertListeners(List.of(recorder), PipelineObserver.none()), levelOne, Duration.ofMinutes(5));
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aRepeatIsPublishedAsAMergedChangeOfTheOpenAlert(Vendor vendor) throws Exception {
        try (TestDatabase db = TestDatabase.open(vendor); StoreExecutor executor = new StoreExecutor(2, 16)) {
            Recorder recorder = new Recorder();
            AlertService service = service(db, executor, recorder);

            Alert first = service.submit(event(0, new byte[] {1})).get(10, TimeUnit.SECONDS);
            Alert second = service.submit(event(60, new byte[] {2, 2})).get(10, TimeUnit.SECONDS);
            Alert later = service.submit(event(60 + 301, null)).get(10, TimeUnit.SECONDS);

            assertThat(first.handling().level()).isEqualTo(1);
            assertThat(second.id()).isEqualTo(first.id());
            assertThat(second.occurrences()).isEqualTo(2);
            assertThat(second.lastEventTime()).isEqualTo(T0.plusSeconds(60));
            assertThat(second.snapshotSize()).isEqualTo(2);
            assertThat(later.id()).isNotEqualTo(first.id());
            assertThat(recorder.heard).containsExactly("new " + first.id(), "MERGED " + first.id() + " x2",
                    "new " + later.id());
        }
    }

    @Test
    void racingRepeatsOpenOneAlertAndCountEveryEvent() throws Exception {
        try (TestDatabase db = TestDatabase.open(Vendor.H2); StoreExecutor executor = new StoreExecutor(4, 64)) {
            Recorder recorder = new Recorder();
            AlertService service = service(db, executor, recorder);

            List<CompletableFuture<Alert>> submitted = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                submitted.add(service.submit(event(i, null)));
            }
            CompletableFuture.allOf(submitted.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);

            List<Alert> stored = new AlertStore(db.database().dataSource()).list(AlertQuery.all()).alerts();
            assertThat(stored).singleElement().satisfies(alert -> {
                assertThat(alert.occurrences()).isEqualTo(20);
                assertThat(alert.lastEventTime()).isEqualTo(T0.plusSeconds(19));
            });
            assertThat(recorder.heard).filteredOn(line -> line.startsWith("new ")).hasSize(1);
            assertThat(recorder.heard).filteredOn(line -> line.startsWith("MERGED ")).hasSize(19);
        }
    }
}
