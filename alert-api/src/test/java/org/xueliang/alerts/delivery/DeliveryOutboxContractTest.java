package org.xueliang.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xueliang.alerts.store.Acknowledgement;
import org.xueliang.alerts.store.Alert;
import org.xueliang.alerts.store.Handling;
import org.xueliang.alerts.store.StoreException;
import org.xueliang.alerts.store.TestDatabase;
import org.xueliang.alerts.workflow.WorkflowStore;

/** The outbox table on both databases: written with its alert, claimed once, retried, dead, retried by hand. */
class DeliveryOutboxContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Delivery> all(OutboxFixture fixture) {
        return fixture.deliveries.list(new DeliveryQuery(null, null, null, 500, 0)).deliveries();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Vendor.class)
    void anAlertIsQueuedForEverySubscriptionThatAcceptsIt(TestDatabase.Vendor vendor) throws Exception {
        try (OutboxFixture fixture = new OutboxFixture(vendor)) {
            fixture.subscriptions.insert(OutboxFixture.websocket("console", Set.of(), true));
            fixture.subscriptions.insert(OutboxFixture.websocket("alarms-only", Set.of("DEVICE_ALARM"), true));
            fixture.subscriptions.insert(OutboxFixture.webhook("ops", "https://hooks.example.org/xl"));

            fixture.store("a1");

            List<Delivery> rows = all(fixture);
            assertThat(rows).extracting(Delivery::idempotencyKey)
                    .containsExactlyInAnyOrder("a1:console:alert", "a1:ops:alert");
            Delivery ops = rows.stream().filter(row -> row.subscriptionId().equals("ops")).findFirst().orElseThrow();
            assertThat(ops.state()).isEqualTo(DeliveryState.PENDING);
            assertThat(ops.attempts()).isZero();
            assertThat(ops.channel()).isEqualTo(DeliveryChannel.WEBHOOK_GENERIC);
            assertThat(ops.nextAttemptAt()).isEqualTo(OutboxFixture.T0);
            JsonNode payload = JSON.readTree(ops.payload());
            assertThat(payload.path("idempotencyKey").asText()).isEqualTo("a1:ops:alert");
            assertThat(payload.path("event").asText()).isEqualTo("alert");
            assertThat(payload.path("alert").path("id").asText()).isEqualTo("a1");
            assertThat(payload.path("alert").path("state").asText()).isEqualTo("NEW");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Vendor.class)
    void theAlertAndItsRowsCommitOrRollBackTogether(TestDatabase.Vendor vendor) {
        JurisdictionResolver failing = (connection, channelId) -> {
            throw new SQLException("resolver down");
        };
        try (OutboxFixture fixture = new OutboxFixture(vendor, failing)) {
            fixture.subscriptions.insert(OutboxFixture.websocket("console", Set.of(), true));

            assertThatThrownBy(() -> fixture.store("a1")).isInstanceOf(StoreException.class)
                    .hasMessageContaining("resolver down");

            assertThat(fixture.alerts.find("a1")).isEmpty();
            assertThat(all(fixture)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Vendor.class)
    void stateChangesGoToRecipientsThatWantThem(TestDatabase.Vendor vendor) throws Exception {
        try (OutboxFixture fixture = new OutboxFixture(vendor)) {
            fixture.subscriptions.insert(OutboxFixture.websocket("wants-changes", Set.of(), true));
            fixture.subscriptions.insert(OutboxFixture.websocket("new-only", Set.of(), false));
            fixture.store("a1");
            fixture.subscriptions.insert(OutboxFixture.websocket("joined-later", Set.of(), true));

            fixture.alerts.acknowledge("a1", new Acknowledgement(OutboxFixture.T0.plusSeconds(5), "wang", "on it"));

            List<Delivery> rows = all(fixture);
            assertThat(rows).extracting(Delivery::idempotencyKey).containsExactlyInAnyOrder(
                    "a1:wants-changes:alert", "a1:new-only:alert", "a1:wants-changes:state:ACKNOWLEDGED");
            Delivery change = rows.stream().filter(Delivery::isStateChange).findFirst().orElseThrow();
            JsonNode payload = JSON.readTree(change.payload());
            assertThat(payload.path("event").asText()).isEqualTo("state");
            assertThat(payload.path("alert").path("state").asText()).isEqualTo("ACKNOWLEDGED");
            assertThat(payload.path("alert").path("acknowledgedBy").asText()).isEqualTo("wang");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Vendor.class)
    void anEscalationIsAnnouncedAgainToTheNewJurisdictionsSubscribers(TestDatabase.Vendor vendor) throws Exception {
        try (OutboxFixture fixture = new OutboxFixture(vendor)) {
            fixture.subscriptions.insert(OutboxFixture.websocket("wants-changes", Set.of(), true));
            fixture.subscriptions.insert(OutboxFixture.websocket("new-only", Set.of(), false));
            fixture.subscriptions.insert(OutboxFixture.websocket("alarms-only", Set.of("DEVICE_ALARM"), true));
            Instant due = OutboxFixture.T0.plusSeconds(900);
            Alert alert = OutboxFixture.intrusion("a1").withHandling(Handling.of(2, "340202001", due));
            fixture.alerts.insert(alert, null);
            WorkflowStore workflow = new WorkflowStore(fixture.db.database().dataSource(), fixture.outbox);

            assertThat(workflow.escalate(alert, "340202", due.plusSeconds(900), "escalated from 340202001 to 340202",
                    due)).isPresent();

            List<Delivery> rows = all(fixture);
            assertThat(rows).extracting(Delivery::idempotencyKey).containsExactlyInAnyOrder(
                    "a1:wants-changes:alert", "a1:new-only:alert",
                    "a1:wants-changes:escalated:1", "a1:new-only:escalated:1");
            Delivery escalation = rows.stream().filter(row -> row.eventKind().equals("escalated:1"))
                    .findFirst().orElseThrow();
            assertThat(escalation.jurisdiction()).isEqualTo("340202");
            JsonNode payload = JSON.readTree(escalation.payload());
            assertThat(payload.path("event").asText()).isEqualTo("escalated");
            assertThat(payload.path("jurisdiction").asText()).isEqualTo("340202");
            // the same escalation cannot be announced twice: the deadline it waited on is gone
            assertThat(workflow.escalate(alert, "340202", due.plusSeconds(900), "again", due)).isEmpty();
            assertThat(all(fixture)).hasSize(4);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Vendor.class)
    void aRowIsClaimedRetriedAndEndsDeadThenRetriedByHand(TestDatabase.Vendor vendor) {
        try (OutboxFixture fixture = new OutboxFixture(vendor)) {
            fixture.subscriptions.insert(OutboxFixture.websocket("console", Set.of(), true));
            fixture.store("a1");
            Instant t0 = OutboxFixture.T0;

            Delivery first = single(fixture.deliveries.claim(10, t0, t0.plusSeconds(30)));
            assertThat(first.state()).isEqualTo(DeliveryState.SENDING);
            assertThat(first.attempts()).isEqualTo(1);
            assertThat(fixture.deliveries.claim(10, t0.plusSeconds(1), t0.plusSeconds(31))).as("leased").isEmpty();

            assertThat(fixture.deliveries.markFailed(first, "HTTP 500", t0.plusSeconds(1), t0.plusSeconds(5))).isTrue();
            assertThat(fixture.deliveries.claim(10, t0.plusSeconds(4), t0.plusSeconds(34))).as("backing off").isEmpty();
            Delivery second = single(fixture.deliveries.claim(10, t0.plusSeconds(5), t0.plusSeconds(35)));
            assertThat(second.attempts()).isEqualTo(2);
            assertThat(second.lastError()).isEqualTo("HTTP 500");

            assertThat(fixture.deliveries.markFailed(second, "HTTP 502", t0.plusSeconds(6), null)).isTrue();
            Delivery dead = single(fixture.deliveries.list(new DeliveryQuery(DeliveryState.DEAD, null, null, 10, 0))
                    .deliveries());
            assertThat(dead.lastError()).isEqualTo("HTTP 502");
            assertThat(fixture.deliveries.claim(10, t0.plusSeconds(3600), t0.plusSeconds(3630))).isEmpty();

            Delivery again = fixture.deliveries.retry(dead.id(), t0.plusSeconds(60));
            assertThat(again.state()).isEqualTo(DeliveryState.PENDING);
            assertThat(again.attempts()).isZero();
            assertThatThrownBy(() -> fixture.deliveries.retry(dead.id(), t0.plusSeconds(61)))
                    .isInstanceOf(DeliveryStateConflictException.class)
                    .hasMessage("delivery " + dead.id() + " is PENDING, only a DEAD delivery can be retried");
            assertThatThrownBy(() -> fixture.deliveries.retry(dead.id() + 1000, t0))
                    .isInstanceOf(DeliveryNotFoundException.class);

            Delivery third = single(fixture.deliveries.claim(10, t0.plusSeconds(60), t0.plusSeconds(90)));
            assertThat(fixture.deliveries.markDelivered(third, t0.plusSeconds(61))).isTrue();
            Delivery delivered = fixture.deliveries.find(third.id()).orElseThrow();
            assertThat(delivered.state()).isEqualTo(DeliveryState.DELIVERED);
            assertThat(delivered.deliveredAt()).isEqualTo(t0.plusSeconds(61));
            assertThat(delivered.lastError()).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Vendor.class)
    void aLapsedClaimIsTakenAgainAndTheStaleWorkerCannotMarkIt(TestDatabase.Vendor vendor) {
        try (OutboxFixture fixture = new OutboxFixture(vendor)) {
            fixture.subscriptions.insert(OutboxFixture.websocket("console", Set.of(), true));
            fixture.store("a1");
            Instant t0 = OutboxFixture.T0;
            Delivery crashed = single(fixture.deliveries.claim(10, t0, t0.plusSeconds(30)));

            Delivery resumed = single(fixture.deliveries.claim(10, t0.plusSeconds(31), t0.plusSeconds(61)));

            assertThat(resumed.id()).isEqualTo(crashed.id());
            assertThat(resumed.attempts()).isEqualTo(2);
            assertThat(fixture.deliveries.markDelivered(crashed, t0.plusSeconds(32))).isFalse();
            assertThat(fixture.deliveries.markDelivered(resumed, t0.plusSeconds(32))).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Vendor.class)
    void concurrentClaimersNeverShareARow(TestDatabase.Vendor vendor) throws Exception {
        try (OutboxFixture fixture = new OutboxFixture(vendor)) {
            fixture.subscriptions.insert(OutboxFixture.websocket("console", Set.of(), true));
            for (int i = 0; i < 120; i++) {
                fixture.store("a" + i);
            }
            Instant t0 = OutboxFixture.T0;
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<List<Long>>> claimers = new ArrayList<>();
                for (int worker = 0; worker < 4; worker++) {
                    claimers.add(() -> {
                        List<Long> mine = new ArrayList<>();
                        for (List<Delivery> batch = fixture.deliveries.claim(7, t0, t0.plus(Duration.ofMinutes(1)));
                             !batch.isEmpty(); batch = fixture.deliveries.claim(7, t0, t0.plus(Duration.ofMinutes(1)))) {
                            batch.forEach(row -> mine.add(row.id()));
                        }
                        return mine;
                    });
                }
                List<Long> claimed = new ArrayList<>();
                for (Future<List<Long>> result : pool.invokeAll(claimers)) {
                    claimed.addAll(result.get());
                }
                assertThat(claimed).hasSize(120);
                assertThat(new HashSet<>(claimed)).hasSize(120);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static Delivery single(List<Delivery> rows) {
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
