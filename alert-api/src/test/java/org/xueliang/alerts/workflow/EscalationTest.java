package org.xueliang.alerts.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueliang.alerts.jurisdiction.TwoTownships.CAM_A1;
import static org.xueliang.alerts.jurisdiction.TwoTownships.COUNTY;
import static org.xueliang.alerts.jurisdiction.TwoTownships.GRID_A;
import static org.xueliang.alerts.jurisdiction.TwoTownships.TOWNSHIP_A;
import static org.xueliang.alerts.jurisdiction.TwoTownships.VILLAGE_A;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xueliang.alerts.jurisdiction.JurisdictionRegistry;
import org.xueliang.alerts.jurisdiction.JurisdictionStore;
import org.xueliang.alerts.jurisdiction.SiteStore;
import org.xueliang.alerts.jurisdiction.TwoTownships;
import org.xueliang.alerts.pipeline.AlertChange;
import org.xueliang.alerts.pipeline.AlertListener;
import org.xueliang.alerts.pipeline.AlertListeners;
import org.xueliang.alerts.pipeline.AlertService;
import org.xueliang.alerts.pipeline.PipelineObserver;
import org.xueliang.alerts.pipeline.RetryPolicy;
import org.xueliang.alerts.store.Alert;
import org.xueliang.alerts.store.AlertOutbox;
import org.xueliang.alerts.store.AlertState;
import org.xueliang.alerts.store.AlertStore;
import org.xueliang.alerts.store.AuditEntry;
import org.xueliang.alerts.store.Database;
import org.xueliang.alerts.store.StoreExecutor;
import org.xueliang.alerts.store.TestDatabase;
import org.xueliang.alerts.store.TestDatabase.Vendor;
import org.xueliang.analytics.AnalyticsEvent;

/**
 * Acceptance 3: with an injected clock, an unacknowledged alert escalates exactly when its time
 * limit ends (level 2: 15 minutes), up the tree one jurisdiction at a time, and still does when
 * the server is restarted in between.
 */
class EscalationTest {
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");
    private static final Instant DUE = T0.plus(Duration.ofMinutes(15));

    /** One run of the server's alert side on a database: new objects each time, as after a restart. */
    static final class Server implements AutoCloseable {
        final Database database;
        final AlertStore alerts;
        final JurisdictionRegistry jurisdictions;
        final StoreExecutor executor = new StoreExecutor(1, 16);
        final List<AlertChange> changes = Collections.synchronizedList(new ArrayList<>());
        final AlertListeners listeners;
        final AlertService alertService;
        final WorkflowService workflow;
        final Escalator escalator;
        final WorkflowQueries queries;

        Server(TestDatabase db, Clock clock) {
            database = Database.open(db.config());
            DataSource dataSource = database.dataSource();
            alerts = new AlertStore(dataSource);
            jurisdictions = new JurisdictionRegistry(new JurisdictionStore(dataSource, clock),
                    new SiteStore(dataSource, clock));
            jurisdictions.directory().refresh();
            AlertListener recorder = new AlertListener() {
                @Override
                public void onAlert(Alert alert) {
                }

                @Override
                public void onChange(AlertChange change) {
                    changes.add(change);
                }
            };
            listeners = new AlertListeners(List.of(recorder), PipelineObserver.none());
            alertService = new AlertService(alerts, executor, clock, RetryPolicy.standard(), listeners,
                    new JurisdictionTriage(jurisdictions.directory(), AlertLevels.defaults(), TimeLimits.defaults()),
                    Duration.ZERO);
            WorkflowStore store = new WorkflowStore(dataSource, AlertOutbox.none());
            workflow = new WorkflowService(alerts, store, listeners, clock);
            escalator = new Escalator(store, jurisdictions.directory(), TimeLimits.defaults(), listeners, clock);
            queries = new WorkflowQueries(dataSource);
        }

        Alert intrusion() throws Exception {
            return alertService.submit(new AnalyticsEvent(CAM_A1, "lawn", "ZONE_INTRUSION", T0, List.of(), null))
                    .get(10, TimeUnit.SECONDS);
        }

        Alert find(String id) {
            return alerts.find(id).orElseThrow();
        }

        @Override
        public void close() {
            executor.close();
            database.close();
        }
    }

