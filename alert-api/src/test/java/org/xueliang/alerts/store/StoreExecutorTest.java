package org.xueliang.alerts.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StoreExecutorTest {

    @Test
    void failsFastWithStoreBusyWhenTheQueueIsFull() throws Exception {
        try (StoreExecutor executor = new StoreExecutor(1, 1)) {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch running = new CountDownLatch(1);
            CompletableFuture<String> first = executor.submit(() -> {
                running.countDown();
                release.await();
                return "first";
            });
            assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<String> queued = executor.submit(() -> "queued");

            CompletableFuture<String> rejected = executor.submit(() -> "rejected");

            assertThat(rejected).isCompletedExceptionally();
            assertThat(rejected.handle((value, error) -> error).get())
                    .isInstanceOf(StoreBusyException.class)
                    .hasMessage("store queue full: 1 items waiting for 1 threads");
            assertThat(executor.queued()).isEqualTo(1);
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(queued.get(5, TimeUnit.SECONDS)).isEqualTo("queued");
        }
    }

    @Test
    void passesTheCallsExceptionThrough() {
        try (StoreExecutor executor = new StoreExecutor(1, 4)) {
            CompletableFuture<Object> failed = executor.submit(() -> {
                throw new AlertNotFoundException("x");
            });
            assertThat(failed).failsWithin(5, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class)
                    .withCauseInstanceOf(AlertNotFoundException.class);
        }
    }
}
