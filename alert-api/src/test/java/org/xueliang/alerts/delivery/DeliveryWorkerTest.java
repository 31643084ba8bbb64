package org.xueliang.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xueliang.alerts.store.TestDatabase;

/** The worker on H2 with senders that fail as told; retries wait a few milliseconds, leases a few seconds. */
class DeliveryWorkerTest {
    private static final DeliveryRetry QUICK = new DeliveryRetry(3, Duration.ofMillis(10), Duration.ofMillis(40), 0);

    private final OutboxFixture fixture = new OutboxFixture(TestDatabase.Vendor.H2);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final List<String> sentKeys = new CopyOnWriteArrayList<>();
    private DeliveryWorker worker;

    @AfterEach
    void close() throws Exception {
        if (worker != null) {
            worker.close();
        }
        scheduler.shutdownNow();
        scheduler.awaitTermination(5, TimeUnit.SECONDS);
        fixture.close();
    }

    private DeliveryWorker start(DeliverySender sender, int concurrency) {
        DeliveryConfig config = new DeliveryConfig("", concurrency, Duration.ofMillis(20), QUICK,
                Duration.ofSeconds(1), MqttConfig.off());
        // the fixture's clock stands still; the worker's runs, so that backoffs pass
        worker = new DeliveryWorker(fixture.deliveries, fixture.subscriptions,
                Map.of(DeliveryChannel.WEBSOCKET, sender), config, java.time.Clock.systemUTC(), scheduler,
                DeliveryObserver.none());
        worker.start();
        return worker;
    }

    private DeliverySender failingFirst(int failures) {
        AtomicInteger calls = new AtomicInteger();
        return (delivery, subscription) -> {
            sentKeys.add(delivery.idempotencyKey());
            return calls.incrementAndGet() <= failures
                    ? CompletableFuture.failedFuture(new DeliveryFailedException("HTTP 503 #" + calls.get()))
                    : CompletableFuture.completedFuture(null);
        };
    }

    private Delivery only() {
        List<Delivery> rows = fixture.deliveries.list(new DeliveryQuery(null, null, null, 10, 0)).deliveries();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void retriesUntilTheReceiverTakesIt() {
        fixture.subscriptions.insert(OutboxFixture.websocket("console", Set.of(), true));
        fixture.store("a1");

        start(failingFirst(2), 4);

        await(() -> only().state() == DeliveryState.DELIVERED, "delivered");
        assertThat(only().attempts()).isEqualTo(3);
        assertThat(only().lastError()).isNull();
        assertThat(sentKeys).containsExactly("a1:console:alert", "a1:console:alert", "a1:console:alert");
    }

    @Test
    void endsDeadAfterTheLastAttempt() {
        fixture.subscriptions.insert(OutboxFixture.websocket("console", Set.of(), true));
        fixture.store("a1");

        start(failingFirst(Integer.MAX_VALUE), 4);

        await(() -> only().state() == DeliveryState.DEAD, "dead");
        assertThat(only().attempts()).isEqualTo(3);
        assertThat(only().lastError()).isEqualTo("HTTP 503 #3");
        assertThat(sentKeys).hasSize(3);
    }

    @Test
    void aDeletedSubscriptionsRowsEndDeadAtOnce() {
        fixture.subscriptions.insert(OutboxFixture.websocket("console", Set.of(), true));
        fixture.store("a1");
        fixture.subscriptions.delete("console");

        start(failingFirst(0), 4);

        await(() -> only().state() == DeliveryState.DEAD, "dead");
        assertThat(only().attempts()).isEqualTo(1);
        assertThat(only().lastError()).isEqualTo("subscription \"console\" was deleted");
        assertThat(sentKeys).isEmpty();
    }

    @Test
    void neverHasMoreInFlightThanItsConcurrency() throws Exception {
        fixture.subscriptions.insert(OutboxFixture.websocket("console", Set.of(), true));
        for (int i = 0; i < 10; i++) {
            fixture.store("a" + i);
        }
        List<CompletableFuture<Void>> pending = new CopyOnWriteArrayList<>();

        start((delivery, subscription) -> {
            CompletableFuture<Void> answer = new CompletableFuture<>();
            pending.add(answer);
            return answer;
        }, 3);

        await(() -> pending.size() == 3, "three sends started");
        Thread.sleep(200);
        assertThat(pending).hasSize(3);
        assertThat(worker.inFlight()).isEqualTo(3);
        pending.forEach(answer -> answer.complete(null));
        await(() -> pending.size() == 6, "the next three started once slots were free");
    }

    @Test
    void resumesRowsThatADeadWorkerLeftSending() {
        fixture.subscriptions.insert(OutboxFixture.websocket("console", Set.of(), true));
        fixture.store("a1");
        // a previous run claimed the row in 2024 and died before marking it; its lease lapsed long ago
        assertThat(fixture.deliveries.claim(1, OutboxFixture.T0, OutboxFixture.T0.plusSeconds(30))).hasSize(1);

        start(failingFirst(0), 4);

        await(() -> only().state() == DeliveryState.DELIVERED, "delivered after the lease lapsed");
        assertThat(only().attempts()).isEqualTo(2);
        assertThat(sentKeys).containsExactly("a1:console:alert");
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not " + what + " within 10 s");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