    private static TestDatabase seeded(Vendor vendor, Clock clock) {
        TestDatabase db = TestDatabase.open(vendor);
        try (Server setup = new Server(db, clock)) {
            TwoTownships.seed(setup.jurisdictions);
        }
        return db;
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void escalatesWhenTheLimitEndsAndNotBeforeUpTheTreeToTheTop(Vendor vendor) throws Exception {
        MutableClock clock = new MutableClock(T0);
        try (TestDatabase db = seeded(vendor, clock); Server server = new Server(db, clock)) {
            Alert alert = server.intrusion();
            assertThat(alert.handling().ackDueAt()).isEqualTo(DUE);
            assertThat(alert.handling().jurisdiction()).isEqualTo(GRID_A);

            clock.set(DUE.minusNanos(1000));
            assertThat(server.escalator.scan()).isEqualTo(new ScanResult(0, 0));
            assertThat(server.find(alert.id())).isEqualTo(alert);

            clock.set(DUE);
            assertThat(server.escalator.scan()).isEqualTo(new ScanResult(1, 0));
            assertThat(server.escalator.scan()).isEqualTo(new ScanResult(0, 0));
            Alert escalated = server.find(alert.id());
            assertThat(escalated.handling().jurisdiction()).isEqualTo(VILLAGE_A);
            assertThat(escalated.handling().escalations()).isEqualTo(1);
            assertThat(escalated.handling().ackDueAt()).isEqualTo(DUE.plus(Duration.ofMinutes(15)));
            assertThat(escalated.state()).isEqualTo(AlertState.NEW);
            assertThat(server.changes).singleElement().satisfies(change -> {
                assertThat(change.kind()).isEqualTo(AlertChange.Kind.ESCALATED);
                assertThat(change.alert()).isEqualTo(escalated);
            });

            for (int i = 2; i <= 4; i++) {
                clock.advance(Duration.ofMinutes(15));
                assertThat(server.escalator.scan()).isEqualTo(new ScanResult(1, 0));
            }
            clock.advance(Duration.ofHours(5));
            assertThat(server.escalator.scan()).isEqualTo(new ScanResult(0, 0));

            Alert top = server.find(alert.id());
            assertThat(top.handling().jurisdiction()).isEqualTo(COUNTY);
            assertThat(top.handling().escalations()).isEqualTo(4);
            assertThat(top.handling().ackDueAt()).isNull();
            assertThat(server.queries.trail(alert.id())).containsExactly(
                    escalation(alert.id(), 1, DUE, "escalated from " + GRID_A + " to " + VILLAGE_A),
                    escalation(alert.id(), 2, DUE.plus(Duration.ofMinutes(15)),
                            "escalated from " + VILLAGE_A + " to " + TOWNSHIP_A),
                    escalation(alert.id(), 3, DUE.plus(Duration.ofMinutes(30)),
                            "escalated from " + TOWNSHIP_A + " to " + COUNTY),
                    escalation(alert.id(), 4, DUE.plus(Duration.ofMinutes(45)), "no jurisdiction above " + COUNTY));
            assertThat(server.changes).hasSize(4).extracting(AlertChange::kind).containsOnly(AlertChange.Kind.ESCALATED);
        }
    }

    private static AuditEntry escalation(String id, int seq, Instant at, String what) {
        return new AuditEntry(id, seq, AlertState.NEW, AlertState.NEW, "ESCALATE", "system", at,
                "not acknowledged within 15m: " + what);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void stillEscalatesWhenTheServerRestartsInBetween(Vendor vendor) throws Exception {
        MutableClock clock = new MutableClock(T0);
        try (TestDatabase db = seeded(vendor, clock)) {
            String id;
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
            try (Server before = new Server(db, clock);
                 EscalationScheduler scheduler = new EscalationScheduler(before.escalator, timer, Duration.ofMillis(5))) {
                id = before.intrusion().id();
                scheduler.start();
                clock.set(DUE.minusSeconds(1));
                Await.until("three scans", Duration.ofSeconds(10), () -> scheduler.scans() >= 3);
                assertThat(before.find(id).handling().escalations()).isZero();
            } finally {
                timer.shutdownNow();
                assertThat(timer.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            }

            // the deadline passes while no server runs
            clock.set(DUE.plus(Duration.ofMinutes(3)));
            ScheduledExecutorService restartedTimer = Executors.newSingleThreadScheduledExecutor();
            try (Server after = new Server(db, clock);
                 EscalationScheduler scheduler = new EscalationScheduler(after.escalator, restartedTimer,
                         Duration.ofMillis(5))) {
                scheduler.start();
                Await.until("the escalation after restart", Duration.ofSeconds(10),
                        () -> after.find(id).handling().escalations() == 1);
                Alert escalated = after.find(id);
                assertThat(escalated.handling().jurisdiction()).isEqualTo(VILLAGE_A);
                // the village gets its own 15 minutes from when the escalation happened
                assertThat(escalated.handling().ackDueAt()).isEqualTo(DUE.plus(Duration.ofMinutes(18)));
                assertThat(after.queries.trail(id)).singleElement().satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo("ESCALATE");
                    assertThat(entry.at()).isEqualTo(DUE.plus(Duration.ofMinutes(3)));
                });
                // listeners hear of it after the commit, on the scheduler's thread
                Await.until("the escalation announced", Duration.ofSeconds(10), () -> !after.changes.isEmpty());
                assertThat(after.changes).extracting(AlertChange::kind).containsExactly(AlertChange.Kind.ESCALATED);
            } finally {
                restartedTimer.shutdownNow();
            }
        }
    }

    @Test
    void anAcknowledgedAlertDoesNotEscalate() throws Exception {
        MutableClock clock = new MutableClock(T0);
        try (TestDatabase db = seeded(Vendor.H2, clock); Server server = new Server(db, clock)) {
            Alert alert = server.intrusion();
            clock.set(DUE.minusSeconds(1));
            server.workflow.apply(alert.id(), new Step.Acknowledge(null, null), "li", a -> true);

            clock.set(DUE.plus(Duration.ofHours(1)));
            assertThat(server.escalator.scan()).isEqualTo(new ScanResult(0, 0));
            assertThat(server.find(alert.id()).handling().jurisdiction()).isEqualTo(GRID_A);
        }
    }

    @Test
    void aDispatchedAlertNotResolvedByItsDueTimeIsFlaggedOverdueOnce() throws Exception {
        MutableClock clock = new MutableClock(T0);
        try (TestDatabase db = seeded(Vendor.H2, clock); Server server = new Server(db, clock)) {
            String id = server.intrusion().id();
            Instant due = T0.plus(Duration.ofHours(1));
            server.workflow.apply(id, new Step.Acknowledge(null, null), "li", a -> true);
            server.workflow.apply(id, new Step.Dispatch("新安派出所", due, null), "li", a -> true);
            server.changes.clear();

            clock.set(due.minusSeconds(1));
            assertThat(server.escalator.scan()).isEqualTo(new ScanResult(0, 0));
            clock.set(due);
            assertThat(server.escalator.scan()).isEqualTo(new ScanResult(0, 1));
            assertThat(server.escalator.scan()).isEqualTo(new ScanResult(0, 0));

            Alert overdue = server.find(id);
            assertThat(overdue.handling().overdue()).isTrue();
            assertThat(overdue.state()).isEqualTo(AlertState.DISPATCHED);
            List<AuditEntry> trail = server.queries.trail(id);
            assertThat(trail.get(trail.size() - 1)).isEqualTo(new AuditEntry(id, 3, AlertState.DISPATCHED,
                    AlertState.DISPATCHED, "OVERDUE", "system", due,
                    "not resolved by 2024-05-01T09:00:00Z, assigned to 新安派出所"));
            assertThat(server.changes).singleElement()
                    .satisfies(change -> assertThat(change.kind()).isEqualTo(AlertChange.Kind.OVERDUE));
            // late is still better than never
            Alert resolved = server.workflow.apply(id, new Step.Resolve("found nothing", null, null), "li", a -> true);
            assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
            assertThat(resolved.handling().overdue()).isTrue();
        }
    }

    @Test
    void aFailingScanDoesNotStopTheSchedule() throws Exception {
        MutableClock clock = new MutableClock(T0);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (TestDatabase db = seeded(Vendor.H2, clock)) {
            Server server = new Server(db, clock);
            server.close();
            try (EscalationScheduler scheduler = new EscalationScheduler(server.escalator, timer, Duration.ofMillis(5))) {
                scheduler.start();
                // every scan fails on the closed pool; the task must keep running
                Await.until("five failed scans", Duration.ofSeconds(10), () -> scheduler.scans() >= 5);
            }
        } finally {
            timer.shutdownNow();
        }
    }
}
