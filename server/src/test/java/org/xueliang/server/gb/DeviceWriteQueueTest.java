package org.xueliang.server.gb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xueliang.alerts.store.StoreExecutor;

/** One device's writes run in order on a multi-threaded store executor; a failure does not stop the next. */
class DeviceWriteQueueTest {
    private final StoreExecutor executor = new StoreExecutor(4, 64);
    private final DeviceWriteQueue queue = new DeviceWriteQueue(executor);

    @AfterEach
    void close() {
        executor.close();
    }

    @Test
    void writesOfOneDeviceKeepTheirOrderAndSurviveAFailure() throws Exception {
        List<Integer> done = new CopyOnWriteArrayList<>();
        CountDownLatch firstMayFinish = new CountDownLatch(1);

        queue.submit("d", "first", () -> {
            await(firstMayFinish);
            done.add(1);
        });
        queue.submit("d", "second", () -> {
            done.add(2);
            throw new IllegalStateException("a failing write");
        });
        CompletableFuture<Void> last = queue.submit("d", "third", () -> done.add(3));
        // the first write is held back: with four threads, nothing keeps the others from overtaking it but the queue
        Thread.sleep(100);
        assertThat(done).isEmpty();
        firstMayFinish.countDown();

        last.get(5, TimeUnit.SECONDS);
        assertThat(done).containsExactly(1, 2, 3);
    }

    @Test
    void writesOfDifferentDevicesDoNotWaitForEachOther() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        queue.submit("slow", "stuck", () -> await(never));

        queue.submit("fast", "write", () -> { }).get(5, TimeUnit.SECONDS);

        never.countDown();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
